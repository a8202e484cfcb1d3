import type { Tx } from "../../platform/db/database.ts";

/**
 * How another module's rows that point at a person follow a merge (households, consents,
 * attachments…). `move` re-points the rows of `fromId` (the duplicate) to `toId` (the survivor)
 * and returns the ids it moved; they go into the merge's snapshot. When the merge is undone,
 * `restore` gets the same `fromId` and `toId` with those ids and puts exactly those rows back on
 * `fromId` (rows added to the survivor since stay where they are). Both run inside the merge's
 * transaction, as the acting user (row-level security applies), and must write their own audit
 * events if they need any.
 */
export interface PersonReferenceMover {
  /** Stable: it keys the snapshot of stored merges. */
  name: string;
  move(tx: Tx, fromId: string, toId: string): Promise<string[]>;
  restore(tx: Tx, fromId: string, toId: string, movedIds: string[]): Promise<void>;
}

const movers = new Map<string, PersonReferenceMover>();

/** Registers (or replaces, by name) a module's mover; call it when the module registers its routes. */
export function registerPersonReferenceMover(mover: PersonReferenceMover): void {
  movers.set(mover.name, mover);
}

export function personReferenceMovers(): PersonReferenceMover[] {
  return [...movers.values()];
}

export function personReferenceMover(name: string): PersonReferenceMover | undefined {
  return movers.get(name);
}
