import type { Actor } from "../../platform/authz/actor.ts";

/** Reminders belong to a person: signed-in users have them, API tokens and the system do not. */
export function hasReminders(actor: Actor): actor is Actor & { userId: string } {
  return actor.kind === "user" && actor.userId !== null;
}

/** Queueing the generation by hand (it also runs every hour) is for administrators. */
export function canQueueGeneration(actor: Actor): boolean {
  return actor.kind === "user" && actor.roles.includes("admin");
}
