import { useCallback, useRef } from "react";
import { newIdempotencyKey } from "./idempotency-key.ts";

/**
 * One key per create intent: kept across retries of the same form (so a lost answer cannot
 * create twice) and renewed once the create has succeeded.
 */
export function useIdempotencyKey(): { current: () => string; renew: () => void } {
  const key = useRef<string | null>(null);
  const current = useCallback(() => {
    key.current ??= newIdempotencyKey();
    return key.current;
  }, []);
  const renew = useCallback(() => {
    key.current = null;
  }, []);
  return { current, renew };
}
