import type { matchReasons } from "@approdo/contracts";

export type MatchReason = (typeof matchReasons)[number];
