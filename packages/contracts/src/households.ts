import { z } from "zod";
import { idSchema, isoDateSchema, pageOf, pageQuerySchema, versionSchema } from "./common.ts";
import { clientIdSchema } from "./organizations.ts";

/** How a member is related to the household's reference person (the "intestatario" of the nucleus). */
export const householdRelations = [
  "reference_person",
  "spouse",
  "partner",
  "child",
  "parent",
  "sibling",
  "grandchild",
  "grandparent",
  "other_relative",
  "other",
] as const;
export const householdRelationSchema = z.enum(householdRelations);
export type HouseholdRelation = z.infer<typeof householdRelationSchema>;

/** Why a member left. `merged` is set by the system when two person records are merged. */
export const householdLeaveReasons = [
  "moved",
  "separation",
  "became_independent",
  "left_italy",
  "deceased",
  "merged",
  "other",
] as const;
export type HouseholdLeaveReason = (typeof householdLeaveReasons)[number];
/** The reasons a user may give; `merged` is the system's. */
export const householdLeaveReasonInputSchema = z.enum([
  "moved",
  "separation",
  "became_independent",
  "left_italy",
  "deceased",
  "other",
]);

const householdLabel = z.string().trim().min(1).max(200);

export const householdMemberInputSchema = z.object({
  personId: idSchema,
  relation: householdRelationSchema,
  /** Defaults to true for relation `reference_person`, false otherwise. */
  isReference: z.boolean().optional(),
  /** Defaults to today. */
  joinedOn: isoDateSchema.optional(),
});
export type HouseholdMemberInput = z.infer<typeof householdMemberInputSchema>;

/** Whether a member being added is to be the reference person. */
export function isReferenceInput(member: { relation: HouseholdRelation; isReference?: boolean | undefined }) {
  return member.isReference ?? member.relation === "reference_person";
}

export const householdCreateSchema = z
  .object({
    id: clientIdSchema.optional(),
    label: householdLabel,
    members: z.array(householdMemberInputSchema).max(40).optional(),
  })
  .superRefine((value, ctx) => {
    const members = value.members ?? [];
    const seen = new Set<string>();
    members.forEach((m, i) => {
      if (seen.has(m.personId)) {
        ctx.addIssue({
          code: "custom",
          path: ["members", i, "personId"],
          message: "The person is listed twice",
        });
      }
      seen.add(m.personId);
    });
    const references = members.filter(isReferenceInput).length;
    if (members.length > 0 && references !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["members"],
        message: "Exactly one member must be the reference person",
      });
    }
  });
export type HouseholdCreate = z.infer<typeof householdCreateSchema>;

export const householdUpdateSchema = z.object({
  /** The version the client loaded; a stale one answers 409 VERSION_CONFLICT. */
  version: versionSchema,
  label: householdLabel.optional(),
});
export type HouseholdUpdate = z.infer<typeof householdUpdateSchema>;

export const householdMemberAddSchema = householdMemberInputSchema.extend({
  /** The household's version the client loaded (optional); a stale one answers 409. */
  version: versionSchema.optional(),
  /**
   * When the person is a current member of another household: true closes that membership
   * (left on `joinedOn`, reason `moved`) in the same transaction; otherwise 409 PERSON_IN_OTHER_HOUSEHOLD.
   */
  moveFromCurrent: z.boolean().optional(),
});
export type HouseholdMemberAdd = z.infer<typeof householdMemberAddSchema>;

export const householdMemberLeaveSchema = z.object({
  leftOn: isoDateSchema,
  reason: householdLeaveReasonInputSchema.optional(),
  version: versionSchema.optional(),
  /** When the reference person leaves: the current member who becomes the reference. */
  newReferencePersonId: idSchema.optional(),
});
export type HouseholdMemberLeave = z.infer<typeof householdMemberLeaveSchema>;

export const householdReferenceSchema = z.object({
  personId: idSchema,
  version: versionSchema.optional(),
});
export type HouseholdReference = z.infer<typeof householdReferenceSchema>;

/** What a household page shows of each member; null when the person is not visible to the caller. */
export const householdPersonSchema = z.object({
  givenName: z.string(),
  familyName: z.string(),
  sex: z.string(),
  birthDate: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  citizenship: z.string().nullable(),
});

export const householdMemberSchema = z.object({
  /** The membership's id (used by `…/members/{memberId}/leave`). */
  id: idSchema,
  personId: idSchema,
  person: householdPersonSchema.nullable(),
  relation: householdRelationSchema,
  isReference: z.boolean(),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  leftReason: z.string().nullable(),
});
export type HouseholdMember = z.infer<typeof householdMemberSchema>;

export const householdSchema = z.object({
  id: idSchema,
  label: z.string(),
  organizationId: idSchema,
  currentMemberCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Household = z.infer<typeof householdSchema>;

export const householdDetailSchema = householdSchema.extend({
  referencePersonId: idSchema.nullable(),
  /** Current members (no leaving date), reference person first. */
  members: z.array(householdMemberSchema),
  /** Past memberships, most recent departure first. */
  history: z.array(householdMemberSchema),
  /** Computed from relations and ages, never entered: one parent with at least one minor child. */
  singleParent: z.boolean(),
  /** Current members known to be under 18 (birth date, or birth year when it leaves no doubt). */
  minorsInCharge: z.number().int(),
  /** Current members whose age cannot tell whether they are minors (no birth date or year, or a year that turns 18 now). */
  minorsUnknownAge: z.number().int(),
});
export type HouseholdDetail = z.infer<typeof householdDetailSchema>;

export const householdListQuerySchema = pageQuerySchema.extend({
  /** Part of the label, case-insensitive. */
  q: z.string().trim().max(100).optional(),
});
export type HouseholdListQuery = z.infer<typeof householdListQuerySchema>;
export const householdPageSchema = pageOf(householdSchema);
