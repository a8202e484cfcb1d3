import type { AuditVerify } from "@approdo/contracts";
import { verifyAuditChain as verifyChain } from "../../../platform/audit/audit.repository.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";

/**
 * Recomputes every hash of the chain, inside the caller's transaction (so under its row-level
 * security: only an actor who sees every event gets a meaningful answer). The check is recorded.
 */
export async function verifyAuditChain(ctx: TxContext): Promise<AuditVerify> {
  const result = await verifyChain(ctx.tx);
  ctx.audit({
    action: "audit.verified",
    entityType: "audit_event",
    details: { ok: result.ok, checked: result.checked, firstBrokenSeq: result.firstBroken?.seq ?? null },
  });
  return result;
}
