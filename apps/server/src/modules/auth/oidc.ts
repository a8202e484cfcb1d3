import { createHmac } from "node:crypto";
import * as client from "openid-client";
import type { AppConfig, OidcConfig } from "../../config.ts";
import { decryptSecret, encryptSecret } from "../../platform/security/secrets.ts";

/**
 * Sign-in through an OpenID Connect provider: in Italy a SPID/CIE broker (an "aggregatore" or
 * the regional identity gateway) that speaks plain OIDC to us. The provider authenticates the
 * person; Approdo only maps the configured claim to an existing, active user (no provisioning).
 */

/** The short-lived cookie that carries PKCE verifier, state and nonce from /login to /callback. */
export const OIDC_STATE_COOKIE = "approdo_oidc";
export const OIDC_COOKIE_PATH = "/api/v1/auth/oidc";
export const OIDC_STATE_TTL_SECONDS = 600;
const SCOPE = "openid profile";

/**
 * Extra openid-client discovery options. Production never sets any; the integration test adds
 * `execute: [allowInsecureRequests]` for its fake provider on http://127.0.0.1.
 */
export const oidcDiscoveryOptions: { execute: Array<(configuration: client.Configuration) => void> } = {
  execute: [],
};

export interface OidcState {
  codeVerifier: string;
  state: string;
  nonce: string;
  /** Epoch milliseconds after which the cookie is refused even if the browser still sends it. */
  expiresAt: number;
}

/** A key of its own for the state cookie, derived from the secret key (never reuse a key across purposes). */
function stateKey(config: AppConfig): Buffer {
  return createHmac("sha256", config.secretKey).update("approdo/oidc-state-cookie/v1").digest();
}

/** AES-256-GCM: the cookie is both confidential (the PKCE verifier) and tamper-evident. */
export function sealOidcState(config: AppConfig, state: OidcState): string {
  return encryptSecret(stateKey(config), JSON.stringify(state));
}

export function openOidcState(
  config: AppConfig,
  sealed: string | undefined,
  now = Date.now(),
): OidcState | null {
  if (!sealed) return null;
  try {
    const value = JSON.parse(decryptSecret(stateKey(config), sealed)) as Partial<OidcState>;
    if (
      typeof value.codeVerifier !== "string" ||
      typeof value.state !== "string" ||
      typeof value.nonce !== "string" ||
      typeof value.expiresAt !== "number" ||
      value.expiresAt < now
    ) {
      return null;
    }
    return value as OidcState;
  } catch {
    return null;
  }
}

/**
 * SPID and CIE deliver the fiscal code as "TINIT-<codice fiscale>" (ETSI semantics identifier);
 * Approdo usernames carry the bare code. Anything else is used as it is, trimmed.
 */
export function usernameFromClaim(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  const bare = /^TINIT-/i.test(trimmed) ? trimmed.slice(6) : trimmed;
  return bare.length > 0 ? bare : null;
}

export interface OidcClient {
  /** Where to send the browser, and the state to keep in the cookie. */
  startLogin(): Promise<{ url: URL; state: OidcState }>;
  /** Exchanges the code for tokens (checking state, nonce, PKCE and the ID token) and returns its claims. */
  finishLogin(callbackQuery: string, state: OidcState): Promise<Record<string, unknown>>;
}

/** One client per application instance; discovery runs on first use and is retried after a failure. */
export function createOidcClient(oidc: OidcConfig): OidcClient {
  let configuration: Promise<client.Configuration> | null = null;

  function discover(): Promise<client.Configuration> {
    if (!configuration) {
      configuration = client
        .discovery(new URL(oidc.issuer), oidc.clientId, oidc.clientSecret, undefined, {
          execute: [...oidcDiscoveryOptions.execute],
          timeout: 10,
        })
        .catch((error: unknown) => {
          configuration = null;
          throw error;
        });
    }
    return configuration;
  }

  return {
    async startLogin() {
      const c = await discover();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state: OidcState = {
        codeVerifier,
        state: client.randomState(),
        nonce: client.randomNonce(),
        expiresAt: Date.now() + OIDC_STATE_TTL_SECONDS * 1000,
      };
      const url = client.buildAuthorizationUrl(c, {
        redirect_uri: oidc.redirectUri,
        scope: SCOPE,
        response_type: "code",
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: "S256",
        state: state.state,
        nonce: state.nonce,
      });
      return { url, state };
    },
    async finishLogin(callbackQuery, state) {
      const c = await discover();
      // The redirect URI we registered, not the URL this process sees behind a reverse proxy.
      const currentUrl = new URL(oidc.redirectUri);
      currentUrl.search = callbackQuery;
      const tokens = await client.authorizationCodeGrant(c, currentUrl, {
        pkceCodeVerifier: state.codeVerifier,
        expectedState: state.state,
        expectedNonce: state.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error("the provider returned no ID token");
      return claims as Record<string, unknown>;
    },
  };
}
