import { z } from "zod";
import { idSchema } from "./common.ts";
import { roleSchema } from "./roles.ts";

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const totpCodeSchema = z.string().regex(/^\d{6}$/, "Six digits");
export const totpBodySchema = z.object({ code: totpCodeSchema });

export const meSchema = z.object({
  user: z.object({
    id: idSchema,
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    locale: z.enum(["it", "en"]),
    totpEnabled: z.boolean(),
  }),
  organization: z.object({ id: idSchema, name: z.string(), type: z.string() }),
  roles: z.array(roleSchema),
  /** True when a role of this user requires two-factor sign-in and it is not set up yet. */
  totpEnrolmentRequired: z.boolean(),
  csrfToken: z.string().nullable(),
  demoMode: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

export const loginResponseSchema = z.union([
  z.object({ totpRequired: z.literal(true) }),
  meSchema.extend({ totpRequired: z.literal(false).optional() }),
]);

/** At least 12 characters; long passphrases welcome. */
export const newPasswordSchema = z.string().min(12, "At least 12 characters").max(200);
export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});

export const totpEnrolStartSchema = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const totpEnrolConfirmSchema = z.object({ code: totpCodeSchema });

export const apiTokenCreateSchema = z.object({
  name: z.string().trim().min(1).max(100),
  organizationId: idSchema,
  role: roleSchema,
  expiresAt: z.iso.datetime().optional(),
});
export const apiTokenSchema = z.object({
  id: idSchema,
  name: z.string(),
  organizationId: idSchema,
  role: roleSchema,
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const apiTokenCreatedSchema = apiTokenSchema.extend({
  /** Shown once; only its hash is stored. */
  token: z.string(),
});
