import type { PlanActionStatus, PlanVersionStatus } from "@approdo/contracts";
import { formatDate, type SummaryLanguage, summaryTexts } from "./plan-summary.i18n.ts";

/** Everything the printable summary shows, already in the beneficiary's language where it can be. */
export interface PlanSummaryModel {
  lang: SummaryLanguage;
  organizationName: string;
  caseReference: string;
  beneficiaries: string[];
  planTitle: string;
  versionNumber: number;
  versionStatus: PlanVersionStatus;
  approvedOn: string | null;
  nextReviewOn: string | null;
  agreement: { signed: boolean; agreedOn: string | null; languageName: string | null };
  needs: { domain: string; person: string | null; level: number; levelLabel: string }[];
  goals: {
    domain: string;
    person: string | null;
    description: string;
    actions: {
      description: string;
      responsible: string | null;
      dueOn: string | null;
      status: PlanActionStatus;
    }[];
  }[];
  generatedOn: string;
}

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** Text typed by users (names, goals) keeps its own direction inside the page's: <bdi>. */
function user(value: string): string {
  return `<bdi>${escapeHtml(value)}</bdi>`;
}

/**
 * Fonts that cover Arabic come first for Arabic (DejaVu Sans is the one Debian's Chromium image
 * always has; the Noto and Amiri families are used where installed).
 */
const fontStacks: Record<"latin" | "arabic", string> = {
  latin: `"DejaVu Sans", "Noto Sans", "Liberation Sans", Arial, sans-serif`,
  arabic: `"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans", "Noto Sans", sans-serif`,
};

const styles = (lang: SummaryLanguage) => `
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: ${lang === "ar" ? fontStacks.arabic : fontStacks.latin}; font-size: 10.5pt; color: #1a1a1a; line-height: 1.45; }
  h1 { font-size: 17pt; margin: 0 0 4mm; color: #003366; }
  h2 { font-size: 13pt; margin: 7mm 0 2mm; color: #003366; border-bottom: 1px solid #99b3cc; }
  h3 { font-size: 11pt; margin: 4mm 0 1mm; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; margin: 0; }
  dl.facts dt { font-weight: bold; }
  dl.facts dd { margin: 0; }
  table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; page-break-inside: auto; }
  th, td { border: 1px solid #b3b3b3; padding: 1.2mm 2mm; text-align: start; vertical-align: top; }
  th { background: #e8eef5; }
  tr { page-break-inside: avoid; }
  .notice { border: 1px solid #cc7a00; background: #fff4e0; padding: 2mm 3mm; margin: 3mm 0; }
  .signatures { margin-top: 8mm; display: grid; grid-template-columns: 1fr 1fr; gap: 10mm 12mm; }
  .signature { border-top: 1px solid #1a1a1a; padding-top: 1mm; min-height: 16mm; font-size: 9.5pt; }
  footer { margin-top: 8mm; font-size: 8.5pt; color: #555; }
`;

function levelCell(level: number, label: string): string {
  return `${level} – ${escapeHtml(label)}`;
}

/**
 * The plan summary as one self-contained HTML page (no scripts, no external resources): headings,
 * the starting needs, goals and actions, the agreement and signature lines, in the beneficiary's
 * language; `dir="rtl"` for Arabic. Chromium prints it to PDF.
 */
export function buildPlanSummaryHtml(model: PlanSummaryModel): string {
  const t = summaryTexts[model.lang];
  const dir = model.lang === "ar" ? "rtl" : "ltr";
  const date = (d: string) => escapeHtml(formatDate(d, model.lang));
  const facts: [string, string][] = [
    [t.organization, user(model.organizationName)],
    [t.caseReference, user(model.caseReference)],
    [t.beneficiaries, model.beneficiaries.map(user).join(model.lang === "ar" ? "، " : ", ") || "—"],
    [t.plan, user(model.planTitle)],
    [t.version, `${model.versionNumber} (${escapeHtml(t.versionStatus[model.versionStatus])})`],
  ];
  if (model.approvedOn) facts.push([t.approvedOn, date(model.approvedOn)]);
  facts.push([t.nextReview, model.nextReviewOn ? date(model.nextReviewOn) : escapeHtml(t.notScheduled)]);

  const needs = model.needs.length
    ? `<p>${escapeHtml(t.needsIntro)}</p>
       <table><thead><tr><th scope="col">${escapeHtml(t.domain)}</th><th scope="col">${escapeHtml(t.person)}</th><th scope="col">${escapeHtml(t.level)}</th></tr></thead>
       <tbody>${model.needs
         .map(
           (n) =>
             `<tr><td>${escapeHtml(n.domain)}</td><td>${n.person ? user(n.person) : escapeHtml(t.wholeHousehold)}</td><td>${levelCell(n.level, n.levelLabel)}</td></tr>`,
         )
         .join("")}</tbody></table>`
    : `<p>${escapeHtml(t.noAssessment)}</p>`;

  const goals = model.goals.length
    ? model.goals
        .map((g, i) => {
          const who = g.person ? ` – ${user(g.person)}` : "";
          const actions = g.actions.length
            ? `<table><thead><tr><th scope="col">${escapeHtml(t.action)}</th><th scope="col">${escapeHtml(t.responsible)}</th><th scope="col">${escapeHtml(t.due)}</th><th scope="col">${escapeHtml(t.status)}</th></tr></thead>
               <tbody>${g.actions
                 .map(
                   (a) =>
                     `<tr><td>${user(a.description)}</td><td>${a.responsible ? user(a.responsible) : "—"}</td><td>${a.dueOn ? date(a.dueOn) : escapeHtml(t.noDueDate)}</td><td>${escapeHtml(t.actionStatus[a.status])}</td></tr>`,
                 )
                 .join("")}</tbody></table>`
            : `<p>${escapeHtml(t.noActions)}</p>`;
          return `<section class="goal"><h3>${escapeHtml(t.goal)} ${i + 1}: ${escapeHtml(g.domain)}${who}</h3><p>${user(g.description)}</p>${actions}</section>`;
        })
        .join("")
    : `<p>${escapeHtml(t.noGoals)}</p>`;

  const recorded =
    model.agreement.signed && model.agreement.agreedOn
      ? `<p>${escapeHtml(t.agreementRecorded)} ${date(model.agreement.agreedOn)}${
          model.agreement.languageName
            ? ` (${escapeHtml(t.agreementLanguage)}: ${escapeHtml(model.agreement.languageName)})`
            : ""
        }.</p>`
      : "";
  const draft =
    model.versionStatus === "approved" ? "" : `<p class="notice">${escapeHtml(t.draftNotice)}</p>`;

  return `<!DOCTYPE html>
<html lang="${model.lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(t.documentTitle)}</title>
<style>${styles(model.lang)}</style>
</head>
<body>
<h1>${escapeHtml(t.documentTitle)}</h1>
${draft}
<dl class="facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join("")}</dl>
<h2>${escapeHtml(t.needsHeading)}</h2>
${needs}
<h2>${escapeHtml(t.goalsHeading)}</h2>
${goals}
<h2>${escapeHtml(t.agreementHeading)}</h2>
<p>${escapeHtml(t.agreementText)}</p>
${recorded}
<div class="signatures">
  <div class="signature">${escapeHtml(t.signatureBeneficiary)}</div>
  <div class="signature">${escapeHtml(t.placeAndDate)}</div>
  <div class="signature">${escapeHtml(t.signatureCaseManager)}</div>
  <div class="signature">${escapeHtml(t.signatureMediator)}</div>
</div>
<footer>${escapeHtml(t.generatedOn)} ${date(model.generatedOn)}</footer>
</body>
</html>`;
}
