import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FieldErrorText } from "../../app/ui/field-error-text.tsx";
import { translated } from "../admin-catalogues/catalogue-text.ts";

export const needLevels = [0, 1, 2, 3] as const;

interface LevelRadiosProps {
  id: string;
  legend: string;
  registration: UseFormRegisterReturn;
  /** What each level means in this domain, by level then language. */
  definitions: Record<string, Record<string, string | undefined>> | null | undefined;
  error?: FieldError | undefined;
}

/**
 * The need level of one domain as a radio group (a fieldset with its legend): "not assessed" and
 * 0–3, each level with the catalogue's definition as its description. Big touch targets.
 */
export function LevelRadios({ id, legend, registration, definitions, error }: LevelRadiosProps) {
  const { t, i18n } = useTranslation();
  const errorId = `${id}-error`;
  return (
    <fieldset className="level-radios mb-3" aria-describedby={error ? errorId : undefined}>
      <legend className="h6 mb-2">{legend}</legend>
      {needLevels.map((level) => {
        const optionId = `${id}-${level}`;
        const definition = translated(definitions?.[String(level)], i18n.language);
        return (
          <div key={level} className="form-check mb-1">
            <input
              id={optionId}
              type="radio"
              value={String(level)}
              aria-describedby={definition ? `${optionId}-definition` : undefined}
              {...registration}
            />
            <label htmlFor={optionId}>{t(`assessments.levels.${level}`)}</label>
            {definition ? (
              <small id={`${optionId}-definition`} className="d-block form-text ms-5 mt-0">
                {definition}
              </small>
            ) : null}
          </div>
        );
      })}
      <div className="form-check mb-1">
        <input id={`${id}-none`} type="radio" value="" {...registration} />
        <label htmlFor={`${id}-none`}>{t("assessments.notAssessed")}</label>
      </div>
      <FieldErrorText id={errorId} error={error} />
    </fieldset>
  );
}
