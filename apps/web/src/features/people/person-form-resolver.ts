import { validateEni, validateStp, validateTaxCode } from "@approdo/contracts";
import type { FieldError, FieldErrors, Resolver } from "react-hook-form";
import type { z } from "zod";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { encodeMessage } from "../../app/forms/issue-message.ts";
import { birthYearOf, type PersonFormInput, personResolverOptions } from "./person-form-schema.ts";

const taxCodeMessages = {
  FORMAT: "validation.taxCodeFormat",
  CHECK_CHARACTER: "validation.taxCodeCheck",
  BIRTH_DATE_MISMATCH: "validation.taxCodeBirthDate",
  SEX_MISMATCH: "validation.taxCodeSex",
  COUNTRY_MISMATCH: "validation.taxCodeCountry",
  BIRTHPLACE_MISMATCH: "validation.taxCodeCountry",
} as const;

function error(key: string): FieldError {
  return { type: "custom", message: encodeMessage({ key }) };
}

/**
 * Checks beyond the shape of the body, on what was typed: the codice fiscale (check character, and
 * agreement with birth date, sex and country of birth, with the validator the server uses), the
 * STP/ENI region, a language listed twice. Each only when the field has no error of its own yet.
 */
export function personExtraChecks(form: PersonFormInput, flagged: Set<string>): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  const taxCode = form.taxCode.trim();
  if (taxCode && !flagged.has("taxCode")) {
    const birthYear = birthYearOf(form);
    const result = validateTaxCode(taxCode, {
      birthDate: /^\d{4}-\d{2}-\d{2}$/.test(form.birthDate) ? form.birthDate : null,
      birthYear: Number.isFinite(birthYear) ? birthYear : null,
      sex: form.sex || null,
      countryOfBirth: form.countryOfBirth || null,
    });
    if (!result.ok) out.taxCode = error(taxCodeMessages[result.reason]);
  }
  const stp = form.stpCode.trim();
  if (stp && !flagged.has("stpCode") && !validateStp(stp).ok) out.stpCode = error("validation.healthCode");
  const eni = form.eniCode.trim();
  if (eni && !flagged.has("eniCode") && !validateEni(eni).ok) out.eniCode = error("validation.healthCode");
  const seen = new Set<string>();
  form.languages.forEach((row, index) => {
    const code = row.language.trim().toLowerCase();
    if (code === "") return;
    if (seen.has(code)) out[`languages.${index}.language`] = error("validation.duplicateLanguage");
    seen.add(code);
  });
  return out;
}

/** Paths of the fields (and rows) that have an error in a nested react-hook-form error tree. */
function flaggedPaths(errors: object, prefix = "", out = new Set<string>()): Set<string> {
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if ("message" in value) out.add(path);
    if (key !== "ref") flaggedPaths(value, path, out);
  }
  return out;
}

/** Puts an error at a dotted path ("languages.1.language"), creating the rows on the way. */
function setPath(tree: Record<string, unknown>, path: readonly string[], value: FieldError): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    tree[head] = value;
    return;
  }
  const existing = tree[head];
  const child = (
    existing && typeof existing === "object" ? existing : /^\d+$/.test(rest[0] ?? "") ? [] : {}
  ) as Record<string, unknown>;
  tree[head] = child;
  setPath(child, rest, value);
}

/** The shared-schema resolver plus the person checks, so every error shows in one round. */
export function personFormResolver<Output>(
  schema: z.ZodType<Output, PersonFormInput>,
): Resolver<PersonFormInput, unknown, Output> {
  const base = formResolver(schema, personResolverOptions);
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const extra = personExtraChecks(values, flaggedPaths(result.errors));
    if (Object.keys(extra).length === 0) return result;
    const errors: Record<string, unknown> = { ...result.errors };
    for (const [path, fieldError] of Object.entries(extra)) setPath(errors, path.split("."), fieldError);
    return { values: {}, errors: errors as FieldErrors<PersonFormInput> };
  };
}
