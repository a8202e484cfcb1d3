import type { AppConfig } from "../../../config.ts";
import { systemActor } from "../../../platform/authz/actor.ts";
import type { Database } from "../../../platform/db/database.ts";
import { inTransaction, noMeta } from "../../../platform/db/transaction.ts";
import type { MailTransport } from "../../../platform/mail/mailer.ts";
import { findUnmailedReminders, markEmailed } from "../reminders.repository.ts";
import { composeDigest } from "../reminders.rules.ts";

export interface DigestResult {
  /** Why nothing was sent, when nothing could be. */
  skipped: "demo_mode" | "not_configured" | null;
  sent: number;
  failed: number;
}

/**
 * The daily digest: one mail per user with the reminders not mailed yet (then marked emailed_at).
 * Never in demo mode and never without SMTP. A mail holds the kind, due day and case reference of
 * each reminder only ("log in to see the details"); nothing about recipients or failures is
 * logged beyond counts. A failed delivery is tried again with the next digest.
 */
export async function sendReminderDigests(
  deps: { config: Pick<AppConfig, "demoMode">; database: Database },
  transport: MailTransport | null,
): Promise<DigestResult> {
  if (deps.config.demoMode) return { skipped: "demo_mode", sent: 0, failed: 0 };
  if (!transport) return { skipped: "not_configured", sent: 0, failed: 0 };
  const digests = await inTransaction(deps.database, systemActor, noMeta, ({ tx }) =>
    findUnmailedReminders(tx),
  );
  const delivered: string[] = [];
  let failed = 0;
  for (const digest of digests) {
    const mail = composeDigest(digest.locale, digest.items);
    try {
      await transport.send({ to: digest.email, ...mail });
      delivered.push(...digest.items.map((i) => i.id));
    } catch {
      failed++;
    }
  }
  await inTransaction(deps.database, systemActor, noMeta, async (ctx) => {
    await markEmailed(ctx.tx, delivered);
    ctx.audit({
      action: "reminders.digest_sent",
      entityType: "system",
      organizationId: null,
      details: { mails: digests.length - failed, failed, reminders: delivered.length },
    });
  });
  return { skipped: null, sent: digests.length - failed, failed };
}
