import { type User, userCreateSchema, userUpdateSchema } from "@approdo/contracts";
import { z } from "zod";
import { blankToNull, blankToUndefined } from "../../app/forms/schema-helpers.ts";

/** What the form holds, for both creating and editing (each mode shows the fields it sends). */
const userFormFields = z.object({
  username: z.string(),
  displayName: z.string(),
  email: z.string(),
  organizationId: z.string(),
  roles: z.array(z.string()),
  locale: z.string(),
  active: z.boolean(),
  password: z.string(),
});

/** Creating: username and initial password; no e-mail means "leave it out". */
export const userCreateFormSchema = userFormFields
  .transform(({ active: _active, ...form }): unknown => ({
    ...form,
    username: form.username.trim().toLowerCase(),
    email: blankToUndefined(form.email),
  }))
  .pipe(userCreateSchema);

/** Editing: the username is fixed and passwords have their own panel; no e-mail means "clear it". */
export const userEditFormSchema = userFormFields
  .transform(({ username: _username, password: _password, ...form }): unknown => ({
    ...form,
    email: blankToNull(form.email),
  }))
  .pipe(userUpdateSchema.omit({ version: true }));

export type UserFormInput = z.input<typeof userFormFields>;
export type UserCreateFormOutput = z.output<typeof userCreateFormSchema>;
export type UserEditFormOutput = z.output<typeof userEditFormSchema>;

export const userFieldNames = Object.keys(userFormFields.shape);

export const emptyUserForm: UserFormInput = {
  username: "",
  displayName: "",
  email: "",
  organizationId: "",
  roles: [],
  locale: "it",
  active: true,
  password: "",
};

export function userToForm(user: User): UserFormInput {
  return {
    username: user.username,
    displayName: user.displayName,
    email: user.email ?? "",
    organizationId: user.organizationId,
    roles: [...user.roles],
    locale: user.locale,
    active: user.active,
    password: "",
  };
}
