import type {
  PartnerRole,
  ProjectPartnerInput,
  ProjectTargetInput,
  ProjectUpdate,
  TargetIndicator,
} from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError, versionConflict } from "../../../platform/errors/app-error.ts";
import {
  findPartners,
  findTargets,
  type ProjectChanges,
  type ProjectRow,
  replacePartners,
  replaceTargets,
  updateProjectRow,
} from "../projects.repository.ts";
import {
  datesInOrder,
  partnersAfterLeadChange,
  partnersWithLead,
  samePartners,
  sameTargets,
} from "../projects.rules.ts";
import { checkCodeFree, checkProjectReferences } from "./check-project-references.ts";

const scalars = [
  "code",
  "title",
  "description",
  "fundLine",
  "startDate",
  "endDate",
  "leadOrganizationId",
  "networkId",
] as const;

function scalarChanges(current: ProjectRow, input: ProjectUpdate): ProjectChanges {
  const changes: Record<string, unknown> = {};
  for (const field of scalars) {
    const value = input[field];
    if (value !== undefined && value !== current[field]) changes[field] = value;
  }
  return changes as ProjectChanges;
}

/** The new partner list, or null when it stays as stored. */
async function nextPartners(ctx: TxContext, current: ProjectRow, input: ProjectUpdate, leadId: string) {
  if (!input.partners && leadId === current.leadOrganizationId) return null;
  const stored: ProjectPartnerInput[] = (await findPartners(ctx.tx, current.id)).map((p) => ({
    organizationId: p.organizationId,
    role: p.role as PartnerRole,
  }));
  const next = input.partners
    ? partnersWithLead(input.partners, leadId)
    : partnersAfterLeadChange(stored, leadId);
  return samePartners(next, stored) ? null : next;
}

/** The new target list, or null when it stays as stored. */
async function nextTargets(ctx: TxContext, current: ProjectRow, input: ProjectUpdate) {
  if (!input.targets) return null;
  const stored: ProjectTargetInput[] = (await findTargets(ctx.tx, current.id)).map((t) => ({
    indicator: t.indicator as TargetIndicator,
    istatCode: t.istatCode,
    value: t.value,
    note: t.note,
  }));
  return sameTargets(input.targets, stored) ? null : input.targets;
}

/**
 * A partial update of a project the caller loaded with a lock; `partners` and `targets`, when
 * sent, replace the stored lists in the same transaction. Unchanged values change nothing.
 */
export async function updateProject(
  ctx: TxContext,
  current: ProjectRow,
  input: ProjectUpdate,
): Promise<void> {
  if (input.version !== current.version) throw versionConflict(current.version);
  const changes = scalarChanges(current, input);
  if (!datesInOrder(changes.startDate ?? current.startDate, changes.endDate ?? current.endDate)) {
    const message = "The end date must not be before the start date";
    throw new AppError("VALIDATION_FAILED", message, {
      issues: [{ path: "body.endDate", message, code: "date_order" }],
    });
  }
  const leadId = changes.leadOrganizationId ?? current.leadOrganizationId;
  const partners = await nextPartners(ctx, current, input, leadId);
  const targets = await nextTargets(ctx, current, input);
  const fields = [
    ...Object.keys(changes),
    ...(partners ? ["partners"] : []),
    ...(targets ? ["targets"] : []),
  ];
  if (fields.length === 0) return;
  if (changes.code !== undefined) await checkCodeFree(ctx, changes.code, current.id);
  await checkProjectReferences(ctx, {
    leadOrganizationId: changes.leadOrganizationId,
    networkId: changes.networkId,
    partners,
    targets,
  });
  if (!(await updateProjectRow(ctx.tx, current.id, current.version, changes))) throw versionConflict();
  if (partners) await replacePartners(ctx.tx, current.id, partners);
  if (targets) await replaceTargets(ctx.tx, current.id, targets);
  ctx.audit({
    action: "project.updated",
    entityType: "project",
    entityId: current.id,
    organizationId: leadId,
    details: { fields },
  });
}
