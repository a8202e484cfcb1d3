import {
  birthYearSchema,
  countryCodeSchema,
  isoDateSchema,
  type MatchQuery,
  type Person,
  personCreateSchema,
  personUpdateSchema,
  sexSchema,
  taxCodeSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { blankToNull, blankToUndefined } from "../../app/forms/schema-helpers.ts";

/** Another spelling or script of the names: one repeatable row of the form. */
const otherNameRow = z.object({
  kind: z.string(),
  script: z.string(),
  givenName: z.string(),
  familyName: z.string(),
});
const languageRow = z.object({ language: z.string(), isPrimary: z.boolean() });

/** What the form holds: strings from text boxes and selects, rows for names and languages. */
const personFormFields = z.object({
  givenName: z.string(),
  familyName: z.string(),
  sex: z.string(),
  birthDate: z.string(),
  birthYear: z.string(),
  countryOfBirth: z.string(),
  citizenship: z.string(),
  taxCode: z.string(),
  stpCode: z.string(),
  eniCode: z.string(),
  italianLevel: z.string(),
  phone: z.string(),
  email: z.string(),
  domicileIstat: z.string(),
  domicileAddress: z.string(),
  arrivalDate: z.string(),
  languages: z.array(languageRow),
  otherNames: z.array(otherNameRow),
});

export type PersonFormInput = z.input<typeof personFormFields>;
export type OtherNameRowInput = PersonFormInput["otherNames"][number];
export type LanguageRowInput = PersonFormInput["languages"][number];

/** A birth year typed by hand, or the year of the birth date when only that is given. */
export function birthYearOf(form: PersonFormInput): number | null {
  const typed = form.birthYear.trim();
  if (typed !== "") return /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
  const date = /^(\d{4})-\d{2}-\d{2}$/.exec(form.birthDate.trim());
  return date ? Number(date[1]) : null;
}

const filledLanguages = (form: PersonFormInput) => form.languages.filter((row) => row.language.trim() !== "");

/** The fields of both create and update bodies. */
function personBodyFields(form: PersonFormInput) {
  return {
    givenName: form.givenName,
    familyName: form.familyName,
    sex: form.sex,
    birthDate: blankToNull(form.birthDate),
    birthYear: birthYearOf(form),
    countryOfBirth: blankToNull(form.countryOfBirth),
    citizenship: blankToNull(form.citizenship),
    taxCode: blankToNull(form.taxCode),
    stpCode: blankToNull(form.stpCode),
    eniCode: blankToNull(form.eniCode),
    italianLevel: blankToNull(form.italianLevel),
    phone: blankToNull(form.phone),
    email: blankToNull(form.email),
    domicileIstat: blankToNull(form.domicileIstat),
    domicileAddress: blankToNull(form.domicileAddress),
    arrivalDate: blankToNull(form.arrivalDate),
    languages: filledLanguages(form).map((row) => ({ language: row.language, isPrimary: row.isPrimary })),
  };
}

/** Form values → the shared create schema (the server validates with the same one). */
export const personCreateFormSchema = personFormFields
  .transform((form): unknown => ({
    ...personBodyFields(form),
    // a row left empty is no name at all
    otherNames: form.otherNames
      .filter((row) => row.givenName.trim() !== "" || row.familyName.trim() !== "")
      .map((row) => ({ ...row, script: blankToUndefined(row.script) })),
  }))
  .pipe(personCreateSchema);

/** Form values → the shared update schema, with the version the form was loaded with. */
export function personEditFormSchema(version: number) {
  return personFormFields
    .transform((form): unknown => ({ version, ...personBodyFields(form) }))
    .pipe(personUpdateSchema);
}

export type PersonCreateFormOutput = z.output<typeof personCreateFormSchema>;
export type PersonEditFormOutput = z.output<ReturnType<typeof personEditFormSchema>>;

/** Translations of the shared schemas' refinements, by the path they report. */
export const personResolverOptions = {
  customMessages: { birthYear: "validation.birthYearMismatch" },
};

export const personFieldNames = Object.keys(personFormFields.shape);

export const emptyOtherNameRow: OtherNameRowInput = {
  kind: "spoken",
  script: "",
  givenName: "",
  familyName: "",
};
export const emptyLanguageRow: LanguageRowInput = { language: "", isPrimary: false };

export const emptyPersonForm: PersonFormInput = {
  givenName: "",
  familyName: "",
  sex: "",
  birthDate: "",
  birthYear: "",
  countryOfBirth: "",
  citizenship: "",
  taxCode: "",
  stpCode: "",
  eniCode: "",
  italianLevel: "",
  phone: "",
  email: "",
  domicileIstat: "",
  domicileAddress: "",
  arrivalDate: "",
  languages: [],
  otherNames: [],
};

export function personToForm(person: Person): PersonFormInput {
  return {
    givenName: person.givenName,
    familyName: person.familyName,
    sex: person.sex,
    birthDate: person.birthDate ?? "",
    birthYear: person.birthYear === null ? "" : String(person.birthYear),
    countryOfBirth: person.countryOfBirth ?? "",
    citizenship: person.citizenship ?? "",
    taxCode: person.taxCode ?? "",
    stpCode: person.stpCode ?? "",
    eniCode: person.eniCode ?? "",
    italianLevel: person.italianLevel ?? "",
    phone: person.phone ?? "",
    email: person.email ?? "",
    domicileIstat: person.domicileIstat ?? "",
    domicileAddress: person.domicileAddress ?? "",
    arrivalDate: person.arrivalDate ?? "",
    languages: person.languages.map((row) => ({ language: row.language, isPrimary: row.isPrimary })),
    otherNames: [],
  };
}

function valid<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** Fewer characters than this in either name and the duplicate search is not run. */
export const minMatchNameLength = 2;

/**
 * The duplicate search for what has been typed so far: null until both names have at least two
 * characters; fields not (yet) valid are left out rather than blocking the search.
 */
export function matchQueryOf(form: PersonFormInput, excludeId?: string): MatchQuery | null {
  const givenName = form.givenName.trim();
  const familyName = form.familyName.trim();
  if (givenName.length < minMatchNameLength || familyName.length < minMatchNameLength) return null;
  const query: MatchQuery = { givenName, familyName, limit: 5 };
  const birthDate = valid(isoDateSchema, form.birthDate.trim());
  const birthYear = valid(birthYearSchema, birthYearOf(form));
  const citizenship = valid(countryCodeSchema, form.citizenship);
  const taxCode = valid(taxCodeSchema, form.taxCode);
  const sex = valid(sexSchema, form.sex);
  if (birthDate) query.birthDate = birthDate;
  if (birthYear) query.birthYear = birthYear;
  if (citizenship) query.citizenship = citizenship;
  if (taxCode) query.taxCode = taxCode;
  if (sex && sex !== "unknown") query.sex = sex;
  if (excludeId) query.excludeId = excludeId;
  return query;
}

/** A candidate this likely to be the same person needs an explicit "it is someone else". */
export const strongMatchScore = 0.85;
