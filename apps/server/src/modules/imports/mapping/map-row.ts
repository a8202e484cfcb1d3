import {
  type HouseholdRelation,
  type ImportField,
  type ImportMapping,
  type ImportRejectionCode,
  importFields,
  type PersonCreate,
  personCreateSchema,
} from "@approdo/contracts";
import { referenceProblem } from "../../people/index.ts";
import {
  parseCefr,
  parseDate,
  parseRelation,
  parseSex,
  parseYear,
  parseYesNo,
  splitList,
  unescapeCell,
} from "./parse-values.ts";
import { lookupCountry, lookupLanguage, type MunicipalityIndex } from "./reference-lookup.ts";

/** Field → the column's position in a row. */
export type ColumnIndex = Partial<Record<ImportField, number>>;

export function columnIndex(columns: readonly string[], mapping: ImportMapping): ColumnIndex {
  const index: ColumnIndex = {};
  columns.forEach((column, i) => {
    const field = mapping[column];
    if (field && index[field] === undefined) index[field] = i;
  });
  return index;
}

export interface HouseholdCell {
  /** The value of the household column: rows with the same one form a household. */
  key: string;
  relation: HouseholdRelation | null;
  /** null: the column was not mapped or the cell was empty. */
  isReference: boolean | null;
}

export interface RowProblem {
  code: ImportRejectionCode;
  field: ImportField | null;
  /** English, starting with the field's name when there is one. */
  message: string;
}

export type MappedRow =
  | { ok: true; input: PersonCreate; household: HouseholdCell | null }
  | ({ ok: false } & RowProblem);

function problem(
  code: ImportRejectionCode,
  field: ImportField | null,
  text: string,
): { ok: false } & RowProblem {
  return { ok: false, code, field, message: field ? `${field}: ${text}` : text };
}

const isImportField = (value: unknown): value is ImportField =>
  typeof value === "string" && (importFields as readonly string[]).includes(value);

/** The reference validators' reasons, as rejection codes. */
function codeOfReference(field: string, reason: string): ImportRejectionCode {
  if (field === "taxCode") return "INVALID_TAX_CODE";
  if (reason === "UNKNOWN_COUNTRY") return "UNKNOWN_COUNTRY";
  if (reason === "UNKNOWN_MUNICIPALITY") return "UNKNOWN_MUNICIPALITY";
  return "INVALID_ROW";
}

/**
 * One row of the spreadsheet as a person to register: each mapped cell parsed (dates, countries,
 * languages, municipality…), then the same checks as a registration through the API — the
 * contract's schema and the reference validators (tax code check character and its agreement with
 * birth date, sex and country of birth, country and language codes). The first problem rejects the
 * row with a stable code.
 */
export function mapRow(
  values: readonly string[],
  columns: ColumnIndex,
  municipalities: MunicipalityIndex,
): MappedRow {
  const cell = (field: ImportField): string => {
    const at = columns[field];
    return at === undefined ? "" : unescapeCell(values[at] ?? "").trim();
  };
  const draft: Record<string, unknown> = {
    givenName: cell("givenName"),
    familyName: cell("familyName"),
  };

  const sex = parseSex(cell("sex"));
  if (!sex) return problem("INVALID_ROW", "sex", "not one of F, M, X or a word for them");
  draft.sex = sex;

  const birth = cell("birthDate");
  if (birth) {
    const parsed = parseDate(birth);
    if (!parsed) return problem("INVALID_ROW", "birthDate", "not a date (dd/mm/yyyy, yyyy-mm-dd or a year)");
    if ("date" in parsed) draft.birthDate = parsed.date;
    else draft.birthYear = parsed.year;
  }
  const yearText = cell("birthYear");
  if (yearText) {
    const year = parseYear(yearText);
    if (year === null) return problem("INVALID_ROW", "birthYear", "not a four-digit year");
    if (draft.birthYear !== undefined && draft.birthYear !== year) {
      return problem("INVALID_ROW", "birthYear", "does not match the birth date");
    }
    draft.birthYear = year;
  }

  for (const field of ["citizenship", "countryOfBirth"] as const) {
    const text = cell(field);
    if (!text) continue;
    const code = lookupCountry(text);
    if (!code) return problem("UNKNOWN_COUNTRY", field, "not a known country name or ISO 3166 code");
    draft[field] = code;
  }

  for (const field of ["taxCode", "stpCode", "eniCode", "phone", "email", "domicileAddress"] as const) {
    const text = cell(field);
    if (text) draft[field] = text;
  }

  const municipality = cell("domicileIstat");
  if (municipality) {
    const found = municipalities.find(municipality);
    if ("problem" in found) {
      return problem(
        "UNKNOWN_MUNICIPALITY",
        "domicileIstat",
        found.problem === "ambiguous"
          ? "several municipalities have this name: add the province, e.g. Name (PA), or use the ISTAT code"
          : "not a known Italian municipality or ISTAT code",
      );
    }
    draft.domicileIstat = found.code;
  }

  const languageText = cell("languages");
  if (languageText) {
    const codes: string[] = [];
    for (const entry of splitList(languageText)) {
      const code = lookupLanguage(entry);
      if (!code) return problem("INVALID_ROW", "languages", "a language is not a known name or ISO 639 code");
      if (!codes.includes(code)) codes.push(code);
    }
    draft.languages = codes.map((language) => ({ language, isPrimary: false }));
  }

  const level = cell("italianLevel");
  if (level) {
    const cefr = parseCefr(level);
    if (!cefr) return problem("INVALID_ROW", "italianLevel", "not a CEFR level (pre-A1, A1 … C2)");
    draft.italianLevel = cefr;
  }

  const arrival = cell("arrivalDate");
  if (arrival) {
    const parsed = parseDate(arrival);
    if (!parsed || !("date" in parsed)) return problem("INVALID_ROW", "arrivalDate", "not a full date");
    draft.arrivalDate = parsed.date;
  }

  let household: HouseholdCell | null = null;
  const key = cell("householdKey");
  if (key) {
    const relationText = cell("householdRelation");
    const relation = relationText ? parseRelation(relationText) : null;
    if (relationText && !relation) {
      return problem(
        "INVALID_ROW",
        "householdRelation",
        "not a known relation (e.g. coniuge, figlio, spouse, child)",
      );
    }
    const referenceText = cell("householdReference");
    const isReference = referenceText ? parseYesNo(referenceText) : null;
    if (referenceText && isReference === null) {
      return problem("INVALID_ROW", "householdReference", "not yes or no");
    }
    household = { key, relation, isReference };
  }

  const parsed = personCreateSchema.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const head = issue?.path[0];
    const field = isImportField(head) ? head : null;
    const code = field === "taxCode" ? "INVALID_TAX_CODE" : "INVALID_ROW";
    return problem(code, field, issue?.message ?? "not valid");
  }
  const input = parsed.data;
  const reference = referenceProblem(input);
  if (reference) {
    const field = isImportField(reference.field) ? reference.field : null;
    return problem(codeOfReference(reference.field, reference.reason), field, reference.message);
  }
  return { ok: true, input, household };
}
