import type { Role } from "./roles.ts";

/** Who is acting: a signed-in user, an API token, or the system itself (start-up, jobs, seeding). */
export interface Actor {
  kind: "user" | "token" | "system";
  userId: string | null;
  organizationId: string | null;
  roles: readonly Role[];
  /** Set for API tokens. */
  tokenId?: string;
  /** Set for cookie sessions. */
  sessionIdHash?: string;
}

export const systemActor: Actor = { kind: "system", userId: null, organizationId: null, roles: [] };

export function hasRole(actor: Actor, ...wanted: Role[]): boolean {
  return wanted.some((r) => actor.roles.includes(r));
}

/**
 * The database scope of an actor for row-level security: 'all' for administrators and the DPO,
 * 'system' for the system, otherwise 'org' (only the actor's organisation).
 */
export function dbScope(actor: Actor): "all" | "org" | "system" {
  if (actor.kind === "system") return "system";
  if (hasRole(actor, "admin", "dpo")) return "all";
  return "org";
}
