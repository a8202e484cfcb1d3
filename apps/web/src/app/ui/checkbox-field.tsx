import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { FieldErrorText } from "./field-error-text.tsx";
import { fieldIds } from "./field-ids.ts";

interface CheckboxFieldProps {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  /** For checkbox groups that share one field name. */
  value?: string;
}

export function CheckboxField({ id, label, registration, error, value }: CheckboxFieldProps) {
  const ids = fieldIds(id, false, Boolean(error));
  return (
    <div className="form-check">
      <input
        id={id}
        type="checkbox"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...registration}
      />
      <label htmlFor={id}>{label}</label>
      <FieldErrorText id={ids.errorId} error={error} />
    </div>
  );
}
