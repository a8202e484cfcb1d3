import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { findMissingTerritories } from "../../territories/index.ts";
import { findMissingOrganizations, findParentId } from "../organizations.repository.ts";

/** Deeper than any real hierarchy (ministry → region → union → municipality); stops a corrupt loop. */
const MAX_DEPTH = 50;

function unprocessable(field: string, message: string): AppError {
  return new AppError("UNPROCESSABLE", message, {
    issues: [{ path: `body.${field}`, message, code: "unknown_reference" }],
  });
}

export async function checkTerritory(ctx: TxContext, istatCode: string): Promise<void> {
  const missing = await findMissingTerritories(ctx.tx, [istatCode]);
  if (missing.length > 0) {
    throw unprocessable("istatCode", `The ISTAT code ${istatCode} is not a known municipality`);
  }
}

/** The parent must exist and must not be the organisation itself or one of its descendants. */
export async function checkParent(ctx: TxContext, id: string, parentId: string): Promise<void> {
  if ((await findMissingOrganizations(ctx.tx, [parentId])).length > 0) {
    throw unprocessable("parentId", "The parent organisation does not exist");
  }
  let current: string | null = parentId;
  for (let depth = 0; current !== null && depth < MAX_DEPTH; depth++) {
    if (current === id) {
      throw new AppError("UNPROCESSABLE", "An organisation cannot be its own ancestor", {
        issues: [{ path: "body.parentId", message: "would create a cycle", code: "cycle" }],
      });
    }
    current = await findParentId(ctx.tx, current);
  }
}
