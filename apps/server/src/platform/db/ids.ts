import { uuidv7 } from "uuidv7";

/** Time-ordered ids (UUIDv7), made in TypeScript: PostgreSQL 15 has no uuidv7(). */
export function newId(): string {
  return uuidv7();
}
