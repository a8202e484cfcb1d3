import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { FieldErrorText } from "./field-error-text.tsx";
import { fieldIds } from "./field-ids.ts";
import { FieldLabel } from "./field-label.tsx";

interface TextareaFieldProps {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  hint?: string | undefined;
  rows?: number;
  required?: boolean;
}

export function TextareaField({
  id,
  label,
  registration,
  error,
  hint,
  rows = 3,
  required,
}: TextareaFieldProps) {
  const ids = fieldIds(id, Boolean(hint), Boolean(error));
  return (
    <div className="form-group">
      <FieldLabel htmlFor={id} label={label} required={required} />
      <textarea
        id={id}
        rows={rows}
        className={`form-control${error ? " is-invalid" : ""}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        required={required}
        {...registration}
      />
      {hint ? (
        <small id={ids.hintId} className="form-text">
          {hint}
        </small>
      ) : null}
      <FieldErrorText id={ids.errorId} error={error} />
    </div>
  );
}
