import { z } from "zod";
import { apiTokenSchema, newPasswordSchema } from "./auth.ts";
import { idSchema, pageOf, pageQuerySchema, versionSchema } from "./common.ts";
import { roleSchema } from "./roles.ts";

/** Lowercase letters, digits, dot, underscore, dash; 3–60 characters. Unique ignoring case. */
export const usernameSchema = z
  .string()
  .regex(/^[a-z0-9._-]{3,60}$/, "3–60 lowercase letters, digits, dot, underscore or dash");
export const localeSchema = z.enum(["it", "en"]);
export type Locale = z.infer<typeof localeSchema>;

const displayNameSchema = z.string().trim().min(1).max(200);
const emailSchema = z.email().max(254);
const userRolesSchema = z.array(roleSchema).min(1, "At least one role").max(20);

/** A user account as the administration screens see it: never a password hash or a TOTP secret. */
export const userSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  organizationId: idSchema,
  organizationName: z.string(),
  roles: z.array(roleSchema),
  locale: localeSchema,
  active: z.boolean(),
  totpEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  version: versionSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const userPageSchema = pageOf(userSchema);
export type UserPage = z.infer<typeof userPageSchema>;

export const userListQuerySchema = pageQuerySchema.extend({
  /** Part of the username or display name, case-insensitive. */
  q: z.string().trim().max(100).optional(),
  organizationId: idSchema.optional(),
  role: roleSchema.optional(),
  active: z.enum(["true", "false"]).optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const userCreateSchema = z.object({
  /** Client-made UUIDv7 (offline-ready); the server makes one when absent. */
  id: idSchema.optional(),
  username: usernameSchema,
  displayName: displayNameSchema,
  email: emailSchema.optional(),
  organizationId: idSchema,
  roles: userRolesSchema,
  locale: localeSchema.default("it"),
  /** The initial password, given to the user out of band. */
  password: newPasswordSchema,
});
export type UserCreate = z.infer<typeof userCreateSchema>;

export const userUpdateSchema = z.object({
  /** The version the change was made on; a stale one answers 409 VERSION_CONFLICT. */
  version: versionSchema,
  displayName: displayNameSchema.optional(),
  /** null clears the address. */
  email: emailSchema.nullable().optional(),
  organizationId: idSchema.optional(),
  /** Replaces all the roles of the user. */
  roles: userRolesSchema.optional(),
  active: z.boolean().optional(),
  locale: localeSchema.optional(),
});
export type UserUpdate = z.infer<typeof userUpdateSchema>;

/** An administrator sets a temporary password (the user should change it at the next sign-in). */
export const userPasswordSetSchema = z.object({ newPassword: newPasswordSchema });
export type UserPasswordSet = z.infer<typeof userPasswordSetSchema>;

/** GET /api/v1/api-tokens: newest first. The token schemas themselves live in auth.ts. */
export const apiTokenListQuerySchema = pageQuerySchema.extend({ organizationId: idSchema.optional() });
export type ApiTokenListQuery = z.infer<typeof apiTokenListQuerySchema>;
export const apiTokenPageSchema = pageOf(apiTokenSchema);
