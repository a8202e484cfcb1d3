import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { type FieldErrorLike, FieldErrorText } from "../../app/ui/field-error-text.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { useOrganizationOptions } from "../admin-organizations/use-organization-options.ts";

interface OrganizationsPickerProps {
  legend: string;
  hint?: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: FieldErrorLike;
  /** Not offered (e.g. the data controller, which needs no consent). */
  excludeId?: string | undefined;
}

/**
 * Several organisations as checkboxes, with a filter box for long networks; the chosen ones stay
 * listed (and checked) whatever the filter.
 */
export function OrganizationsPicker({
  legend,
  hint,
  value,
  onChange,
  error,
  excludeId,
}: OrganizationsPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState("");
  const { organizations, isPending, error: loadError } = useOrganizationOptions();
  if (isPending) return <LoadingIndicator label={`${legend}: ${t("app.loading")}`} />;
  if (loadError) return <ApiErrorAlert error={loadError} />;
  const needle = filter.trim().toLowerCase();
  const shown = organizations.filter(
    (organization) =>
      organization.id !== excludeId &&
      (value.includes(organization.id) || needle === "" || organization.name.toLowerCase().includes(needle)),
  );
  const toggle = (organizationId: string, checked: boolean) =>
    onChange(checked ? [...value, organizationId] : value.filter((v) => v !== organizationId));
  const errorId = `${id}-error`;
  return (
    <fieldset
      className="form-fieldset"
      aria-describedby={
        [hint ? `${id}-hint` : "", error?.message ? errorId : ""].join(" ").trim() || undefined
      }
      data-testid="organizations-picker"
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="small">
          {hint}
        </p>
      ) : null}
      <div className="form-group mt-0">
        <label htmlFor={`${id}-filter`} className="active">
          {t("people.consent.filterOrganizations")}
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          className="form-control"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") event.preventDefault();
          }}
          autoComplete="off"
        />
      </div>
      <p className="small" aria-live="polite">
        {t("people.consent.organizationsChosen", { count: value.length })}
      </p>
      <div className="row" style={{ maxHeight: "18rem", overflowY: "auto" }}>
        {shown.map((organization) => (
          <div key={organization.id} className="col-12 col-md-6">
            <div className="form-check">
              <input
                id={`${id}-${organization.id}`}
                type="checkbox"
                checked={value.includes(organization.id)}
                onChange={(event) => toggle(organization.id, event.target.checked)}
                aria-invalid={error?.message ? true : undefined}
              />
              <label htmlFor={`${id}-${organization.id}`}>{organization.name}</label>
            </div>
          </div>
        ))}
      </div>
      <FieldErrorText id={errorId} error={error} />
    </fieldset>
  );
}
