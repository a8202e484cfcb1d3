import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { supportedLanguages } from "../../app/i18n.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { CheckboxField } from "../../app/ui/checkbox-field.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { OrganizationSelect } from "../admin-organizations/organization-select.tsx";
import { RolesFieldset } from "./roles-fieldset.tsx";
import { type UserFormInput, userFieldNames } from "./user-form-schema.ts";

interface UserFormProps<Output> {
  mode: "create" | "edit";
  /** userCreateFormSchema or userEditFormSchema: each ends in the shared contract schema. */
  schema: z.ZodType<Output, UserFormInput>;
  defaultValues: UserFormInput;
  onSubmit: (values: Output) => Promise<void>;
  onReload?: () => void;
}

export function UserForm<Output>({ mode, schema, defaultValues, onSubmit, onReload }: UserFormProps<Output>) {
  const { t } = useTranslation();
  const form = useForm<UserFormInput, unknown, Output>({ resolver: formResolver(schema), defaultValues });
  const submit = useSubmitHandler(form.setError, userFieldNames, onSubmit);
  const { errors, isSubmitting } = form.formState;
  const localeOptions = supportedLanguages.map((locale) => ({
    value: locale,
    label: t(`locales.${locale}`),
  }));
  const creating = mode === "create";

  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="user-form">
      <ApiErrorAlert error={submit.error} onReload={onReload} />
      <RequiredFieldsNote />
      {creating ? (
        <TextField
          id="user-username"
          label={t("users.username")}
          hint={t("users.usernameHint")}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          registration={form.register("username")}
          error={errors.username}
        />
      ) : null}
      <TextField
        id="user-display-name"
        label={t("users.displayName")}
        autoComplete="off"
        required
        registration={form.register("displayName")}
        error={errors.displayName}
      />
      <TextField
        id="user-email"
        type="email"
        label={t("users.email")}
        autoComplete="off"
        registration={form.register("email")}
        error={errors.email}
      />
      {creating ? (
        <TextField
          id="user-password"
          type="password"
          label={t("users.password")}
          hint={t("users.passwordHint")}
          autoComplete="new-password"
          required
          registration={form.register("password")}
          error={errors.password}
        />
      ) : null}
      <OrganizationSelect
        id="user-organization"
        label={t("users.organization")}
        required
        registration={form.register("organizationId")}
        error={errors.organizationId}
      />
      <RolesFieldset registration={form.register("roles")} error={errors.roles} />
      <SelectField
        id="user-locale"
        label={t("users.locale")}
        noEmptyOption
        options={localeOptions}
        registration={form.register("locale")}
        error={errors.locale}
      />
      {creating ? null : (
        <CheckboxField
          id="user-active"
          label={t("users.active")}
          registration={form.register("active")}
          error={errors.active}
        />
      )}
      <div className="mt-4">
        <SubmitButton
          label={creating ? t("common.create") : t("common.save")}
          busyLabel={creating ? t("common.creating") : t("common.saving")}
          busy={isSubmitting}
          testId="user-submit"
        />
      </div>
    </form>
  );
}
