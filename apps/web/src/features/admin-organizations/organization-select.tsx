import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { useOrganizationOptions } from "./use-organization-options.ts";

interface OrganizationSelectProps {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  required?: boolean;
  /** Label of the empty option when "none" is a valid choice. */
  emptyLabel?: string;
  /** Hide one organisation (an organisation cannot be its own parent). */
  excludeId?: string | undefined;
}

/** Mounted only once the options are loaded, so the field shows its current value. */
export function OrganizationSelect(props: OrganizationSelectProps) {
  const { t } = useTranslation();
  const { organizations, isPending, error } = useOrganizationOptions();
  if (isPending) return <LoadingIndicator label={`${props.label}: ${t("app.loading")}`} />;
  if (error) return <ApiErrorAlert error={error} />;
  const options = organizations
    .filter((organization) => organization.id !== props.excludeId)
    .map((organization) => ({
      value: organization.id,
      label: organization.active ? organization.name : `${organization.name} (${t("common.inactive")})`,
    }));
  return (
    <SelectField
      id={props.id}
      label={props.label}
      registration={props.registration}
      error={props.error}
      required={props.required}
      emptyLabel={props.emptyLabel}
      options={options}
    />
  );
}
