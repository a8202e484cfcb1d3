import type { ProjectPartnerInput, ProjectTargetInput } from "@approdo/contracts";
import { AppError } from "../../platform/errors/app-error.ts";

function invalidPartners(message: string): AppError {
  return new AppError("VALIDATION_FAILED", message, {
    issues: [{ path: "body.partners", message, code: "lead_partner" }],
  });
}

/**
 * A partner list as sent by a client, checked against the lead: the lead is added with role
 * "lead" when missing; the lead with another role, or another organisation as "lead", contradict
 * the lead field and are refused rather than silently rewritten.
 */
export function partnersWithLead(
  partners: readonly ProjectPartnerInput[],
  leadId: string,
): ProjectPartnerInput[] {
  const lead = partners.find((p) => p.organizationId === leadId);
  if (lead && lead.role !== "lead") {
    throw invalidPartners("The lead organisation must have the role lead among the partners");
  }
  if (partners.some((p) => p.role === "lead" && p.organizationId !== leadId)) {
    throw invalidPartners("Only the lead organisation may have the role lead");
  }
  return lead ? [...partners] : [{ organizationId: leadId, role: "lead" }, ...partners];
}

/**
 * The stored partners after the lead changed without a new partner list: the former lead stays a
 * partner, the new lead becomes (or joins as) the lead.
 */
export function partnersAfterLeadChange(
  partners: readonly ProjectPartnerInput[],
  newLeadId: string,
): ProjectPartnerInput[] {
  const rest = partners
    .filter((p) => p.organizationId !== newLeadId)
    .map((p) => (p.role === "lead" ? { ...p, role: "partner" as const } : p));
  return [{ organizationId: newLeadId, role: "lead" }, ...rest];
}

/** Whether two partner lists hold the same organisations with the same roles, in any order. */
export function samePartners(a: readonly ProjectPartnerInput[], b: readonly ProjectPartnerInput[]): boolean {
  const key = (list: readonly ProjectPartnerInput[]) =>
    list
      .map((p) => `${p.organizationId}:${p.role}`)
      .sort()
      .join(",");
  return key(a) === key(b);
}

/** Whether two target lists hold the same targets, in any order. */
export function sameTargets(a: readonly ProjectTargetInput[], b: readonly ProjectTargetInput[]): boolean {
  const key = (list: readonly ProjectTargetInput[]) =>
    list
      .map((t) => JSON.stringify([t.indicator, t.istatCode, t.value, t.note]))
      .sort()
      .join("\n");
  return key(a) === key(b);
}

/** ISO dates compare as strings. */
export function datesInOrder(startDate: string, endDate: string): boolean {
  return endDate >= startDate;
}
