import { useTranslation } from "react-i18next";
import { decodeMessage } from "../forms/issue-message.ts";
import { looseT } from "./loose-t.ts";

/** A react-hook-form error of a field, or of an array field (which carries its own message). */
export type FieldErrorLike = { message?: string | undefined } | undefined;

interface FieldErrorTextProps {
  id: string;
  error: FieldErrorLike;
}

/** The message under an invalid field; the field points at it with aria-describedby. */
export function FieldErrorText({ id, error }: FieldErrorTextProps) {
  const { t } = useTranslation();
  if (!error?.message) return null;
  const raw = error.message ?? "";
  const descriptor = decodeMessage(raw);
  const text = descriptor ? looseT(t)(descriptor.key, descriptor.params) : raw || t("validation.invalid");
  return (
    <div id={id} className="invalid-feedback d-block" data-testid="field-error">
      {text}
    </div>
  );
}
