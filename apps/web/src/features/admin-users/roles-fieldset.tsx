import { roles } from "@approdo/contracts";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { type FieldErrorLike, FieldErrorText } from "../../app/ui/field-error-text.tsx";

interface RolesFieldsetProps {
  registration: UseFormRegisterReturn;
  error?: FieldErrorLike;
}

/** One checkbox per role, with translated names; the field's value is the array of checked codes. */
export function RolesFieldset({ registration, error }: RolesFieldsetProps) {
  const { t } = useTranslation();
  const errorId = "user-roles-error";
  return (
    <fieldset
      className="form-fieldset"
      aria-describedby={error?.message ? errorId : undefined}
      data-testid="user-roles"
    >
      <legend>
        <span className="is-required">{t("users.roles")}</span>
        <span className="visually-hidden"> {t("common.requiredMark")}</span>
      </legend>
      <div className="row">
        {roles.map((role) => (
          <div key={role} className="col-12 col-md-6">
            <div className="form-check">
              <input
                id={`user-role-${role}`}
                type="checkbox"
                value={role}
                aria-invalid={error?.message ? true : undefined}
                {...registration}
              />
              <label htmlFor={`user-role-${role}`}>{t(`roles.${role}`)}</label>
            </div>
          </div>
        ))}
      </div>
      <FieldErrorText id={errorId} error={error} />
    </fieldset>
  );
}
