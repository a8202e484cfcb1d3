import { type Actor, hasRole } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";

/** The roles that register and follow people (the people module's), and so keep their documents. */
const caseWorkRoles: readonly Role[] = [
  "operator",
  "outreach_worker",
  "case_manager",
  "psychologist",
  "legal_advisor",
  "cultural_mediator",
  "housing_advisor",
  "job_advisor",
  "org_coordinator",
  "project_coordinator",
];

/** Administration, DPO and network governance do not see case content, even with another role. */
const noPersonalDataRoles: readonly Role[] = ["admin", "dpo", "network_governance"];

/**
 * Whoever may upload, list, download and delete a person's documents: a user or token of an
 * organisation in a case-work role. Which persons is decided by whether the person is visible to
 * that organisation (row-level security on people and attachments backs it).
 */
export function canWorkWithAttachments(actor: Actor): boolean {
  return (
    (actor.kind === "user" || actor.kind === "token") &&
    actor.organizationId !== null &&
    hasRole(actor, ...caseWorkRoles) &&
    !hasRole(actor, ...noPersonalDataRoles)
  );
}

/**
 * Deleting is for the organisation that uploaded the document: a partner that may read a shared
 * person's documents does not remove another organisation's record (row-level security agrees).
 */
export function canDeleteAttachment(actor: Actor, attachment: { organizationId: string }): boolean {
  return canWorkWithAttachments(actor) && attachment.organizationId === actor.organizationId;
}
