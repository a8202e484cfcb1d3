import type { personUpdateSchema } from "@approdo/contracts";
import type { z } from "zod";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { versionConflict } from "../../../platform/errors/app-error.ts";
import {
  findLanguages,
  type PersonChanges,
  type PersonRow,
  replaceLanguages,
  updatePersonRow,
} from "../people.repository.ts";
import { birthYearOf, uniqueLanguages } from "../people.rules.ts";
import {
  invalidField,
  type PersonReferenceFields,
  validatePersonReferences,
} from "./check-person-references.ts";
import { reindexPersonNames } from "./reindex-person-names.ts";

export type PersonUpdateInput = z.infer<typeof personUpdateSchema>;

const editable = [
  "givenName",
  "familyName",
  "sex",
  "birthDate",
  "birthYear",
  "countryOfBirth",
  "citizenship",
  "taxCode",
  "stpCode",
  "eniCode",
  "italianLevel",
  "phone",
  "email",
  "domicileIstat",
  "domicileAddress",
  "arrivalDate",
] as const;
type Editable = (typeof editable)[number];
/** A change of any of these re-checks the tax code against the resulting record. */
const taxCodeContext: readonly Editable[] = ["taxCode", "sex", "birthDate", "birthYear", "countryOfBirth"];

/** The fields whose sent value differs from the stored one (null clears a field). */
function personChanges(current: PersonRow, input: PersonUpdateInput): Partial<Record<Editable, unknown>> {
  const changes: Partial<Record<Editable, unknown>> = {};
  for (const field of editable) {
    const value = input[field];
    if (value !== undefined && value !== current[field]) changes[field] = value;
  }
  return changes;
}

/** The birth year follows the birth date; a year sent alone must agree with a kept date. */
function settleBirthYear(current: PersonRow, changes: Partial<Record<Editable, unknown>>): void {
  if (!("birthDate" in changes) && !("birthYear" in changes)) return;
  const birthDate = ("birthDate" in changes ? changes.birthDate : current.birthDate) as string | null;
  const sentYear = ("birthYear" in changes ? changes.birthYear : current.birthYear) as number | null;
  if (
    birthDate &&
    "birthYear" in changes &&
    sentYear !== null &&
    sentYear !== Number(birthDate.slice(0, 4))
  ) {
    throw invalidField({
      field: "birthYear",
      reason: "BIRTH_YEAR_MISMATCH",
      message: "The birth year does not match the birth date",
    });
  }
  const year = birthYearOf(birthDate, sentYear);
  if (year !== current.birthYear) changes.birthYear = year;
  else delete changes.birthYear;
}

/** Only what changed is checked again: a record stored under older rules stays editable. */
function referencesToCheck(next: PersonRow, changed: ReadonlySet<string>): PersonReferenceFields {
  const fields: PersonReferenceFields = {};
  if (changed.has("countryOfBirth")) fields.countryOfBirth = next.countryOfBirth;
  if (changed.has("citizenship")) fields.citizenship = next.citizenship;
  if (changed.has("stpCode")) fields.stpCode = next.stpCode;
  if (changed.has("eniCode")) fields.eniCode = next.eniCode;
  if (changed.has("domicileIstat")) fields.domicileIstat = next.domicileIstat;
  if (taxCodeContext.some((f) => changed.has(f)) && next.taxCode) {
    Object.assign(fields, {
      taxCode: next.taxCode,
      sex: next.sex,
      birthDate: next.birthDate,
      birthYear: next.birthYear,
      countryOfBirth: next.countryOfBirth,
    });
  }
  return fields;
}

/**
 * Applies a partial update to a person the caller loaded with a lock. A stale version is a
 * conflict; unchanged values change nothing. Languages, when sent, replace the stored set. A new
 * document name recomputes the name index.
 */
export async function updatePerson(
  ctx: TxContext,
  current: PersonRow,
  input: PersonUpdateInput,
): Promise<void> {
  if (input.version !== current.version) throw versionConflict(current.version);
  const changes = personChanges(current, input);
  settleBirthYear(current, changes);
  const languages = input.languages === undefined ? null : uniqueLanguages(input.languages);
  const stored = languages ? await findLanguages(ctx.tx, current.id) : [];
  const sameLanguages =
    !languages ||
    (languages.length === stored.length &&
      languages.every((l) => stored.some((s) => s.language === l.language && s.isPrimary === l.isPrimary)));
  const fields = Object.keys(changes);
  if (fields.length === 0 && sameLanguages) return;

  const next = { ...current, ...changes } as PersonRow;
  const check = referencesToCheck(next, new Set(fields));
  if (!sameLanguages) check.languages = input.languages;
  await validatePersonReferences(ctx, [check]);
  if (!(await updatePersonRow(ctx.tx, current.id, current.version, changes as PersonChanges))) {
    throw versionConflict();
  }
  if (!sameLanguages && languages) {
    await replaceLanguages(
      ctx.tx,
      current.id,
      languages.map((l) => ({ personId: current.id, ...l })),
    );
  }
  if ("givenName" in changes || "familyName" in changes) await reindexPersonNames(ctx.tx, next);
  ctx.audit({
    action: "person.updated",
    entityType: "person",
    entityId: current.id,
    organizationId: current.organizationId,
    details: { fields: sameLanguages ? fields : [...fields, "languages"] },
  });
}
