import type { InputHTMLAttributes } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { FieldErrorText } from "./field-error-text.tsx";
import { fieldIds } from "./field-ids.ts";
import { FieldLabel } from "./field-label.tsx";

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "onChange" | "onBlur" | "ref">;

interface TextFieldProps extends NativeProps {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  hint?: string | undefined;
}

export function TextField({
  id,
  label,
  registration,
  error,
  hint,
  required,
  className,
  ...native
}: TextFieldProps) {
  const ids = fieldIds(id, Boolean(hint), Boolean(error));
  return (
    <div className={`form-group ${className ?? ""}`}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      <input
        id={id}
        type="text"
        className={`form-control${error ? " is-invalid" : ""}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        required={required}
        {...native}
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
