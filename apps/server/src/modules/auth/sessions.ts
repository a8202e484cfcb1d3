import type { AppConfig } from "../../config.ts";
import type { Tx } from "../../platform/db/database.ts";
import { randomToken, sha256Hex } from "../../platform/security/secrets.ts";
import { insertSession } from "./auth.repository.ts";

export const SESSION_COOKIE = "approdo_session";

export interface IssuedSession {
  /** The cookie value: shown to the browser once, stored only as its hash. */
  token: string;
  idHash: string;
  csrfToken: string;
}

export async function issueSession(
  tx: Tx,
  config: AppConfig,
  userId: string,
  pendingTotp: boolean,
  ip: string | null,
): Promise<IssuedSession> {
  const token = randomToken(32);
  const idHash = sha256Hex(token);
  const csrfToken = randomToken(24);
  // A half-signed-in session (password ok, code pending) lives five minutes.
  const ttlMs = pendingTotp ? 5 * 60_000 : config.sessionAbsoluteHours * 3_600_000;
  await insertSession(tx, {
    idHash,
    userId,
    csrfToken,
    pendingTotp,
    expiresAt: new Date(Date.now() + ttlMs),
    ip,
  });
  return { token, idHash, csrfToken };
}

export function cookieOptions(config: AppConfig) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "strict" as const,
    secure: config.env === "production",
  };
}
