import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FieldErrorText } from "../../app/ui/field-error-text.tsx";
import { fieldIds } from "../../app/ui/field-ids.ts";
import { FieldLabel } from "../../app/ui/field-label.tsx";
import { useCommonLanguages, useLanguageName } from "./use-languages.ts";

interface LanguageSelectProps {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  /** The field's current code: kept as an option when it is not a common language. */
  value?: string | undefined;
  error?: FieldError | undefined;
  required?: boolean;
}

/**
 * A native select of the common languages, "tigrino (tir)": the value is the ISO 639-3 code, which
 * the label shows too. Other languages are found with `LanguageSearch`.
 */
export function LanguageSelect({ id, label, registration, value, error, required }: LanguageSelectProps) {
  const { t } = useTranslation();
  const common = useCommonLanguages();
  const languageName = useLanguageName();
  const ids = fieldIds(id, false, Boolean(error));
  const isCommon = common.some((item) => item.code === value);
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
        <option value="">{t("common.selectPlaceholder")}</option>
        {value && !isCommon ? <option value={value}>{`${languageName(value)} (${value})`}</option> : null}
        {common.map((item) => (
          <option key={item.code} value={item.code}>{`${item.name} (${item.code})`}</option>
        ))}
      </select>
      <FieldErrorText id={ids.errorId} error={error} />
    </div>
  );
}
