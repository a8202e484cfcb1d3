import { describe, expect, it } from "vitest";
import { composeDigest, todayInItaly } from "./reminders.rules.ts";

describe("reminder digest", () => {
  const items = [
    { kind: "plan_review_due", dueOn: "2026-05-12", caseReference: "2026-000123" },
    { kind: "approval_pending", dueOn: "2026-05-10", caseReference: null },
  ];

  it("is in Italian by default, with kind, case reference and date only", () => {
    const mail = composeDigest("it", items);
    expect(mail.subject).toBe("Approdo: 2 nuovi promemoria");
    expect(mail.text).toContain("- Revisione del progetto personalizzato – caso 2026-000123 – 12/05/2026");
    expect(mail.text).toContain("- Approvazione in attesa – 10/05/2026");
    expect(mail.text).toContain("Accedi ad Approdo per vedere i dettagli");
    expect(composeDigest("fr", items.slice(0, 1)).subject).toBe("Approdo: 1 nuovo promemoria");
  });

  it("is in English for English-speaking users", () => {
    const mail = composeDigest("en", items);
    expect(mail.subject).toBe("Approdo: 2 new reminders");
    expect(mail.text).toContain("- Personalised plan review – case 2026-000123 – 2026-05-12");
    expect(mail.text).toContain("Log in to Approdo to see the details");
  });

  it("counts days on the Italian calendar", () => {
    expect(todayInItaly(new Date("2026-03-31T22:30:00Z"))).toBe("2026-04-01");
  });
});
