import { useCallback, useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { applyServerIssues } from "./apply-server-issues.ts";

/**
 * Wraps a form's submit: keeps the server error to show in the form's alert and places
 * VALIDATION_FAILED issues under their fields.
 */
export function useSubmitHandler<T extends FieldValues, Output>(
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
  submit: (values: Output) => Promise<void>,
) {
  const [error, setSubmitError] = useState<unknown>(null);
  const onValid = useCallback(
    async (values: Output) => {
      setSubmitError(null);
      try {
        await submit(values);
      } catch (caught) {
        setSubmitError(caught);
        applyServerIssues(caught, setError, fieldNames);
      }
    },
    [submit, setError, fieldNames],
  );
  return { error, onValid, clearError: () => setSubmitError(null) };
}
