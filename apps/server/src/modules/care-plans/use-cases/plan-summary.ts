import { languageOf } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { notFound } from "../../../platform/errors/app-error.ts";
import { defaultLevelLabels, findLatestLevels, labelIn, loadDomainMap } from "../../assessments/index.ts";
import { type CaseAccess, caseSubjectPeople } from "../../cases/index.ts";
import {
  caseHeader,
  caseUserNames,
  findLatestPlan,
  findPlan,
  findVersion,
  organizationNames,
} from "../care-plans.repository.ts";
import { todayInItaly, visibleGoals } from "../care-plans.rules.ts";
import type { PlanSummaryModel } from "../pdf/plan-summary.html.ts";
import type { SummaryLanguage } from "../pdf/plan-summary.i18n.ts";

function languageName(code: string | null, lang: SummaryLanguage): string | null {
  if (!code) return null;
  const language = languageOf(code);
  try {
    return (
      new Intl.DisplayNames([lang], { type: "language" }).of(language?.iso6391 ?? code) ??
      language?.name ??
      code
    );
  } catch {
    return language?.name ?? code;
  }
}

/**
 * What the printable summary of a plan shows, as the caller may see it: the plan (default the
 * case's latest) at a version (default the one in force, else the current draft), the subject
 * people, the latest need levels, goals and actions with who is responsible; domain and level names
 * from the catalogue in the language asked, Italian when it has none.
 */
export async function planSummaryModel(
  ctx: TxContext,
  access: CaseAccess,
  query: { lang: SummaryLanguage; planId?: string | undefined; version?: number | undefined },
): Promise<{ model: PlanSummaryModel; planId: string; number: number }> {
  const { tx } = ctx;
  const caseId = access.case.id;
  const plan = query.planId ? await findPlan(tx, caseId, query.planId) : await findLatestPlan(tx, caseId);
  if (!plan) throw notFound("plan");
  const number = query.version ?? plan.approvedVersion ?? plan.currentVersion;
  const version = await findVersion(tx, plan.id, Number(number));
  const header = await caseHeader(tx, caseId);
  if (!version || !header) throw notFound("plan version");
  const lang = query.lang;
  const people = await caseSubjectPeople(tx, caseId);
  const names = new Map(people.map((p) => [p.personId, `${p.givenName} ${p.familyName}`]));
  const domains = await loadDomainMap(tx, access.case.organizationId);
  const domainName = (code: string) => labelIn(domains.get(code)?.labels, lang, code);
  const goals = visibleGoals(version.content.goals, access.canSeeSpecial);
  const actions = goals.flatMap((g) => g.actions);
  const orgs = await organizationNames(tx, [
    ...new Set(actions.flatMap((a) => (a.responsibleOrganizationId ? [a.responsibleOrganizationId] : []))),
  ]);
  const users = await caseUserNames(tx, caseId);
  const order = (code: string) => domains.get(code)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  const levels = (await findLatestLevels(tx, caseId)).sort((a, b) => order(a.domain) - order(b.domain));
  const model: PlanSummaryModel = {
    lang,
    organizationName: header.organizationName,
    caseReference: header.reference,
    beneficiaries: people.map((p) => `${p.givenName} ${p.familyName}`),
    planTitle: version.content.title,
    versionNumber: version.number,
    versionStatus: version.status as PlanSummaryModel["versionStatus"],
    approvedOn: version.approvedAt ? version.approvedAt.toISOString().slice(0, 10) : null,
    nextReviewOn: version.content.nextReviewOn,
    agreement: {
      signed: version.agreementSigned,
      agreedOn: version.agreedOn,
      languageName: languageName(version.agreementLanguage, lang),
    },
    needs: levels.map((l) => ({
      domain: domainName(l.domain),
      person: l.personId ? (names.get(l.personId) ?? null) : null,
      level: l.level,
      // The domain's own definition in this language, else the generic level name in it, else Italian.
      levelLabel:
        domains.get(l.domain)?.levels[String(l.level)]?.[lang] ||
        defaultLevelLabels[String(l.level)]?.[lang] ||
        labelIn(domains.get(l.domain)?.levels[String(l.level)], lang, String(l.level)),
    })),
    goals: goals.map((g) => ({
      domain: domainName(g.domain),
      person: g.personId ? (names.get(g.personId) ?? null) : null,
      description: g.description,
      actions: g.actions.map((a) => {
        const who = [
          a.responsibleUserId ? users.get(a.responsibleUserId) : undefined,
          a.responsibleOrganizationId ? orgs.get(a.responsibleOrganizationId) : undefined,
        ].filter((x): x is string => Boolean(x));
        return {
          description: a.description,
          responsible: who.length ? who.join(" – ") : null,
          dueOn: a.dueOn,
          status: a.status,
        };
      }),
    })),
    generatedOn: todayInItaly(),
  };
  return { model, planId: plan.id, number: version.number };
}
