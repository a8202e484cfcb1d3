import { type Organization, organizationCreateSchema } from "@approdo/contracts";
import { z } from "zod";
import { blankToNull } from "../../app/forms/schema-helpers.ts";

/** What the form holds: text boxes and selects give strings. */
const organizationFormFields = z.object({
  name: z.string(),
  type: z.string(),
  istatCode: z.string(),
  parentId: z.string(),
  requiresClosureApproval: z.boolean(),
  active: z.boolean(),
});

/** Form values → the shared create schema (the server validates with the same one). */
export const organizationFormSchema = organizationFormFields
  .transform((form): unknown => ({
    ...form,
    istatCode: form.istatCode.trim(),
    parentId: blankToNull(form.parentId),
  }))
  .pipe(organizationCreateSchema);

export type OrganizationFormInput = z.input<typeof organizationFormFields>;
export type OrganizationFormOutput = z.output<typeof organizationFormSchema>;

export const organizationFieldNames = Object.keys(organizationFormFields.shape);

export const emptyOrganizationForm: OrganizationFormInput = {
  name: "",
  type: "",
  istatCode: "",
  parentId: "",
  requiresClosureApproval: false,
  active: true,
};

export function organizationToForm(organization: Organization): OrganizationFormInput {
  return {
    name: organization.name,
    type: organization.type,
    istatCode: organization.istatCode ?? "",
    parentId: organization.parentId ?? "",
    requiresClosureApproval: organization.requiresClosureApproval,
    active: organization.active,
  };
}
