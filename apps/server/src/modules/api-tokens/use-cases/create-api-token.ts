import type { Role } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { randomToken, sha256Hex } from "../../../platform/security/secrets.ts";
import { expiryProblem, tokenRoleProblem } from "../api-tokens.policy.ts";
import { type ApiTokenRow, insertApiToken, organizationExists } from "../api-tokens.repository.ts";

export const TOKEN_PREFIX = "apd_";

export interface IssuedApiToken {
  row: ApiTokenRow;
  /** Shown once to the administrator; only its sha256 is stored. */
  token: string;
}

/** Issues a token that acts with one role in one organisation, like a user of that organisation would. */
export async function createApiToken(
  ctx: TxContext,
  input: { name: string; organizationId: string; role: Role; expiresAt?: string | undefined },
): Promise<IssuedApiToken> {
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  const problem = expiryProblem(expiresAt, new Date());
  if (problem) throw new AppError("UNPROCESSABLE", problem, { field: "expiresAt" });
  const roleProblem = tokenRoleProblem(input.role);
  if (roleProblem) throw new AppError("UNPROCESSABLE", roleProblem, { field: "role" });
  if (!(await organizationExists(ctx.tx, input.organizationId))) {
    throw new AppError("UNPROCESSABLE", "The organisation does not exist", { field: "organizationId" });
  }
  const token = `${TOKEN_PREFIX}${randomToken(32)}`;
  const row = await insertApiToken(ctx.tx, {
    id: newId(),
    name: input.name,
    organizationId: input.organizationId,
    role: input.role,
    tokenHash: sha256Hex(token),
    createdBy: ctx.actor.userId,
    expiresAt,
  });
  ctx.audit({
    action: "api_token.created",
    entityType: "api_token",
    entityId: row.id,
    organizationId: row.organizationId,
    details: { role: row.role, expiresAt: row.expiresAt?.toISOString() ?? null },
  });
  return { row, token };
}
