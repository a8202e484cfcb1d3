import { idSchema, istatCodeSchema } from "@approdo/contracts";
import { z } from "zod";

/** A select whose empty option means "none": "" becomes null. */
export const optionalIdField = z
  .string()
  .transform((value) => (value === "" ? null : value))
  .pipe(idSchema.nullable());

/** An optional ISTAT code typed in a text box: blank becomes null. */
export const optionalIstatField = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value))
  .pipe(istatCodeSchema.nullable());

export const requiredIstatField = z.string().trim().pipe(istatCodeSchema);

/** Free text where blank is stored as null. */
export function nullableTextField(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value));
}

export function requiredTextField(max: number) {
  return z.string().trim().min(1).max(max);
}

/** A comma-separated list typed in one box, e.g. language codes "it, en, ar". */
export function commaListField(isValidItem: (item: string) => boolean, messageKey: string) {
  return z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .refine((items) => items.every(isValidItem), { message: messageKey });
}
