import type { ProjectPartnerInput, ProjectTargetInput } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { findMissingOrganizations } from "../../organizations/index.ts";
import { findMissingNetworks, findMissingTerritories } from "../../territories/index.ts";
import { findProjectIdByCode } from "../projects.repository.ts";

interface Issue {
  path: string;
  message: string;
  code: string;
}

export interface ProjectReferences {
  leadOrganizationId?: string | undefined;
  networkId?: string | null | undefined;
  partners?: readonly ProjectPartnerInput[] | null | undefined;
  targets?: readonly ProjectTargetInput[] | null | undefined;
}

/** Every organisation, network and territory the project points to must exist: 422 otherwise. */
export async function checkProjectReferences(ctx: TxContext, refs: ProjectReferences): Promise<void> {
  const issues: Issue[] = [];
  const orgIds = [
    ...(refs.leadOrganizationId ? [refs.leadOrganizationId] : []),
    ...(refs.partners ?? []).map((p) => p.organizationId),
  ];
  const missingOrgs = new Set(await findMissingOrganizations(ctx.tx, orgIds));
  if (refs.leadOrganizationId && missingOrgs.has(refs.leadOrganizationId)) {
    issues.push({
      path: "body.leadOrganizationId",
      message: "No such organisation",
      code: "unknown_reference",
    });
  }
  (refs.partners ?? []).forEach((p, i) => {
    if (missingOrgs.has(p.organizationId) && p.organizationId !== refs.leadOrganizationId) {
      issues.push({
        path: `body.partners.${i}.organizationId`,
        message: "No such organisation",
        code: "unknown_reference",
      });
    }
  });
  if (refs.networkId && (await findMissingNetworks(ctx.tx, [refs.networkId])).length > 0) {
    issues.push({ path: "body.networkId", message: "No such network", code: "unknown_reference" });
  }
  const codes = (refs.targets ?? []).flatMap((t) => (t.istatCode ? [t.istatCode] : []));
  const missingCodes = new Set(await findMissingTerritories(ctx.tx, codes));
  (refs.targets ?? []).forEach((t, i) => {
    if (t.istatCode && missingCodes.has(t.istatCode)) {
      issues.push({
        path: `body.targets.${i}.istatCode`,
        message: `The ISTAT code ${t.istatCode} is not a known municipality`,
        code: "unknown_reference",
      });
    }
  });
  if (issues.length > 0) {
    throw new AppError("UNPROCESSABLE", issues.map((i) => `${i.path}: ${i.message}`).join("; "), { issues });
  }
}

/** Project codes are unique ignoring case; `exceptId` is the project being renamed. */
export async function checkCodeFree(ctx: TxContext, code: string, exceptId: string | null): Promise<void> {
  const holder = await findProjectIdByCode(ctx.tx, code);
  if (holder !== null && holder !== exceptId) {
    throw new AppError("ALREADY_EXISTS", `Another project already has the code ${code}`, { field: "code" });
  }
}
