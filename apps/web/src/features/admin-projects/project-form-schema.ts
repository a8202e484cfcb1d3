import { type ProjectDetail, projectCreateSchema } from "@approdo/contracts";
import { z } from "zod";
import { blankToNull } from "../../app/forms/schema-helpers.ts";

/** What the form holds: strings from text boxes and selects, a number box per target. */
const projectFormFields = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string(),
  fundLine: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  leadOrganizationId: z.string(),
  networkId: z.string(),
  partners: z.array(z.object({ organizationId: z.string(), role: z.string() })),
  // an empty number box gives NaN: the shared schema then says "enter a number"
  targets: z.array(
    z.object({
      indicator: z.string(),
      istatCode: z.string(),
      value: z.number().or(z.nan()),
      note: z.string(),
    }),
  ),
});

/** Form values → the shared create schema (dates in order, each partner once, each target once). */
export const projectFormSchema = projectFormFields
  .transform((form): unknown => ({
    ...form,
    networkId: blankToNull(form.networkId),
    targets: form.targets.map((target) => ({
      ...target,
      istatCode: blankToNull(target.istatCode),
      note: blankToNull(target.note),
    })),
  }))
  .pipe(projectCreateSchema);

/** Translations of the shared schema's refinements, by the path they report. */
export const projectCustomMessages = {
  endDate: "validation.endBeforeStart",
  partners: "validation.duplicatePartner",
  targets: "validation.duplicateTarget",
};

export type ProjectFormInput = z.input<typeof projectFormFields>;
export type ProjectFormOutput = z.output<typeof projectFormSchema>;
export type PartnerRowInput = ProjectFormInput["partners"][number];
export type TargetRowInput = ProjectFormInput["targets"][number];

export const projectFieldNames = Object.keys(projectFormFields.shape);

export const emptyPartnerRow: PartnerRowInput = { organizationId: "", role: "partner" };
export const emptyTargetRow: TargetRowInput = {
  indicator: "beneficiaries",
  istatCode: "",
  value: 0,
  note: "",
};

export const emptyProjectForm: ProjectFormInput = {
  code: "",
  title: "",
  description: "",
  fundLine: "",
  startDate: "",
  endDate: "",
  leadOrganizationId: "",
  networkId: "",
  partners: [],
  targets: [],
};

export function projectToForm(project: ProjectDetail): ProjectFormInput {
  return {
    code: project.code,
    title: project.title,
    description: project.description,
    fundLine: project.fundLine,
    startDate: project.startDate,
    endDate: project.endDate,
    leadOrganizationId: project.leadOrganizationId,
    networkId: project.networkId ?? "",
    partners: project.partners.map((partner) => ({
      organizationId: partner.organizationId,
      role: partner.role,
    })),
    targets: project.targets.map((target) => ({
      indicator: target.indicator,
      istatCode: target.istatCode ?? "",
      value: target.value,
      note: target.note ?? "",
    })),
  };
}
