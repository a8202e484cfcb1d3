import {
  isCountryCode,
  isLanguageCode3,
  validateEni,
  validateStp,
  validateTaxCode,
} from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { findMissingTerritories } from "../../territories/index.ts";

/** The fields of a person that refer to reference data or carry a check character. */
export interface PersonReferenceFields {
  sex?: string | null | undefined;
  birthDate?: string | null | undefined;
  birthYear?: number | null | undefined;
  countryOfBirth?: string | null | undefined;
  citizenship?: string | null | undefined;
  taxCode?: string | null | undefined;
  stpCode?: string | null | undefined;
  eniCode?: string | null | undefined;
  domicileIstat?: string | null | undefined;
  languages?: readonly { language: string; isPrimary?: boolean | undefined }[] | undefined;
}

export interface FieldProblem {
  field: string;
  /** Stable UPPER_SNAKE reason the UI translates, e.g. CHECK_CHARACTER, UNKNOWN_COUNTRY. */
  reason: string;
  message: string;
}

/** 422 naming the field and the reason; `row` is the input's index in a bulk create. */
export function invalidField(problem: FieldProblem, row?: number): AppError {
  return new AppError("UNPROCESSABLE", problem.message, {
    field: problem.field,
    reason: problem.reason,
    ...(row === undefined ? {} : { row }),
    issues: [{ path: `body.${problem.field}`, message: problem.message, code: problem.reason }],
  });
}

const taxCodeMessages: Record<string, string> = {
  FORMAT: "The tax code is neither a 16-character codice fiscale nor an 11-digit provisional code",
  CHECK_CHARACTER: "The tax code's check character does not match: probably a typing error",
  BIRTH_DATE_MISMATCH: "The tax code does not match the birth date",
  SEX_MISMATCH: "The tax code does not match the sex",
  COUNTRY_MISMATCH: "The tax code does not match the country of birth",
  BIRTHPLACE_MISMATCH: "The tax code does not match the birthplace",
};

function countryProblem(field: string, code: string | null | undefined): FieldProblem | null {
  if (!code || isCountryCode(code)) return null;
  return { field, reason: "UNKNOWN_COUNTRY", message: `${code} is not an ISO 3166-1 country code` };
}

/** Problems that need no database: country and language codes, tax code, STP and ENI codes. */
export function referenceProblem(f: PersonReferenceFields): FieldProblem | null {
  const country =
    countryProblem("countryOfBirth", f.countryOfBirth) ?? countryProblem("citizenship", f.citizenship);
  if (country) return country;
  const language = f.languages?.find((l) => !isLanguageCode3(l.language));
  if (language) {
    return {
      field: "languages",
      reason: "UNKNOWN_LANGUAGE",
      message: `${language.language} is not an ISO 639-3 language code`,
    };
  }
  if ((f.languages ?? []).filter((l) => l.isPrimary).length > 1) {
    return {
      field: "languages",
      reason: "SEVERAL_PRIMARY_LANGUAGES",
      message: "Only one language can be the primary one",
    };
  }
  if (f.taxCode) {
    const tax = validateTaxCode(f.taxCode, {
      birthDate: f.birthDate ?? null,
      birthYear: f.birthYear ?? null,
      sex: f.sex ?? null,
      countryOfBirth: f.countryOfBirth ?? null,
    });
    if (!tax.ok) {
      const message = taxCodeMessages[tax.reason] ?? "The tax code is not valid for this person";
      return { field: "taxCode", reason: tax.reason, message };
    }
  }
  const stp = f.stpCode ? validateStp(f.stpCode) : null;
  if (stp && !stp.ok) return { field: "stpCode", reason: stp.reason, message: "The STP code is not valid" };
  const eni = f.eniCode ? validateEni(f.eniCode) : null;
  if (eni && !eni.ok) return { field: "eniCode", reason: eni.reason, message: "The ENI code is not valid" };
  return null;
}

/**
 * Checks what the contract's regexes cannot: known countries and languages, the tax code's check
 * character and its agreement with birth date, sex and country of birth, STP/ENI region codes, and
 * that domiciles are known municipalities (one query for all). Throws 422 on the first problem,
 * with `row` set when several people are checked at once.
 */
export async function validatePersonReferences(
  ctx: TxContext,
  people: readonly PersonReferenceFields[],
): Promise<void> {
  const several = people.length > 1;
  people.forEach((p, i) => {
    const problem = referenceProblem(p);
    if (problem) throw invalidField(problem, several ? i : undefined);
  });
  const domiciles = people.map((p) => p.domicileIstat).filter((c): c is string => !!c);
  const missing = new Set(await findMissingTerritories(ctx.tx, domiciles));
  if (missing.size === 0) return;
  const row = people.findIndex((p) => p.domicileIstat && missing.has(p.domicileIstat));
  const code = people[row]?.domicileIstat;
  throw invalidField(
    {
      field: "domicileIstat",
      reason: "UNKNOWN_MUNICIPALITY",
      message: `The ISTAT code ${code} is not a known municipality`,
    },
    several ? row : undefined,
  );
}
