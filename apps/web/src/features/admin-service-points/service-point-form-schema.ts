import { type ServicePoint, servicePointCreateSchema } from "@approdo/contracts";
import { z } from "zod";
import { splitList } from "../../app/forms/schema-helpers.ts";

/** What the form holds; languages are typed as "it, en, ar" in one box. */
const servicePointFormFields = z.object({
  name: z.string(),
  type: z.string(),
  organizationId: z.string(),
  istatCode: z.string(),
  address: z.string(),
  openingHours: z.string(),
  languages: z.string(),
  active: z.boolean(),
});

/** Form values → the shared create schema (the server validates with the same one). */
export const servicePointFormSchema = servicePointFormFields
  .transform((form): unknown => ({
    ...form,
    istatCode: form.istatCode.trim(),
    languages: splitList(form.languages.toLowerCase()),
  }))
  .pipe(servicePointCreateSchema);

export const servicePointResolverOptions = {
  collapse: ["languages"],
  customMessages: { languages: "validation.duplicateLanguage" },
};

export type ServicePointFormInput = z.input<typeof servicePointFormFields>;
export type ServicePointFormOutput = z.output<typeof servicePointFormSchema>;

export const servicePointFieldNames = Object.keys(servicePointFormFields.shape);

export const emptyServicePointForm: ServicePointFormInput = {
  name: "",
  type: "",
  organizationId: "",
  istatCode: "",
  address: "",
  openingHours: "",
  languages: "it",
  active: true,
};

export function servicePointToForm(servicePoint: ServicePoint): ServicePointFormInput {
  return {
    name: servicePoint.name,
    type: servicePoint.type,
    organizationId: servicePoint.organizationId,
    istatCode: servicePoint.istatCode,
    address: servicePoint.address,
    openingHours: servicePoint.openingHours,
    languages: servicePoint.languages.join(", "),
    active: servicePoint.active,
  };
}
