import { describe, expect, it } from "vitest";
import { buildPlanSummaryHtml, escapeHtml, type PlanSummaryModel } from "./plan-summary.html.ts";
import { formatDate, summaryTexts } from "./plan-summary.i18n.ts";

function model(lang: PlanSummaryModel["lang"]): PlanSummaryModel {
  return {
    lang,
    organizationName: "Comune di Palermo",
    caseReference: "2026-000123",
    beneficiaries: ["Amina Haddad", "Youssef Haddad"],
    planTitle: "Percorso <autonomia> & casa",
    versionNumber: 2,
    versionStatus: "approved",
    approvedOn: "2026-03-04",
    nextReviewOn: "2026-09-30",
    agreement: { signed: true, agreedOn: "2026-03-05", languageName: "arabo" },
    needs: [{ domain: "Abitare", person: null, level: 3, levelLabel: "Bisogno elevato" }],
    goals: [
      {
        domain: "Abitare",
        person: "Amina Haddad",
        description: "Trovare un alloggio",
        actions: [
          {
            description: "Bando case popolari",
            responsible: "Comune di Palermo",
            dueOn: "2026-07-15",
            status: "in_progress",
          },
        ],
      },
    ],
    generatedOn: "2026-03-06",
  };
}

describe("plan summary HTML", () => {
  it("lays Arabic out right-to-left, with Arabic texts and a font stack that covers Arabic", () => {
    const html = buildPlanSummaryHtml(model("ar"));
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html).toContain(summaryTexts.ar.documentTitle);
    expect(html).toContain(summaryTexts.ar.signatureBeneficiary);
    expect(html).toContain(summaryTexts.ar.actionStatus.in_progress);
    expect(html).toMatch(/font-family: "Noto Naskh Arabic"[^;]*"DejaVu Sans"/);
    // Latin names keep their own direction inside the Arabic page.
    expect(html).toContain("<bdi>Amina Haddad</bdi>");
    expect(html).toContain(formatDate("2026-07-15", "ar"));
  });

  it.each(["it", "en", "fr"] as const)("prints %s left-to-right with its own headings and dates", (lang) => {
    const html = buildPlanSummaryHtml(model(lang));
    expect(html).toContain(`<html lang="${lang}" dir="ltr">`);
    expect(html).toContain(escapeHtml(summaryTexts[lang].goalsHeading));
    expect(html).toContain(escapeHtml(summaryTexts[lang].signatureCaseManager));
    expect(html).toContain(escapeHtml(formatDate("2026-09-30", lang)));
    expect(html).not.toContain(escapeHtml(summaryTexts[lang].draftNotice));
  });

  it("escapes what users typed, never loads anything, and marks drafts", () => {
    const html = buildPlanSummaryHtml({ ...model("it"), versionStatus: "draft", approvedOn: null });
    expect(html).toContain("Percorso &lt;autonomia&gt; &amp; casa");
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain(escapeHtml(summaryTexts.it.draftNotice));
  });

  it("formats dates per locale, Arabic with Western digits", () => {
    expect(formatDate("2026-07-15", "it")).toBe("15 luglio 2026");
    expect(formatDate("2026-07-15", "en")).toBe("15 July 2026");
    expect(formatDate("2026-07-15", "fr")).toBe("15 juillet 2026");
    expect(formatDate("2026-07-15", "ar")).toMatch(/15.*2026/);
  });

  it("has every text in every language", () => {
    const keys = (o: object) => JSON.stringify(Object.keys(o).sort());
    for (const lang of ["en", "fr", "ar"] as const)
      expect(keys(summaryTexts[lang])).toBe(keys(summaryTexts.it));
  });
});
