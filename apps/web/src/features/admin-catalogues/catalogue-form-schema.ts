import {
  type CatalogKind,
  type CatalogueEntry,
  catalogueEntryCreateSchema,
  catalogueEntryUpdateSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { blankToNull, blankToUndefined } from "../../app/forms/schema-helpers.ts";

/** The languages of catalogue labels: Italian required, the others optional. */
export const catalogueLanguages = ["it", "en", "fr", "ar"] as const;
export type CatalogueLanguage = (typeof catalogueLanguages)[number];
export const needLevelKeys = ["0", "1", "2", "3"] as const;
/** Form keys of the level definitions ("l0"…): react-hook-form would read "levels.0" as an array index. */
export const levelFormKey = (level: (typeof needLevelKeys)[number]) => `l${level}` as const;

const texts = z.object({ it: z.string(), en: z.string(), fr: z.string(), ar: z.string() });
type TextsInput = z.input<typeof texts>;

const entryFields = z.object({
  code: z.string(),
  labels: texts,
  levels: z.object({ l0: texts, l1: texts, l2: texts, l3: texts }),
  cisisCode: z.string(),
  defaultDurationMinutes: z.string(),
  specialCategory: z.boolean(),
  sortOrder: z.string(),
  active: z.boolean(),
});
export type CatalogueEntryFormInput = z.input<typeof entryFields>;

const emptyTexts: TextsInput = { it: "", en: "", fr: "", ar: "" };

export const emptyCatalogueEntryForm: CatalogueEntryFormInput = {
  code: "",
  labels: { ...emptyTexts },
  levels: { l0: { ...emptyTexts }, l1: { ...emptyTexts }, l2: { ...emptyTexts }, l3: { ...emptyTexts } },
  cisisCode: "",
  defaultDurationMinutes: "",
  specialCategory: false,
  sortOrder: "",
  active: true,
};

function textsToForm(value: Partial<Record<string, string | undefined>> | null | undefined): TextsInput {
  return {
    it: value?.it ?? "",
    en: value?.en ?? "",
    fr: value?.fr ?? "",
    ar: value?.ar ?? "",
  };
}

export function catalogueEntryToForm(entry: CatalogueEntry): CatalogueEntryFormInput {
  return {
    code: entry.code,
    labels: textsToForm(entry.labels),
    levels: {
      l0: textsToForm(entry.levels?.["0"]),
      l1: textsToForm(entry.levels?.["1"]),
      l2: textsToForm(entry.levels?.["2"]),
      l3: textsToForm(entry.levels?.["3"]),
    },
    cisisCode: entry.cisisCode ?? "",
    defaultDurationMinutes: entry.defaultDurationMinutes === null ? "" : String(entry.defaultDurationMinutes),
    specialCategory: entry.specialCategory,
    sortOrder: String(entry.sortOrder),
    active: entry.active,
  };
}

/** Blank translations are left out (only Italian is required). */
function textsToBody(value: TextsInput): Record<string, string> {
  const out: Record<string, string> = {};
  for (const language of catalogueLanguages) {
    const text = value[language].trim();
    if (text) out[language] = text;
  }
  return out;
}

/** "" → undefined; a number otherwise (the schema reports a non-number). */
function optionalNumber(value: string): number | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : Number(trimmed);
}

/** The fields of a kind: level definitions for assessment domains, CISIS code and duration for service types. */
export function kindFields(kind: CatalogKind) {
  return {
    levels: kind === "assessment_domain",
    serviceType: kind === "service_type",
    specialCategory: kind === "assessment_domain" || kind === "vulnerability",
  };
}

function bodyOf(kind: CatalogKind, form: z.output<typeof entryFields>) {
  const fields = kindFields(kind);
  const duration = optionalNumber(form.defaultDurationMinutes);
  return {
    labels: textsToBody(form.labels),
    levels: fields.levels
      ? Object.fromEntries(
          needLevelKeys.map((level) => [level, textsToBody(form.levels[levelFormKey(level)])]),
        )
      : undefined,
    cisisCode: fields.serviceType ? blankToNull(form.cisisCode) : undefined,
    defaultDurationMinutes: fields.serviceType ? (duration ?? null) : undefined,
    specialCategory: fields.specialCategory ? form.specialCategory : undefined,
    sortOrder: optionalNumber(form.sortOrder),
    active: form.active,
  };
}

/** A new entry of `kind`, instance-wide (`networkId` null) or for one network. */
export function catalogueEntryCreateFormSchema(kind: CatalogKind, networkId: string | null) {
  return entryFields
    .transform((form): unknown => ({
      code: blankToUndefined(form.code) ?? "",
      networkId,
      ...bodyOf(kind, form),
    }))
    .pipe(catalogueEntryCreateSchema);
}

/** A change to an entry loaded at `version` (the code and the network never change). */
export function catalogueEntryUpdateFormSchema(kind: CatalogKind, version: number) {
  return entryFields
    .transform((form): unknown => ({ version, ...bodyOf(kind, form) }))
    .pipe(catalogueEntryUpdateSchema);
}

export type CatalogueEntryCreateOutput = z.output<ReturnType<typeof catalogueEntryCreateFormSchema>>;
export type CatalogueEntryUpdateOutput = z.output<ReturnType<typeof catalogueEntryUpdateFormSchema>>;
export const catalogueEntryFieldNames = Object.keys(entryFields.shape);
