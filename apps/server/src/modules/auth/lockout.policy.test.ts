import { describe, expect, it } from "vitest";
import {
  FIRST_LOCK_SECONDS,
  FREE_ATTEMPTS,
  lockedFor,
  lockSecondsAfter,
  MAX_LOCK_SECONDS,
} from "./lockout.policy.ts";

describe("lockSecondsAfter: the lock that follows the n-th consecutive failure", () => {
  it.each([
    [0, 0],
    [1, 0],
    [4, 0],
    [5, 60],
    [6, 120],
    [7, 240],
    [8, 480],
    [9, 960],
    [10, 1920],
    [11, 3600],
    [12, 3600],
    [50, 3600],
    [10_000, 3600],
  ])("after %i failures → %i s", (failures, seconds) => {
    expect(lockSecondsAfter(failures)).toBe(seconds);
  });

  it("locks from the FREE_ATTEMPTS-th failure, starting at FIRST_LOCK_SECONDS, never above MAX_LOCK_SECONDS", () => {
    expect(lockSecondsAfter(FREE_ATTEMPTS - 1)).toBe(0);
    expect(lockSecondsAfter(FREE_ATTEMPTS)).toBe(FIRST_LOCK_SECONDS);
    for (let n = 0; n < 200; n++) {
      expect(lockSecondsAfter(n)).toBeLessThanOrEqual(MAX_LOCK_SECONDS);
      expect(lockSecondsAfter(n + 1)).toBeGreaterThanOrEqual(lockSecondsAfter(n));
    }
  });
});

describe("lockedFor: seconds left on a lock", () => {
  const now = new Date("2025-03-01T10:00:00.000Z");
  it.each([
    ["no lock", null, 0],
    ["expired a minute ago", new Date("2025-03-01T09:59:00.000Z"), 0],
    ["expiring right now", now, 0],
    ["1 ms left (rounded up)", new Date("2025-03-01T10:00:00.001Z"), 1],
    ["1.5 s left", new Date("2025-03-01T10:00:01.500Z"), 2],
    ["an hour left", new Date("2025-03-01T11:00:00.000Z"), 3600],
  ])("%s → %i", (_label, until, seconds) => {
    expect(lockedFor(until, now)).toBe(seconds);
  });
});
