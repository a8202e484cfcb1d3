import { z } from "zod";
import {
  idSchema,
  isoDateSchema,
  istatCodeSchema,
  pageOf,
  pageQuerySchema,
  versionSchema,
} from "./common.ts";
import { clientIdSchema } from "./organizations.ts";

/** ISO 3166-1 alpha-2, upper case (validated against the country list by the server). */
export const countryCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2 country code"));
/** ISO 639-3 (three letters); many migrant languages have no two-letter code. */
export const languageCode3Schema = z
  .string()
  .trim()
  .transform((v) => v.toLowerCase())
  .pipe(z.string().regex(/^[a-z]{3}$/, "ISO 639-3 language code"));

export const sexes = ["female", "male", "other", "unknown"] as const;
/** Accepts the codes and the letters used on Italian documents (F, M). */
export const sexSchema = z.preprocess((v) => {
  if (typeof v !== "string") return v;
  const s = v.trim().toLowerCase();
  return s === "f" ? "female" : s === "m" ? "male" : s === "x" ? "other" : s;
}, z.enum(sexes));

export const cefrLevels = ["pre_a1", "a1", "a2", "b1", "b2", "c1", "c2"] as const;
export const cefrLevelSchema = z.enum(cefrLevels);

export const permitTypes = [
  "asylum_request",
  "refugee_status",
  "subsidiary_protection",
  "special_protection",
  "humanitarian",
  "temporary_protection",
  "family",
  "work",
  "study",
  "minor_age",
  "long_term_eu",
  "other",
] as const;
export const permitTypeSchema = z.enum(permitTypes);

/**
 * The vulnerability catalogue. Special-category ones (health, mental distress, addiction,
 * trafficking, torture — GDPR art. 9) are shown only to roles that need them.
 */
export const vulnerabilityCatalogue = [
  { code: "unaccompanied_minor", specialCategory: false },
  { code: "accompanied_minor", specialCategory: false },
  { code: "single_parent_with_minors", specialCategory: false },
  { code: "pregnancy", specialCategory: true },
  { code: "disability", specialCategory: true },
  { code: "serious_illness", specialCategory: true },
  { code: "mental_distress", specialCategory: true },
  { code: "addiction", specialCategory: true },
  { code: "torture_or_violence_survivor", specialCategory: true },
  { code: "trafficking", specialCategory: true },
  { code: "elderly", specialCategory: false },
  { code: "homelessness", specialCategory: false },
] as const;
export type VulnerabilityCode = (typeof vulnerabilityCatalogue)[number]["code"];
export const vulnerabilityCodes = vulnerabilityCatalogue.map((v) => v.code) as [
  VulnerabilityCode,
  ...VulnerabilityCode[],
];
export const vulnerabilityCodeSchema = z.enum(vulnerabilityCodes);
export function isSpecialCategory(code: VulnerabilityCode): boolean {
  return vulnerabilityCatalogue.some((v) => v.code === code && v.specialCategory);
}

export const nameKinds = ["document", "spoken", "original_script", "alias"] as const;
/** ISO 15924 script codes we recognise for names. */
export const nameScripts = [
  "Latn",
  "Arab",
  "Cyrl",
  "Ethi",
  "Beng",
  "Deva",
  "Geor",
  "Armn",
  "Hans",
  "Other",
] as const;
const personName = z.string().trim().min(1).max(120);

export const personNameInputSchema = z.object({
  kind: z.enum(nameKinds),
  script: z.enum(nameScripts).optional(),
  givenName: personName,
  familyName: personName,
});
export const personNameSchema = personNameInputSchema.extend({ id: idSchema, script: z.enum(nameScripts) });

export const personLanguageSchema = z.object({
  language: languageCode3Schema,
  isPrimary: z.boolean().default(false),
});

/** Codice fiscale (16 chars, check character) or the 11-digit numeric provisional code; checked in full by the server. */
export const taxCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase().replace(/\s+/g, ""))
  .pipe(
    z
      .string()
      .regex(/^([A-Z0-9]{16}|\d{11})$/, "A 16-character codice fiscale or an 11-digit provisional code"),
  );
/** STP: "STP" + region (3 digits) + health authority (3 digits) + 7 digits = 16 characters. */
export const stpCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^STP\d{13}$/, "STP + 13 digits"));
/** ENI: "ENI" + region + health authority + 7 digits (16 characters), for EU citizens without cover. */
export const eniCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^ENI\d{13}$/, "ENI + 13 digits"));

const currentYear = new Date().getUTCFullYear();
export const birthYearSchema = z.number().int().min(1900).max(currentYear);

const personFields = {
  givenName: personName,
  familyName: personName,
  sex: sexSchema,
  birthDate: isoDateSchema.nullish(),
  birthYear: birthYearSchema.nullish(),
  countryOfBirth: countryCodeSchema.nullish(),
  citizenship: countryCodeSchema.nullish(),
  taxCode: taxCodeSchema.nullish(),
  stpCode: stpCodeSchema.nullish(),
  eniCode: eniCodeSchema.nullish(),
  italianLevel: cefrLevelSchema.nullish(),
  phone: z.string().trim().max(40).nullish(),
  email: z.email().max(200).nullish(),
  domicileIstat: istatCodeSchema.nullish(),
  domicileAddress: z.string().trim().max(300).nullish(),
  arrivalDate: isoDateSchema.nullish(),
};

function birthConsistent(v: {
  birthDate?: string | null | undefined;
  birthYear?: number | null | undefined;
}) {
  return !v.birthDate || !v.birthYear || Number(v.birthDate.slice(0, 4)) === v.birthYear;
}

export const personCreateSchema = z
  .object({
    id: clientIdSchema.optional(),
    ...personFields,
    languages: z.array(personLanguageSchema).max(20).optional(),
    otherNames: z.array(personNameInputSchema).max(20).optional(),
  })
  .refine(birthConsistent, { message: "The birth year does not match the birth date", path: ["birthYear"] });
export type PersonCreate = z.infer<typeof personCreateSchema>;

export const personUpdateSchema = z
  .object({
    version: versionSchema,
    ...personFields,
    givenName: personName.optional(),
    familyName: personName.optional(),
    sex: sexSchema.optional(),
    languages: z.array(personLanguageSchema).max(20).optional(),
  })
  .refine(birthConsistent, { message: "The birth year does not match the birth date", path: ["birthYear"] });

export const residencePermitInputSchema = z
  .object({
    id: clientIdSchema.optional(),
    type: permitTypeSchema,
    number: z.string().trim().max(40).nullish(),
    issuedOn: isoDateSchema.nullish(),
    expiresOn: isoDateSchema.nullish(),
    issuedBy: z.string().trim().max(120).nullish(),
  })
  .refine((p) => !p.issuedOn || !p.expiresOn || p.expiresOn >= p.issuedOn, {
    message: "The expiry date is before the issue date",
    path: ["expiresOn"],
  });
export const residencePermitSchema = z.object({
  id: idSchema,
  type: permitTypeSchema,
  number: z.string().nullable(),
  issuedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  issuedBy: z.string().nullable(),
  createdAt: z.string(),
});

export const vulnerabilityInputSchema = z.object({
  id: clientIdSchema.optional(),
  code: vulnerabilityCodeSchema,
  since: isoDateSchema.nullish(),
  until: isoDateSchema.nullish(),
  note: z.string().trim().max(2000).nullish(),
});
export const vulnerabilitySchema = z.object({
  id: idSchema,
  code: vulnerabilityCodeSchema,
  specialCategory: z.boolean(),
  since: z.string().nullable(),
  until: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

export const personSummarySchema = z.object({
  id: idSchema,
  organizationId: idSchema,
  givenName: z.string(),
  familyName: z.string(),
  sex: z.enum(sexes),
  birthDate: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  citizenship: z.string().nullable(),
  taxCode: z.string().nullable(),
  domicileIstat: z.string().nullable(),
  version: z.number().int(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const personSchema = personSummarySchema.extend({
  countryOfBirth: z.string().nullable(),
  stpCode: z.string().nullable(),
  eniCode: z.string().nullable(),
  italianLevel: cefrLevelSchema.nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  domicileAddress: z.string().nullable(),
  arrivalDate: z.string().nullable(),
  mergedIntoId: idSchema.nullable(),
  names: z.array(personNameSchema),
  languages: z.array(z.object({ language: z.string(), isPrimary: z.boolean() })),
  permits: z.array(residencePermitSchema),
  vulnerabilities: z.array(vulnerabilitySchema),
  /** How many special-category vulnerabilities exist but are hidden from this user's role. */
  hiddenVulnerabilities: z.number().int().optional(),
  household: z
    .object({ id: idSchema, label: z.string(), relation: z.string(), isReference: z.boolean() })
    .nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

export const personListQuerySchema = pageQuerySchema.extend({
  /** Name (fuzzy, any script or spelling) or codice fiscale. */
  q: z.string().trim().max(120).optional(),
  taxCode: z.string().trim().max(16).optional(),
  citizenship: countryCodeSchema.optional(),
  domicileIstat: istatCodeSchema.optional(),
  vulnerability: vulnerabilityCodeSchema.optional(),
  /** People whose latest residence permit expires within this many days (0…365). */
  permitExpiringWithinDays: z.coerce.number().int().min(0).max(365).optional(),
});
export const personPageSchema = pageOf(personSummarySchema);

export const matchReasons = [
  "tax_code_equal",
  "tax_code_different",
  "name_equal",
  "name_similar",
  "name_transliteration",
  "names_swapped",
  "birth_date_equal",
  "birth_year_equal",
  "birth_year_close",
  "birth_year_different",
  "citizenship_equal",
  "citizenship_different",
  "sex_different",
] as const;
export const matchReasonSchema = z.enum(matchReasons);

export const matchQuerySchema = z.object({
  givenName: personName,
  familyName: personName,
  birthDate: isoDateSchema.nullish(),
  birthYear: birthYearSchema.nullish(),
  citizenship: countryCodeSchema.nullish(),
  taxCode: taxCodeSchema.nullish(),
  sex: sexSchema.nullish(),
  /** Ignore this person (editing an existing record). */
  excludeId: idSchema.optional(),
  limit: z.number().int().min(1).max(50).default(10),
});
export type MatchQuery = z.infer<typeof matchQuerySchema>;
export const matchCandidateSchema = z.object({
  personId: idSchema,
  /** 0…1, higher is more likely the same person. */
  score: z.number().min(0).max(1),
  reasons: z.array(matchReasonSchema),
  person: personSummarySchema,
});
export const matchResponseSchema = z.object({ candidates: z.array(matchCandidateSchema) });

export const mergeBodySchema = z.object({ duplicateId: idSchema });

/** A person's residence permits, newest first (the history is append-only). */
export const residencePermitListSchema = z.object({ items: z.array(residencePermitSchema) });

/** `POST /people/{id}/vulnerabilities/{vid}/end`: the last day the vulnerability applied. */
export const vulnerabilityEndSchema = z.object({ until: isoDateSchema });

/** One merge of a duplicate record into a surviving one; `undoneAt` is set once it was undone. */
export const personMergeSchema = z.object({
  id: idSchema,
  survivorId: idSchema,
  duplicateId: idSchema,
  organizationId: idSchema,
  mergedAt: z.string(),
  mergedBy: idSchema.nullable(),
  undoneAt: z.string().nullable(),
  undoneBy: idSchema.nullable(),
  /** The duplicate record (kept, hidden from lists), when the caller may see it. */
  duplicate: personSummarySchema.nullable(),
});
export type PersonMerge = z.infer<typeof personMergeSchema>;
export const personMergeListSchema = z.object({ items: z.array(personMergeSchema) });
