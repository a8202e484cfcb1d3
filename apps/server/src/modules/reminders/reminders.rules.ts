import type { ReminderKind } from "@approdo/contracts";

/** Today on the Italian calendar (the services' days), as YYYY-MM-DD. */
export function todayInItaly(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(now);
}

export interface DigestItem {
  kind: string;
  dueOn: string;
  caseReference: string | null;
}

type DigestLocale = "it" | "en";

const texts: Record<
  DigestLocale,
  {
    subject: (n: number) => string;
    intro: (n: number) => string;
    kinds: Record<ReminderKind, string>;
    caseWord: string;
    outro: string;
  }
> = {
  it: {
    subject: (n) => (n === 1 ? "Approdo: 1 nuovo promemoria" : `Approdo: ${n} nuovi promemoria`),
    intro: (n) => (n === 1 ? "Hai 1 nuovo promemoria in Approdo:" : `Hai ${n} nuovi promemoria in Approdo:`),
    kinds: {
      plan_review_due: "Revisione del progetto personalizzato",
      action_overdue: "Azione del progetto scaduta",
      permit_expiring: "Permesso di soggiorno in scadenza",
      case_inactive: "Caso senza attività",
      approval_pending: "Approvazione in attesa",
    },
    caseWord: "caso",
    outro:
      "Accedi ad Approdo per vedere i dettagli. Questo messaggio non contiene dati personali; non rispondere.",
  },
  en: {
    subject: (n) => (n === 1 ? "Approdo: 1 new reminder" : `Approdo: ${n} new reminders`),
    intro: (n) =>
      n === 1 ? "You have 1 new reminder in Approdo:" : `You have ${n} new reminders in Approdo:`,
    kinds: {
      plan_review_due: "Personalised plan review",
      action_overdue: "Plan action overdue",
      permit_expiring: "Residence permit expiring",
      case_inactive: "Case without activity",
      approval_pending: "Approval waiting",
    },
    caseWord: "case",
    outro: "Log in to Approdo to see the details. This message holds no personal data; do not reply.",
  },
};

function localeOf(locale: string): DigestLocale {
  return locale.toLowerCase().startsWith("en") ? "en" : "it";
}

function formatDay(day: string, locale: DigestLocale): string {
  const [y, m, d] = day.split("-");
  return locale === "it" ? `${d}/${m}/${y}` : `${y}-${m}-${d}`;
}

/**
 * The daily digest mail, in the user's language (Italian unless it is English). It names only
 * the kind, the due day and the case reference of each reminder: never a person, a note or a
 * document; the details are behind sign-in.
 */
export function composeDigest(
  locale: string,
  items: readonly DigestItem[],
): { subject: string; text: string } {
  const l = localeOf(locale);
  const t = texts[l];
  const lines = items.map((item) => {
    const label = t.kinds[item.kind as ReminderKind] ?? item.kind;
    const ref = item.caseReference ? ` – ${t.caseWord} ${item.caseReference}` : "";
    return `- ${label}${ref} – ${formatDay(item.dueOn, l)}`;
  });
  return {
    subject: t.subject(items.length),
    text: [t.intro(items.length), "", ...lines, "", t.outro, ""].join("\n"),
  };
}
