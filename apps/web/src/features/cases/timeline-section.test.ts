import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import italian from "../../i18n/it.json";
import { describeTimelineEntry } from "./timeline-section.tsx";

const labels = {
  outcome: (code: string | null) => (code === "autonomy_reached" ? "Autonomia raggiunta" : (code ?? "—")),
  service: (code: string) => (code === "legal_advice" ? "Consulenza legale" : code),
};
const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: "it",
    resources: { it: { translation: italian } },
    interpolation: { escapeValue: false },
  });
});

describe("timeline entries, in Italian", () => {
  it("a closure names both states and the outcome, with the reason", () => {
    const described = describeTimelineEntry(
      {
        kind: "transition",
        summary: {
          from: "monitoring",
          to: "closed",
          reason: "Percorso concluso",
          outcome: "autonomy_reached",
        },
      },
      i18n.t,
      "it",
      labels,
    );
    expect(described).toEqual({
      headline: "Da «Monitoraggio» a «Chiuso» — esito: Autonomia raggiunta",
      text: "Motivo: Percorso concluso",
    });
  });

  it("the opening transition has no previous state", () => {
    const described = describeTimelineEntry(
      { kind: "transition", summary: { from: null, to: "referred", reason: "" } },
      i18n.t,
      "it",
      labels,
    );
    expect(described).toEqual({ headline: "Aperta in «Segnalato / primo contatto»", text: null });
  });

  it("a service says what, when and how long, and whether it was voided", () => {
    const described = describeTimelineEntry(
      {
        kind: "service",
        summary: {
          serviceType: "legal_advice",
          deliveredOn: "2026-03-05",
          durationMinutes: 45,
          voided: true,
        },
      },
      i18n.t,
      "it",
      labels,
    );
    expect(described.headline).toBe("Consulenza legale, il 5 mar 2026 — 45 minuti — annullato");
  });

  it("a note shows its confidentiality and its text as the server sent it", () => {
    const described = describeTimelineEntry(
      { kind: "note", summary: { confidentiality: "case_manager", body: "Colloquio con la scuola." } },
      i18n.t,
      "it",
      labels,
    );
    expect(described).toEqual({
      headline: "Nota riservata al case manager",
      text: "Colloquio con la scuola.",
    });
  });
});
