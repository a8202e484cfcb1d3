import nodemailer from "nodemailer";
import type { SmtpConfig } from "./mail-config.ts";

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text only. */
  text: string;
}

/** Sends one message; tests inject a fake that records what would have been sent. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

/** A nodemailer SMTP transport. Errors are re-thrown without their message (it may quote addresses). */
export function createSmtpTransport(config: SmtpConfig): MailTransport {
  const transporter =
    "url" in config
      ? nodemailer.createTransport(config.url)
      : nodemailer.createTransport({
          host: config.host,
          port: config.port,
          secure: config.secure,
          ...(config.user ? { auth: { user: config.user, pass: config.password ?? "" } } : {}),
        });
  return {
    async send(message) {
      try {
        await transporter.sendMail({ from: config.from, ...message });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        throw new Error(`SMTP delivery failed${typeof code === "string" ? ` (${code})` : ""}`);
      }
    },
  };
}
