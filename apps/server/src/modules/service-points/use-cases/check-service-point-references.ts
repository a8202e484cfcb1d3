import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { findMissingOrganizations } from "../../organizations/index.ts";
import { findMissingTerritories } from "../../territories/index.ts";

/** The running organisation and the municipality must exist: 422 otherwise. */
export async function checkServicePointReferences(
  ctx: TxContext,
  refs: { organizationId?: string | undefined; istatCode?: string | undefined },
): Promise<void> {
  const issues: { path: string; message: string; code: string }[] = [];
  if (refs.organizationId && (await findMissingOrganizations(ctx.tx, [refs.organizationId])).length > 0) {
    issues.push({ path: "body.organizationId", message: "No such organisation", code: "unknown_reference" });
  }
  if (refs.istatCode && (await findMissingTerritories(ctx.tx, [refs.istatCode])).length > 0) {
    issues.push({
      path: "body.istatCode",
      message: `The ISTAT code ${refs.istatCode} is not a known municipality`,
      code: "unknown_reference",
    });
  }
  if (issues.length > 0) {
    throw new AppError("UNPROCESSABLE", issues.map((i) => i.message).join("; "), { issues });
  }
}
