import {
  attachmentUploadFieldsSchema,
  consentCreateSchema,
  consentWithdrawSchema,
  personNameInputSchema,
  residencePermitInputSchema,
  vulnerabilityInputSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { blankToNull, blankToUndefined } from "../../app/forms/schema-helpers.ts";

/** Today in the browser's calendar, as YYYY-MM-DD (the default of "given on" dates). */
export function todayIso(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}

// ── another name or spelling ─────────────────────────────────────────────────────────────────────

const nameFormFields = z.object({
  kind: z.string(),
  script: z.string(),
  givenName: z.string(),
  familyName: z.string(),
});
export const nameFormSchema = nameFormFields
  .transform((form): unknown => ({ ...form, script: blankToUndefined(form.script) }))
  .pipe(personNameInputSchema);
export type NameFormInput = z.input<typeof nameFormFields>;
export type NameFormOutput = z.output<typeof nameFormSchema>;
export const nameFieldNames = Object.keys(nameFormFields.shape);
export const emptyNameForm: NameFormInput = { kind: "spoken", script: "", givenName: "", familyName: "" };

// ── residence permit ─────────────────────────────────────────────────────────────────────────────

const permitFormFields = z.object({
  type: z.string(),
  number: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  issuedBy: z.string(),
});
export const permitFormSchema = permitFormFields
  .transform((form): unknown => ({
    type: form.type,
    number: blankToNull(form.number),
    issuedOn: blankToNull(form.issuedOn),
    expiresOn: blankToNull(form.expiresOn),
    issuedBy: blankToNull(form.issuedBy),
  }))
  .pipe(residencePermitInputSchema);
export type PermitFormInput = z.input<typeof permitFormFields>;
export type PermitFormOutput = z.output<typeof permitFormSchema>;
export const permitFieldNames = Object.keys(permitFormFields.shape);
export const permitResolverOptions = { customMessages: { expiresOn: "validation.expiryBeforeIssue" } };
export const emptyPermitForm: PermitFormInput = {
  type: "",
  number: "",
  issuedOn: "",
  expiresOn: "",
  issuedBy: "",
};

// ── vulnerability ────────────────────────────────────────────────────────────────────────────────

const vulnerabilityFormFields = z.object({
  code: z.string(),
  since: z.string(),
  until: z.string(),
  note: z.string(),
});
export const vulnerabilityFormSchema = vulnerabilityFormFields
  .transform((form): unknown => ({
    code: form.code,
    since: blankToNull(form.since),
    until: blankToNull(form.until),
    note: blankToNull(form.note),
  }))
  .pipe(vulnerabilityInputSchema)
  .refine((v) => !v.since || !v.until || v.until >= v.since, {
    path: ["until"],
    message: "validation.endBeforeStart",
  });
export type VulnerabilityFormInput = z.input<typeof vulnerabilityFormFields>;
export type VulnerabilityFormOutput = z.output<typeof vulnerabilityFormSchema>;
export const vulnerabilityFieldNames = Object.keys(vulnerabilityFormFields.shape);
export const emptyVulnerabilityForm: VulnerabilityFormInput = { code: "", since: "", until: "", note: "" };

// ── consent ──────────────────────────────────────────────────────────────────────────────────────

const consentFormFields = z.object({
  purpose: z.string(),
  organizationIds: z.array(z.string()),
  dataCategories: z.array(z.string()),
  givenOn: z.string(),
  explainedInLanguage: z.string(),
  /** An attachment of the person already uploaded (the signed form), or blank. */
  documentId: z.string(),
});
export const consentFormSchema = consentFormFields
  .transform((form): unknown => ({
    purpose: form.purpose,
    organizationIds: form.organizationIds,
    dataCategories: form.dataCategories.length > 0 ? form.dataCategories : undefined,
    givenOn: form.givenOn,
    explainedInLanguage: form.explainedInLanguage,
    documentId: blankToUndefined(form.documentId),
  }))
  .pipe(consentCreateSchema)
  .refine((consent) => consent.givenOn <= todayIso(), {
    path: ["givenOn"],
    message: "validation.notInFuture",
  });
export type ConsentFormInput = z.input<typeof consentFormFields>;
export type ConsentFormOutput = z.output<typeof consentFormSchema>;
export const consentFieldNames = Object.keys(consentFormFields.shape);
export function emptyConsentForm(): ConsentFormInput {
  return {
    purpose: "",
    organizationIds: [],
    dataCategories: [],
    givenOn: todayIso(),
    explainedInLanguage: "",
    documentId: "",
  };
}

const withdrawFormFields = z.object({ withdrawnOn: z.string(), note: z.string() });
/** `givenOn`: a consent cannot be withdrawn before it was given. */
export function withdrawFormSchema(givenOn: string) {
  return withdrawFormFields
    .transform((form): unknown => ({ withdrawnOn: form.withdrawnOn, note: blankToUndefined(form.note) }))
    .pipe(consentWithdrawSchema)
    .refine((w) => w.withdrawnOn <= todayIso(), { path: ["withdrawnOn"], message: "validation.notInFuture" })
    .refine((w) => w.withdrawnOn >= givenOn, { path: ["withdrawnOn"], message: "validation.beforeConsent" });
}
export type WithdrawFormInput = z.input<typeof withdrawFormFields>;
export type WithdrawFormOutput = z.output<ReturnType<typeof withdrawFormSchema>>;
export const withdrawFieldNames = Object.keys(withdrawFormFields.shape);

// ── attachment ───────────────────────────────────────────────────────────────────────────────────

const attachmentFormFields = z.object({ kind: z.string(), retentionClass: z.string() });
export const attachmentFormSchema = attachmentFormFields.pipe(attachmentUploadFieldsSchema);
export type AttachmentFormInput = z.input<typeof attachmentFormFields>;
export type AttachmentFormOutput = z.output<typeof attachmentFormSchema>;
export const attachmentFieldNames = Object.keys(attachmentFormFields.shape);
export const emptyAttachmentForm: AttachmentFormInput = { kind: "", retentionClass: "case_record" };
