import { type ServiceRecord, serviceRecordCreateSchema, serviceRecordVoidSchema } from "@approdo/contracts";
import { z } from "zod";
import { blankToNull, blankToUndefined } from "../../app/forms/schema-helpers.ts";

const serviceFields = z.object({
  serviceType: z.string(),
  deliveredOn: z.string(),
  durationMinutes: z.string(),
  personIds: z.array(z.string()),
  mediatorId: z.string(),
  language: z.string(),
  planActionId: z.string(),
  notes: z.string(),
  /** Corrections only: why the corrected record is replaced. */
  correctionReason: z.string(),
});
export type ServiceFormInput = z.input<typeof serviceFields>;

/** Form values → the shared create body; `correctsId` makes it the correction of that record. */
export function serviceFormSchema(correctsId?: string) {
  return serviceFields
    .transform((form): unknown => {
      const duration = form.durationMinutes.trim();
      return {
        serviceType: form.serviceType,
        deliveredOn: form.deliveredOn,
        durationMinutes: duration === "" ? undefined : Number(duration),
        personIds: form.personIds,
        mediatorId: blankToNull(form.mediatorId),
        language: blankToNull(form.language),
        planActionId: blankToNull(form.planActionId),
        notes: blankToUndefined(form.notes),
        correctsId,
        correctionReason: correctsId ? blankToUndefined(form.correctionReason) : undefined,
      };
    })
    .pipe(serviceRecordCreateSchema);
}
export type ServiceFormOutput = z.output<ReturnType<typeof serviceFormSchema>>;
export const serviceFieldNames = Object.keys(serviceFields.shape);

/** A new service: today, every subject person chosen (the usual case), nothing else. */
export function newServiceForm(today: string, personIds: readonly string[]): ServiceFormInput {
  return {
    serviceType: "",
    deliveredOn: today,
    durationMinutes: "",
    personIds: [...personIds],
    mediatorId: "",
    language: "",
    planActionId: "",
    notes: "",
    correctionReason: "",
  };
}

/** The correction of a record starts from what it said. */
export function serviceToForm(record: ServiceRecord): ServiceFormInput {
  return {
    serviceType: record.serviceType,
    deliveredOn: record.deliveredOn,
    durationMinutes: record.durationMinutes === null ? "" : String(record.durationMinutes),
    personIds: record.people.map((person) => person.personId),
    mediatorId: record.mediatorId ?? "",
    language: record.language ?? "",
    planActionId: record.planActionId ?? "",
    notes: record.notes,
    correctionReason: "",
  };
}

/**
 * The duration to show after choosing a type: the type's default, unless the operator already
 * typed one (a duration they chose is never overwritten).
 */
export function durationAfterTypeChange(
  current: string,
  typedByUser: boolean,
  defaultMinutes: number | null | undefined,
): string {
  if (typedByUser && current.trim() !== "") return current;
  return defaultMinutes ? String(defaultMinutes) : current;
}

/** Service types whose label or code contains every word typed (accents and case ignored). */
export function matchServiceTypes<T extends { code: string; label: string }>(
  types: readonly T[],
  query: string,
): T[] {
  const fold = (text: string) =>
    text
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...types];
  return types.filter((type) => {
    const haystack = fold(`${type.label} ${type.code.replace(/_/g, " ")}`);
    return words.every((word) => haystack.includes(word));
  });
}

// ── void ─────────────────────────────────────────────────────────────────────────────────────────

const voidFields = z.object({ reason: z.string() });
export type VoidFormInput = z.input<typeof voidFields>;
export const voidFormSchema = voidFields.pipe(serviceRecordVoidSchema);
export type VoidFormOutput = z.output<typeof voidFormSchema>;
