import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FieldErrorText } from "./field-error-text.tsx";
import { fieldIds } from "./field-ids.ts";
import { FieldLabel } from "./field-label.tsx";

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  options: readonly SelectOption[];
  error?: FieldError | undefined;
  hint?: string | undefined;
  required?: boolean;
  /** Label of the empty option; defaults to "Select…". */
  emptyLabel?: string;
  /** Hide the empty option (the field always has a value). */
  noEmptyOption?: boolean;
}

export function SelectField(props: SelectFieldProps) {
  const { id, label, registration, options, error, hint, required, emptyLabel, noEmptyOption } = props;
  const { t } = useTranslation();
  const ids = fieldIds(id, Boolean(hint), Boolean(error));
  return (
    <div className="select-wrapper mb-4">
      <FieldLabel htmlFor={id} label={label} required={required} className="" />
      <select
        id={id}
        className={error ? "is-invalid" : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        required={required}
        {...registration}
      >
        {noEmptyOption ? null : <option value="">{emptyLabel ?? t("common.selectPlaceholder")}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <small id={ids.hintId} className="form-text">
          {hint}
        </small>
      ) : null}
      <FieldErrorText id={ids.errorId} error={error} />
    </div>
  );
}
