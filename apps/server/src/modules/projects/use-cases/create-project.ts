import type { ProjectCreate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { insertProject, replacePartners, replaceTargets } from "../projects.repository.ts";
import { partnersWithLead } from "../projects.rules.ts";
import { checkCodeFree, checkProjectReferences } from "./check-project-references.ts";

/** Creates a project with its partners (the lead among them) and targets; returns its id. */
export async function createProject(ctx: TxContext, input: ProjectCreate): Promise<string> {
  const id = input.id ?? newId();
  const partners = partnersWithLead(input.partners ?? [], input.leadOrganizationId);
  const targets = input.targets ?? [];
  await checkCodeFree(ctx, input.code, null);
  await checkProjectReferences(ctx, {
    leadOrganizationId: input.leadOrganizationId,
    networkId: input.networkId,
    partners,
    targets,
  });
  await insertProject(ctx.tx, {
    id,
    code: input.code,
    title: input.title,
    description: input.description ?? "",
    fundLine: input.fundLine,
    startDate: input.startDate,
    endDate: input.endDate,
    leadOrganizationId: input.leadOrganizationId,
    networkId: input.networkId ?? null,
  });
  await replacePartners(ctx.tx, id, partners);
  await replaceTargets(ctx.tx, id, targets);
  const fields = [...new Set([...Object.keys(input).filter((k) => k !== "id"), "partners"])];
  ctx.audit({
    action: "project.created",
    entityType: "project",
    entityId: id,
    organizationId: input.leadOrganizationId,
    details: { fields },
  });
  return id;
}
