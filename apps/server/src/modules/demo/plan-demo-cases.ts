/**
 * Turns the demo cases of demo-cases.ts into rows: dates counted back from the seeding day, ids,
 * and what a seeded random generator decides (re-assessment progress, the services' days, types,
 * mediators), so that the demo has the same cases, counts and worklists on every machine. No
 * database; the rows go to the tables through demo-cases.repository.ts.
 */
import { canTransition, defaultAssessmentDomains } from "@approdo/contracts";
import type {
  assessmentItems,
  assessments,
  carePlans,
  carePlanVersions,
  caseApprovals,
  caseNotes,
  cases,
  caseTeamMembers,
  caseTransitions,
  planActions,
  serviceRecordPeople,
  serviceRecords,
} from "../../platform/db/schema.ts";
import { type DemoCaseSpec, type DemoDomain, demoCases } from "./demo-cases.ts";
import { demoHouseholds, demoPeople } from "./demo-people.ts";
import { addDays, seededRandom } from "./plan-demo-people.ts";

export interface DemoCaseRows {
  cases: (typeof cases.$inferInsert)[];
  transitions: (typeof caseTransitions.$inferInsert)[];
  approvals: (typeof caseApprovals.$inferInsert)[];
  team: (typeof caseTeamMembers.$inferInsert)[];
  assessments: (typeof assessments.$inferInsert)[];
  assessmentItems: (typeof assessmentItems.$inferInsert)[];
  plans: (typeof carePlans.$inferInsert)[];
  planVersions: (typeof carePlanVersions.$inferInsert)[];
  planActions: (typeof planActions.$inferInsert)[];
  services: (typeof serviceRecords.$inferInsert)[];
  servicePeople: (typeof serviceRecordPeople.$inferInsert)[];
  notes: (typeof caseNotes.$inferInsert)[];
}

/** How the rows find the ids the rest of the seed gave organisations, users, people… */
export interface DemoCaseIds {
  organization(key: string): string;
  /** The project the organisation's cases belong to (LgNet2 for Palermo, INTARSI for the Valle del Savio). */
  project(orgKey: string): string;
  user(username: string): string;
  person(key: string): string;
  household(label: string): string;
  servicePoint(key: string): string;
}

const CASES_SEED = 20_240_412;
const CASE_MANAGER = "assistente.palermo";
const COORDINATOR = "coordinatore.palermo";

const specialDomains = new Set<string>(defaultAssessmentDomains.filter((d) => d.special).map((d) => d.code));

/** Italian text of each goal and its two actions, per domain, with who is responsible. */
const planText: Record<DemoDomain, { goal: string; first: string; next: string; who: string | null }> = {
  housing: {
    goal: "Trovare una soluzione abitativa stabile",
    first: "Domanda per l'alloggio temporaneo",
    next: "Ricerca di un affitto con il contributo comunale",
    who: "abitare.palermo",
  },
  work: {
    goal: "Inserimento lavorativo",
    first: "Bilancio delle competenze",
    next: "Tirocinio di inclusione",
    who: "lavoro.palermo",
  },
  education_training: {
    goal: "Completare un percorso di istruzione o formazione",
    first: "Iscrizione al CPIA",
    next: "Corso di formazione professionale",
    who: "lavoro.palermo",
  },
  italian_language: {
    goal: "Raggiungere il livello A2 di italiano",
    first: "Iscrizione al corso di italiano",
    next: "Esame di certificazione A2",
    who: null,
  },
  health: {
    goal: "Accesso ai servizi sanitari",
    first: "Iscrizione al Servizio sanitario nazionale",
    next: "Accompagnamento alle visite specialistiche",
    who: "mediatrice.palermo",
  },
  mental_health_addiction: {
    goal: "Sostegno psicologico continuativo",
    first: "Ciclo di colloqui psicologici",
    next: "Invio al servizio specialistico territoriale",
    who: "psicologa.palermo",
  },
  parenting: {
    goal: "Sostegno alla genitorialità",
    first: "Incontri al centro per le famiglie",
    next: "Gruppo di mutuo aiuto tra genitori",
    who: null,
  },
  children_schooling: {
    goal: "Frequenza scolastica regolare dei figli",
    first: "Iscrizione scolastica",
    next: "Doposcuola e colloquio con gli insegnanti",
    who: null,
  },
  social_inclusion: {
    goal: "Rafforzare la rete sociale",
    first: "Partecipazione a un laboratorio di quartiere",
    next: "Attività di impegno civico",
    who: null,
  },
  family_empowerment: {
    goal: "Autonomia del nucleo",
    first: "Piano di gestione del bilancio familiare",
    next: "Verifica dell'autonomia raggiunta",
    who: null,
  },
  legal_documents: {
    goal: "Regolarizzare i documenti",
    first: "Consulenza legale sul permesso di soggiorno",
    next: "Accompagnamento in Questura per il rinnovo",
    who: "legale.palermo",
  },
  income: {
    goal: "Stabilizzare il reddito familiare",
    first: "Domanda di assegno di inclusione",
    next: "Contributo per l'affitto",
    who: "abitare.palermo",
  },
};

/** Service types (catalogue codes) that answer each domain's needs. */
const servicesFor: Record<DemoDomain, string[]> = {
  housing: ["housing_placement", "rent_support"],
  work: ["job_orientation", "civic_engagement_placement"],
  education_training: ["language_course", "job_orientation", "workshop"],
  italian_language: ["language_course"],
  health: ["health_accompaniment"],
  mental_health_addiction: ["psychological_support"],
  parenting: ["workshop", "orientation"],
  children_schooling: ["school_enrolment"],
  social_inclusion: ["workshop", "civic_engagement_placement"],
  family_empowerment: ["orientation"],
  legal_documents: ["legal_advice"],
  income: ["rent_support", "orientation"],
};

/** Who delivers each service type in Palermo. */
const operatorFor: Record<string, string> = {
  orientation: "operatore.palermo",
  legal_advice: "legale.palermo",
  psychological_support: "psicologa.palermo",
  cultural_mediation: "mediatrice.palermo",
  health_accompaniment: "mediatrice.palermo",
  school_enrolment: CASE_MANAGER,
  housing_placement: "abitare.palermo",
  rent_support: "abitare.palermo",
  civic_engagement_placement: "lavoro.palermo",
  language_course: "operatore.palermo",
  workshop: "operatore.palermo",
  job_orientation: "lavoro.palermo",
};

const durationOf: Record<string, number> = {
  orientation: 30,
  legal_advice: 60,
  psychological_support: 60,
  cultural_mediation: 60,
  health_accompaniment: 120,
  school_enrolment: 60,
  housing_placement: 60,
  rent_support: 30,
  civic_engagement_placement: 60,
  language_course: 120,
  workshop: 120,
  job_orientation: 60,
};

const itemNotes: Record<number, string> = {
  0: "Nessun bisogno rilevato",
  1: "Bisogno lieve, gestito in autonomia",
  2: "Bisogno moderato: serve un sostegno",
  3: "Bisogno elevato: intervento prioritario",
};

const noteTexts = {
  first: "Primo colloquio svolto al polo; raccolti documenti e bisogni principali.",
  team: "Aggiornamento di équipe: le azioni del progetto procedono come concordato.",
  teamCorrection: "Correzione: l'incontro di équipe si è tenuto il giorno successivo.",
  manager: "Nota riservata al case manager: situazione economica da verificare alla prossima revisione.",
  special: "Nota sanitaria riservata: prosegue il percorso con il servizio specialistico.",
  closure: "Chiusura del percorso condivisa con il beneficiario.",
};

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo cases: unknown ${what}`);
  return value;
}

/** A timestamp on a demo day, during office hours (Italian time is UTC+1/+2: 09:00–15:00 UTC). */
function at(day: string, minutes: number): Date {
  const d = new Date(`${day}T08:00:00Z`);
  d.setUTCMinutes(d.getUTCMinutes() + minutes);
  return d;
}

interface Subject {
  personKeys: string[];
  /** Children under 18 of a household (for per-member schooling items). */
  childKeys: string[];
  primaryLanguage: string;
}

const personSpecs = new Map(
  Object.values(demoPeople)
    .flat()
    .map((p) => [p.key, p]),
);

function subjectOf(spec: DemoCaseSpec): Subject {
  if ("person" in spec.subject) {
    const p = must(personSpecs.get(spec.subject.person), `person "${spec.subject.person}"`);
    return { personKeys: [p.key], childKeys: [], primaryLanguage: p.languages[0] ?? "ita" };
  }
  const label = spec.subject.household;
  const h = must(
    demoHouseholds.find((x) => x.label === label),
    `household "${label}"`,
  );
  const members = h.members.map((m) => must(personSpecs.get(m.personKey), `person "${m.personKey}"`));
  const reference = must(members[0], "reference person");
  return {
    personKeys: members.map((m) => m.key),
    childKeys: h.members
      .filter((m) => m.relation === "child" && (personSpecs.get(m.personKey)?.age ?? 99) < 18)
      .map((m) => m.personKey),
    primaryLanguage: reference.languages[0] ?? "ita",
  };
}

export interface DemoCasesPlan {
  rows: DemoCaseRows;
  /** Case ids by the data's keys (for tests). */
  idOf: ReadonlyMap<string, string>;
}

/** The demo cases, with every date counted back from `today` (YYYY-MM-DD). */
export function planDemoCases(today: string, ids: DemoCaseIds, newId: () => string): DemoCasesPlan {
  const random = seededRandom(CASES_SEED);
  const pick = <T>(list: readonly T[]): T => must(list[Math.floor(random() * list.length)], "choice");
  const rows: DemoCaseRows = {
    cases: [],
    transitions: [],
    approvals: [],
    team: [],
    assessments: [],
    assessmentItems: [],
    plans: [],
    planVersions: [],
    planActions: [],
    services: [],
    servicePeople: [],
    notes: [],
  };
  const idOf = new Map<string, string>();
  const references = new Map<string, number>();
  const day = (daysAgo: number) => addDays(today, -daysAgo);
  // References are numbered per organisation and year, in the order the cases were opened.
  const ordered = [...demoCases].sort((a, b) => (b.steps[0]?.[1] ?? 0) - (a.steps[0]?.[1] ?? 0));

  for (const spec of ordered) {
    const caseId = newId();
    idOf.set(spec.key, caseId);
    const organizationId = ids.organization(spec.orgKey);
    const palermo = spec.orgKey === "comune-palermo";
    const manager = palermo ? ids.user(CASE_MANAGER) : null;
    const subject = subjectOf(spec);
    const personIds = subject.personKeys.map((k) => ids.person(k));
    const stepDays = spec.steps.map(([state, ago]) => ({ state, on: day(ago), ago }));
    const first = must(stepDays[0], "first step");
    const last = must(stepDays[stepDays.length - 1], "last step");
    if (first.state !== "referred") throw new Error(`demo cases: "${spec.key}" must start referred`);
    stepDays.forEach((s, i) => {
      const prev = stepDays[i - 1];
      if (prev && (!canTransition(prev.state, s.state) || s.ago >= prev.ago)) {
        throw new Error(`demo cases: "${spec.key}" cannot go ${prev.state} → ${s.state}`);
      }
    });
    const reached = (state: string) => stepDays.find((s) => s.state === state);
    const closed = reached("closed");
    const active = reached("active");
    // Recording stops at closure, or `quietDays` ago for an inactive case.
    const endAgo = closed ? closed.ago : (spec.quietDays ?? 0);
    const lastDay = day(endAgo);
    const year = first.on.slice(0, 4);
    const refKey = `${organizationId}:${year}`;
    const n = (references.get(refKey) ?? 0) + 1;
    references.set(refKey, n);
    const activity: Date[] = [];
    const note = (
      dayOn: string,
      confidentiality: string,
      body: string,
      author: string | null,
      correctsId: string | null = null,
    ) => {
      const id = newId();
      const createdAt = at(dayOn, 300);
      rows.notes.push({
        id,
        caseId,
        confidentiality,
        body,
        correctsId,
        authorId: author,
        authorOrganizationId: organizationId,
        createdAt,
      });
      activity.push(createdAt);
      return id;
    };

    // Transitions (the closing one approved by the coordinator, where the organisation needs it).
    stepDays.forEach((s, i) => {
      const prev = stepDays[i - 1] ?? null;
      let approvalId: string | null = null;
      if (s.state === "closed" && palermo) {
        approvalId = newId();
        rows.approvals.push({
          id: approvalId,
          caseId,
          organizationId,
          kind: "closure",
          payload: { to: "closed", reason: noteTexts.closure, outcome: spec.outcome ?? "other" },
          requestedBy: manager,
          requestedAt: at(addDays(s.on, -2), 60),
          status: "approved",
          decidedBy: ids.user(COORDINATOR),
          decidedAt: at(s.on, 30),
          createdAt: at(addDays(s.on, -2), 60),
          updatedAt: at(s.on, 30),
        });
      }
      const by =
        i === 0 && palermo
          ? ids.user(spec.origin === "outreach" ? "strada.palermo" : "operatore.palermo")
          : manager;
      const when = at(s.on, 45);
      rows.transitions.push({
        id: newId(),
        caseId,
        fromState: prev?.state ?? null,
        toState: s.state,
        reason:
          i === 0
            ? "Primo contatto"
            : s.state === "closed"
              ? noteTexts.closure
              : "Passaggio di fase concordato in équipe",
        outcome: s.state === "closed" ? (spec.outcome ?? "other") : null,
        approvalId,
        at: when,
        by,
      });
      activity.push(when);
    });
    let pendingApprovalId: string | null = null;
    if (spec.pendingClosure) {
      pendingApprovalId = newId();
      const requestedAt = at(day(spec.pendingClosure.daysAgo), 120);
      rows.approvals.push({
        id: pendingApprovalId,
        caseId,
        organizationId,
        kind: "closure",
        payload: {
          to: "closed",
          reason: "Obiettivi del progetto raggiunti",
          outcome: spec.pendingClosure.outcome,
        },
        requestedBy: manager,
        requestedAt,
        status: "pending",
        createdAt: requestedAt,
        updatedAt: requestedAt,
      });
      activity.push(requestedAt);
    }

    // The team: the case manager from the first contact, the others from the assessment.
    if (manager)
      rows.team.push({
        id: newId(),
        caseId,
        userId: manager,
        organizationId,
        teamRole: "case_manager",
        addedBy: manager,
        addedAt: at(first.on, 50),
      });
    for (const [username, teamRole] of spec.team ?? []) {
      rows.team.push({
        id: newId(),
        caseId,
        userId: ids.user(username),
        organizationId,
        teamRole,
        addedBy: manager,
        addedAt: at((reached("assessment") ?? first).on, 90),
      });
    }

    // Assessments: the first a few days into the assessment phase, then every ~90 days while open.
    const assessmentStep = reached("assessment");
    const needs = Object.entries(spec.needs ?? {}) as [DemoDomain, number][];
    const levels = new Map(needs);
    if (assessmentStep && needs.length > 0) {
      let ago = assessmentStep.ago - 3;
      let number = 0;
      while (ago >= endAgo) {
        if (number > 0) {
          for (const [domain, level] of levels)
            if (level > 0 && random() < 0.55) levels.set(domain, level - 1);
        }
        const assessmentId = newId();
        const assessedOn = day(ago);
        rows.assessments.push({
          id: assessmentId,
          caseId,
          assessedOn,
          summary: number === 0 ? "Prima valutazione multidimensionale" : "Rivalutazione periodica",
          createdBy: manager,
          createdAt: at(assessedOn, 200),
        });
        activity.push(at(assessedOn, 200));
        for (const [domain, level] of levels) {
          const perMember = domain === "children_schooling" && subject.childKeys.length > 0;
          const who: (string | null)[] = perMember ? subject.childKeys.map((k) => ids.person(k)) : [null];
          for (const personId of who) {
            rows.assessmentItems.push({
              id: newId(),
              assessmentId,
              caseId,
              domain,
              personId,
              level,
              notes: itemNotes[level] ?? "",
              evidence: number === 0 ? "Colloquio e documenti presentati" : "",
              specialCategory: specialDomains.has(domain),
            });
          }
        }
        number++;
        ago -= 85 + Math.floor(random() * 20);
      }
    }

    // The plan, once the case was taken in charge: goals from the first assessment's needs ≥ 2.
    const actionIdsByDomain = new Map<string, string>();
    if (active) {
      const planId = newId();
      const goals = needs
        .filter(([, level]) => level >= 2)
        .map(([domain]) => {
          const text = planText[domain];
          const goalId = newId();
          const responsible = palermo && text.who ? ids.user(text.who) : manager;
          const overdueAgo = spec.overdue?.[domain];
          const firstDue = addDays(active.on, 45);
          const nextDue =
            overdueAgo !== undefined
              ? day(overdueAgo)
              : closed
                ? addDays(closed.on, -10)
                : addDays(today, 20 + Math.floor(random() * 70));
          const actions = [
            {
              id: newId(),
              description: text.first,
              dueOn: firstDue,
              status: firstDue < lastDay ? "done" : "in_progress",
            },
            {
              id: newId(),
              description: text.next,
              dueOn: nextDue,
              status: closed ? "done" : overdueAgo !== undefined ? "in_progress" : "planned",
            },
          ].map((a) => ({ ...a, responsibleOrganizationId: organizationId, responsibleUserId: responsible }));
          for (const a of actions) {
            rows.planActions.push({
              ...a,
              planId,
              caseId,
              goalId,
              domain,
              createdAt: at(active.on, 240),
              updatedAt: at(active.on, 240),
            });
          }
          actionIdsByDomain.set(domain, must(actions[0], "action").id);
          return {
            id: goalId,
            domain,
            personId: null,
            description: text.goal,
            specialCategory: specialDomains.has(domain),
            actions,
          };
        });
      const nextReviewOn = closed ? null : addDays(today, spec.reviewInDays ?? 90);
      const title = "Progetto personalizzato di autonomia";
      const language = subject.primaryLanguage;
      // A second version after six months in charge (the review), the first one superseded.
      const versions = active.ago - endAgo > 180 ? 2 : 1;
      for (let v = 1; v <= versions; v++) {
        const createdOn = v === 1 ? addDays(active.on, 1) : addDays(active.on, 180);
        const agreedOn = addDays(createdOn, 2);
        rows.planVersions.push({
          id: newId(),
          planId,
          caseId,
          number: v,
          content: { title, nextReviewOn, goals },
          changeNote:
            v === 1 ? "Prima stesura condivisa con il beneficiario" : "Revisione semestrale del progetto",
          status: v < versions ? "superseded" : "approved",
          approvedBy: manager,
          approvedAt: at(agreedOn, 100),
          agreementSigned: true,
          agreedOn,
          agreementLanguage: language,
          createdBy: manager,
          createdAt: at(createdOn, 100),
        });
        activity.push(at(agreedOn, 100));
      }
      rows.plans.push({
        id: planId,
        caseId,
        title,
        status: closed ? "closed" : "agreed",
        currentVersion: versions,
        nextReviewOn,
        createdBy: manager,
        createdAt: at(addDays(active.on, 1), 100),
        updatedAt: at(addDays(active.on, versions === 1 ? 1 : 180), 100),
      });
    }

    // Services: from the first contact to the end, every 6–16 days (one or two at first contact only
    // for a case still referred), types from the needs, a mediator for most non-Italian speakers.
    const needTypes = needs
      .filter(([, level]) => level >= 1)
      .flatMap(([domain]) => servicesFor[domain].map((type) => ({ type, domain })));
    let ago = first.ago;
    let count = 0;
    const servicePoint = ids.servicePoint(
      palermo
        ? spec.origin === "outreach"
          ? "palermo-unita-mobile"
          : "palermo-one-stop-shop"
        : "cesena-sportello-sociale",
    );
    const speaksItalian = subject.primaryLanguage === "ita";
    while (ago >= endAgo) {
      const deliveredOn = day(ago);
      const referredOnly = last.state === "referred" || (assessmentStep ? ago > assessmentStep.ago : true);
      const choice =
        count === 0 || referredOnly || needTypes.length === 0
          ? { type: "orientation", domain: null }
          : random() < 0.15
            ? { type: "cultural_mediation", domain: null }
            : pick(needTypes);
      const mediated = !speaksItalian && (choice.type === "cultural_mediation" || random() < 0.6);
      const id = newId();
      const forWhom =
        choice.type === "school_enrolment" && subject.childKeys.length > 0
          ? subject.childKeys.map((k) => ids.person(k))
          : [must(personIds[0], "subject")];
      if (personIds.length > 1 && choice.type === "orientation" && random() < 0.5)
        forWhom.push(must(personIds[1], "member"));
      const operator = palermo ? ids.user(operatorFor[choice.type] ?? CASE_MANAGER) : null;
      const createdAt = at(deliveredOn, 60 + Math.floor(random() * 300));
      rows.services.push({
        id,
        caseId,
        organizationId,
        servicePointId: servicePoint,
        serviceType: choice.type,
        deliveredOn,
        durationMinutes: durationOf[choice.type] ?? 60,
        operatorId: operator,
        mediatorId: mediated && palermo ? ids.user("mediatrice.palermo") : null,
        language: mediated ? subject.primaryLanguage : "ita",
        planActionId:
          choice.domain && active && ago <= active.ago
            ? (actionIdsByDomain.get(choice.domain) ?? null)
            : null,
        notes: "",
        createdBy: operator,
        createdAt,
      });
      for (const personId of new Set(forWhom)) rows.servicePeople.push({ serviceRecordId: id, personId });
      activity.push(createdAt);
      count++;
      if (last.state === "referred" && count >= 2) break;
      ago -= 6 + Math.floor(random() * 11);
    }

    // Notes of each confidentiality: the team's, the case manager's, special-category ones where
    // the case has special-category needs; one correction (append-only history).
    if (palermo) {
      const firstNote = note(addDays(first.on, 1 > first.ago ? 0 : 1), "team", noteTexts.first, manager);
      if (spec.key === "sassi")
        note(addDays(first.on, 2), "team", noteTexts.teamCorrection, manager, firstNote);
      if (assessmentStep && assessmentStep.ago - 10 >= endAgo)
        note(day(assessmentStep.ago - 10), "team", noteTexts.team, manager);
      if (active && active.ago - 30 >= endAgo)
        note(day(active.ago - 30), "case_manager", noteTexts.manager, manager);
      if (
        active &&
        needs.some(([d]) => specialDomains.has(d)) &&
        spec.team?.some(([u]) => u === "psicologa.palermo") &&
        active.ago - 20 >= endAgo
      ) {
        note(day(active.ago - 20), "special_category", noteTexts.special, ids.user("psicologa.palermo"));
      }
      if (closed) note(closed.on, "team", noteTexts.closure, manager);
    }

    const lastActivityAt = new Date(Math.max(...activity.map((d) => d.getTime())));
    rows.cases.push({
      id: caseId,
      reference: `${year}-${String(n).padStart(6, "0")}`,
      organizationId,
      projectId: ids.project(spec.orgKey),
      subjectType: "person" in spec.subject ? "person" : "household",
      personId: "person" in spec.subject ? ids.person(spec.subject.person) : null,
      householdId: "household" in spec.subject ? ids.household(spec.subject.household) : null,
      state: last.state,
      origin: spec.origin,
      caseManagerId: manager,
      servicePointId: servicePoint,
      summary: spec.summary,
      contactedAt: at(first.on, 40),
      assessmentAt: assessmentStep ? at(assessmentStep.on, 45) : null,
      activeAt: active ? at(active.on, 45) : null,
      closedAt: closed ? at(closed.on, 45) : null,
      outcome: closed ? (spec.outcome ?? "other") : null,
      stateChangedAt: at(last.on, 45),
      lastActivityAt,
      pendingApprovalId,
      createdBy: rows.transitions.find((t) => t.caseId === caseId)?.by ?? null,
      createdAt: at(first.on, 40),
      updatedAt: lastActivityAt,
    });
  }
  return { rows, idOf };
}
