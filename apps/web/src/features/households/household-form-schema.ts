import {
  householdCreateSchema,
  householdLeaveReasonInputSchema,
  householdMemberAddSchema,
  idSchema,
  isoDateSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { blankToUndefined } from "../../app/forms/schema-helpers.ts";

/** One member row: the person (chosen by search or registered on the spot) and how they are related. */
const memberRow = z.object({
  personId: z.string(),
  /** Shown in the row, not sent: "Amina Tesfaye — 1990, Eritrea". */
  display: z.string(),
  relation: z.string(),
  joinedOn: z.string(),
});

const householdFormFields = z.object({
  label: z.string(),
  members: z.array(memberRow),
  /** The personId of the reference person (one radio button per row). */
  reference: z.string(),
});

export type HouseholdFormInput = z.input<typeof householdFormFields>;
export type MemberRowInput = HouseholdFormInput["members"][number];

/** Form values → the shared create schema (exactly one reference person, each person once). */
export const householdFormSchema = householdFormFields
  .superRefine((form, ctx) => {
    // the relation is to the reference person: only they can be "reference person"
    form.members.forEach((member, index) => {
      if (member.relation === "reference_person" && member.personId !== form.reference) {
        ctx.addIssue({
          code: "custom",
          path: ["members", index, "relation"],
          message: "validation.relationOfReference",
        });
      }
    });
  })
  .transform((form): unknown => ({
    label: form.label,
    members: form.members.map((member) => ({
      personId: member.personId,
      relation: member.relation,
      isReference: member.personId === form.reference,
      joinedOn: blankToUndefined(member.joinedOn),
    })),
  }))
  .pipe(householdCreateSchema);
export type HouseholdFormOutput = z.output<typeof householdFormSchema>;

export const householdResolverOptions = {
  customMessages: { members: "validation.oneReference" },
};
export const householdFieldNames = Object.keys(householdFormFields.shape);
export const emptyHouseholdForm: HouseholdFormInput = { label: "", members: [], reference: "" };

// ── add a member to an existing household ──────────────────────────────────────────────────────

const addMemberFields = z.object({
  relation: z.string(),
  joinedOn: z.string(),
  isReference: z.boolean(),
});
export type AddMemberFormInput = z.input<typeof addMemberFields>;

export function addMemberFormSchema(personId: string, version: number) {
  return addMemberFields
    .transform((form): unknown => ({
      personId,
      version,
      relation: form.relation,
      isReference: form.isReference || form.relation === "reference_person",
      joinedOn: blankToUndefined(form.joinedOn),
    }))
    .pipe(householdMemberAddSchema);
}
export type AddMemberFormOutput = z.output<ReturnType<typeof addMemberFormSchema>>;
export const addMemberFieldNames = Object.keys(addMemberFields.shape);
export const emptyAddMemberForm: AddMemberFormInput = { relation: "", joinedOn: "", isReference: false };

// ── a member leaves ─────────────────────────────────────────────────────────────────────────────

const leaveFields = z.object({ leftOn: z.string(), reason: z.string(), newReferencePersonId: z.string() });
export type LeaveFormInput = z.input<typeof leaveFields>;

/** `needsNewReference`: the reference person leaves and others stay, so one of them takes over. */
export function leaveFormSchema(version: number, needsNewReference: boolean) {
  return leaveFields
    .transform((form): unknown => ({
      leftOn: form.leftOn,
      reason: blankToUndefined(form.reason),
      version,
      newReferencePersonId: blankToUndefined(form.newReferencePersonId),
    }))
    .pipe(
      z.object({
        leftOn: isoDateSchema,
        reason: householdLeaveReasonInputSchema.optional(),
        version: z.number().int().positive(),
        newReferencePersonId: needsNewReference ? idSchema : idSchema.optional(),
      }),
    );
}
export type LeaveFormOutput = z.output<ReturnType<typeof leaveFormSchema>>;
export const leaveFieldNames = Object.keys(leaveFields.shape);
