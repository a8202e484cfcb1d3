/**
 * Optional outgoing mail (SMTP), used for the daily reminder digest. Either `SMTP_URL`
 * (`smtp://user:pass@host:587` or `smtps://…:465`) or `SMTP_HOST` with `SMTP_PORT`, `SMTP_USER`,
 * `SMTP_PASSWORD`, `SMTP_SECURE`; `SMTP_FROM` is required as soon as one of them is set.
 * Nothing set: no mail is sent at all.
 */
export type SmtpConfig =
  | { url: string; from: string }
  | {
      host: string;
      port: number;
      /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
      secure: boolean;
      user: string | null;
      password: string | null;
      from: string;
    };

export class MailConfigError extends Error {}

export function loadSmtpConfig(env: NodeJS.ProcessEnv): SmtpConfig | null {
  const url = env.SMTP_URL?.trim() || null;
  const host = env.SMTP_HOST?.trim() || null;
  if (!url && !host) return null;
  const from = env.SMTP_FROM?.trim();
  if (!from) throw new MailConfigError("SMTP_URL or SMTP_HOST is set but SMTP_FROM is missing");
  if (url) {
    if (!/^smtps?:\/\/[^/]+/.test(url)) {
      throw new MailConfigError("SMTP_URL must start with smtp:// or smtps://");
    }
    return { url, from };
  }
  const secure = ["1", "true"].includes((env.SMTP_SECURE ?? "").toLowerCase());
  const portText = env.SMTP_PORT?.trim() || (secure ? "465" : "587");
  const port = Number(portText);
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) {
    throw new MailConfigError(`SMTP_PORT must be a port number, got "${portText}"`);
  }
  return {
    host: host ?? "",
    port,
    secure,
    user: env.SMTP_USER?.trim() || null,
    password: env.SMTP_PASSWORD ?? null,
    from,
  };
}
