import type { TxContext } from "../../../platform/db/transaction.ts";
import { type ApiTokenRow, revokeApiToken as markRevoked } from "../api-tokens.repository.ts";

/** Revoking stops the token at its next request. Revoking it again changes nothing and records nothing. */
export async function revokeApiToken(ctx: TxContext, token: ApiTokenRow): Promise<ApiTokenRow> {
  if (token.revokedAt) return token;
  const revoked = await markRevoked(ctx.tx, token.id, new Date());
  if (!revoked) throw new Error("the token just loaded cannot be revoked");
  ctx.audit({
    action: "api_token.revoked",
    entityType: "api_token",
    entityId: token.id,
    organizationId: token.organizationId,
    details: { role: token.role },
  });
  return revoked;
}
