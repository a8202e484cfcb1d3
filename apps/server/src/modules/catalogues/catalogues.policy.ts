import { type Actor, hasRole } from "../../platform/authz/actor.ts";

/** Catalogues are reference data: everyone signed in (user or API token) reads them. */
export function canReadCatalogues(actor: Actor): boolean {
  return actor.kind === "user" || actor.kind === "token";
}

/** Adding and changing entries (per network or instance-wide): system administrators only. */
export function canAdministerCatalogues(actor: Actor): boolean {
  return actor.kind === "user" && hasRole(actor, "admin");
}
