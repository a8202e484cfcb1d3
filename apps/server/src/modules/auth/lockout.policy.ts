/**
 * Account lock-out with back-off: the first FREE_ATTEMPTS - 1 failures cost nothing; the FREE_ATTEMPTS-th
 * locks the account for FIRST_LOCK_SECONDS and each further
 * failure locks the account for twice as long as the previous one, up to an hour.
 */
export const FREE_ATTEMPTS = 5;
export const FIRST_LOCK_SECONDS = 60;
export const MAX_LOCK_SECONDS = 3600;

export function lockSecondsAfter(failedAttempts: number): number {
  if (failedAttempts < FREE_ATTEMPTS) return 0;
  const doublings = failedAttempts - FREE_ATTEMPTS;
  return Math.min(FIRST_LOCK_SECONDS * 2 ** Math.min(doublings, 16), MAX_LOCK_SECONDS);
}

export function lockedFor(lockedUntil: Date | null, now: Date): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
}
