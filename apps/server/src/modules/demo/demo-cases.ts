/**
 * Demo cases ("prese in carico") of the fictional demo people and households (demo-people.ts), so
 * that a fresh demo instance shows a living network: Palermo's LgNet2 one-stop shop above all
 * (the case manager `assistente.palermo` and her multidisciplinary team), and a few cases of the
 * INTARSI lead partner, the Unione dei Comuni Valle del Savio (not yet assigned to a case manager:
 * it has no demo case manager).
 *
 * EVERY CASE HERE IS FICTIONAL, like the people it concerns. Texts are short and generic.
 * Days are counted back from the seeding day (plan-demo-cases.ts turns them into dates), so the
 * worklists always hold a plan review due, overdue actions, inactive cases and an approval.
 *
 * Pure data: no side effects.
 */
import type { CaseOrigin, CaseState } from "@approdo/contracts";

export type DemoCaseOrgKey = "comune-palermo" | "unione-valle-savio";

/** Demo assessment domain codes (defaultAssessmentDomains). */
export type DemoDomain =
  | "housing"
  | "work"
  | "education_training"
  | "italian_language"
  | "health"
  | "mental_health_addiction"
  | "parenting"
  | "children_schooling"
  | "social_inclusion"
  | "family_empowerment"
  | "legal_documents"
  | "income";

export interface DemoCaseSpec {
  key: string;
  orgKey: DemoCaseOrgKey;
  /** A person's key in demo-people.ts, or a household's label. */
  subject: { person: string } | { household: string };
  origin: CaseOrigin;
  /** The path so far: the first step is always `referred`; each step's day, counted back from seeding. */
  steps: [CaseState, number][];
  outcome?: "autonomy_reached" | "transferred" | "dropped_out" | "unreachable" | "other";
  /** Closure asked and waiting for the coordinator (the case stays in its state meanwhile). */
  pendingClosure?: { daysAgo: number; outcome: "autonomy_reached" };
  /** Team members besides the case manager: username and team role. */
  team?: [
    string,
    "psychologist" | "legal_advisor" | "cultural_mediator" | "housing_advisor" | "job_advisor" | "operator",
  ][];
  /** Need level 0–3 per domain at the first assessment; re-assessments show progress. */
  needs?: Partial<Record<DemoDomain, number>>;
  /** Days until the plan's next review (open cases with a plan). */
  reviewInDays?: number;
  /** Domains whose current plan action is overdue (due this many days ago, still open). */
  overdue?: Partial<Record<DemoDomain, number>>;
  /** Nothing recorded on the case in the last N days (an inactive case). */
  quietDays?: number;
  summary: string;
}

const PA = "comune-palermo";
const VS = "unione-valle-savio";

export const demoCases: DemoCaseSpec[] = [
  // --- Palermo: households -------------------------------------------------------------------
  {
    key: "sassi",
    orgKey: PA,
    subject: { household: "Nucleo Sassi" },
    origin: "walk_in",
    steps: [
      ["referred", 420],
      ["assessment", 410],
      ["active", 380],
    ],
    team: [
      ["mediatrice.palermo", "cultural_mediator"],
      ["lavoro.palermo", "job_advisor"],
      ["abitare.palermo", "housing_advisor"],
    ],
    needs: { housing: 3, work: 2, italian_language: 2, children_schooling: 2, income: 2, health: 1 },
    reviewInDays: 5,
    summary: "Nucleo con due minori: ricerca di un alloggio stabile e inserimento lavorativo della madre.",
  },
  {
    key: "sassi-dridi",
    orgKey: PA,
    subject: { household: "Nucleo Sassi – Dridi" },
    origin: "walk_in",
    steps: [
      ["referred", 70],
      ["assessment", 55],
    ],
    team: [["mediatrice.palermo", "cultural_mediator"]],
    needs: { housing: 2, health: 2, income: 2, italian_language: 3 },
    summary: "Giovane coppia, lei in gravidanza: orientamento ai servizi sanitari e alla casa.",
  },
  {
    key: "talukder",
    orgKey: PA,
    subject: { household: "Nucleo Talukder" },
    origin: "walk_in",
    steps: [
      ["referred", 300],
      ["assessment", 290],
      ["active", 260],
    ],
    team: [
      ["lavoro.palermo", "job_advisor"],
      ["mediatrice.palermo", "cultural_mediator"],
    ],
    needs: { work: 3, income: 2, italian_language: 2, children_schooling: 1, social_inclusion: 2 },
    reviewInDays: 40,
    overdue: { work: 12 },
    summary: "Il padre ha perso il lavoro nella ristorazione; tirocinio e corso di italiano per la madre.",
  },
  {
    key: "omoregie",
    orgKey: PA,
    subject: { household: "Nucleo Omoregie" },
    origin: "referral",
    steps: [
      ["referred", 360],
      ["assessment", 352],
      ["active", 330],
    ],
    team: [
      ["psicologa.palermo", "psychologist"],
      ["legale.palermo", "legal_advisor"],
      ["mediatrice.palermo", "cultural_mediator"],
      ["abitare.palermo", "housing_advisor"],
    ],
    needs: {
      mental_health_addiction: 3,
      legal_documents: 3,
      housing: 2,
      parenting: 2,
      children_schooling: 2,
      income: 3,
      health: 2,
    },
    reviewInDays: 25,
    summary: "Madre sola con due figli in percorso di protezione sociale; sostegno psicologico e legale.",
  },
  {
    key: "melnychuk",
    orgKey: PA,
    subject: { household: "Nucleo Melnychuk" },
    origin: "walk_in",
    steps: [
      ["referred", 700],
      ["assessment", 690],
      ["active", 650],
      ["monitoring", 120],
    ],
    pendingClosure: { daysAgo: 2, outcome: "autonomy_reached" },
    team: [
      ["lavoro.palermo", "job_advisor"],
      ["abitare.palermo", "housing_advisor"],
    ],
    needs: { housing: 3, work: 3, italian_language: 3, children_schooling: 2, health: 1, income: 2 },
    reviewInDays: 60,
    summary: "Nucleo arrivato con la protezione temporanea; lavoro stabile e casa in affitto raggiunti.",
  },
  {
    key: "tesfay",
    orgKey: PA,
    subject: { household: "Nucleo Tesfay" },
    origin: "referral",
    steps: [
      ["referred", 240],
      ["assessment", 232],
      ["active", 210],
    ],
    team: [
      ["psicologa.palermo", "psychologist"],
      ["legale.palermo", "legal_advisor"],
      ["mediatrice.palermo", "cultural_mediator"],
    ],
    needs: {
      mental_health_addiction: 3,
      health: 2,
      legal_documents: 2,
      parenting: 1,
      italian_language: 2,
      social_inclusion: 2,
    },
    reviewInDays: 35,
    summary: "Madre con una figlia, inviata al Centro Accura per il sostegno specialistico.",
  },
  {
    key: "ofori",
    orgKey: PA,
    subject: { household: "Nucleo Ofori" },
    origin: "walk_in",
    steps: [
      ["referred", 30],
      ["assessment", 21],
    ],
    needs: { income: 2, housing: 2, children_schooling: 1, work: 2 },
    summary: "Richiesta di sostegno all'affitto dopo una riduzione dell'orario di lavoro.",
  },
  {
    key: "tharmaseelan",
    orgKey: PA,
    subject: { household: "Nucleo Tharmaseelan" },
    origin: "walk_in",
    steps: [
      ["referred", 600],
      ["assessment", 590],
      ["active", 560],
      ["monitoring", 300],
      ["closed", 200],
    ],
    outcome: "autonomy_reached",
    team: [["lavoro.palermo", "job_advisor"]],
    needs: { work: 2, income: 2, children_schooling: 1, education_training: 2 },
    summary: "Avvio di un'attività in proprio e orientamento scolastico della figlia.",
  },
  // --- Palermo: people ---------------------------------------------------------------------
  {
    key: "ziad",
    orgKey: PA,
    subject: { person: "ziad-ragab" },
    origin: "referral",
    steps: [
      ["referred", 390],
      ["assessment", 385],
      ["active", 360],
    ],
    team: [
      ["legale.palermo", "legal_advisor"],
      ["mediatrice.palermo", "cultural_mediator"],
    ],
    needs: { legal_documents: 3, education_training: 3, italian_language: 2, social_inclusion: 2 },
    reviewInDays: 50,
    summary:
      "Minore straniero non accompagnato in comunità: tutela, scuola e percorso verso la maggiore età.",
  },
  {
    key: "mostafa",
    orgKey: PA,
    subject: { person: "mostafa-abdelghani" },
    origin: "walk_in",
    steps: [["referred", 6]],
    summary: "Neomaggiorenne uscito dalla comunità: chiede orientamento al lavoro.",
  },
  {
    key: "karim",
    orgKey: PA,
    subject: { person: "karim-abouelenein" },
    origin: "walk_in",
    steps: [
      ["referred", 45],
      ["assessment", 38],
    ],
    team: [["legale.palermo", "legal_advisor"]],
    needs: { legal_documents: 3, work: 2, housing: 2, italian_language: 2 },
    summary: "Richiedente protezione internazionale in attesa dell'audizione in Commissione.",
  },
  {
    key: "howlader",
    orgKey: PA,
    subject: { person: "howlader" },
    origin: "walk_in",
    steps: [
      ["referred", 200],
      ["assessment", 195],
      ["active", 170],
    ],
    team: [
      ["abitare.palermo", "housing_advisor"],
      ["lavoro.palermo", "job_advisor"],
    ],
    needs: { housing: 3, work: 2, italian_language: 3, income: 2 },
    reviewInDays: 20,
    overdue: { housing: 5 },
    summary: "Lavoratore stagionale in cerca di un alloggio regolare per il rinnovo del permesso.",
  },
  {
    key: "chidinma",
    orgKey: PA,
    subject: { person: "chidinma-nwosu" },
    origin: "walk_in",
    steps: [
      ["referred", 500],
      ["assessment", 490],
      ["active", 460],
      ["monitoring", 90],
    ],
    team: [["lavoro.palermo", "job_advisor"]],
    needs: { work: 2, education_training: 2, social_inclusion: 1, income: 1 },
    reviewInDays: 45,
    quietDays: 35,
    summary: "Qualifica di operatrice socio-sanitaria conseguita; in monitoraggio dopo l'assunzione.",
  },
  {
    key: "lamin",
    orgKey: PA,
    subject: { person: "lamin-jarju" },
    origin: "outreach",
    steps: [["referred", 12]],
    summary: "Ricontattato dall'unità mobile dopo mesi senza notizie.",
  },
  {
    key: "ebrima",
    orgKey: PA,
    subject: { person: "ebrima-touray" },
    origin: "outreach",
    steps: [
      ["referred", 160],
      ["assessment", 150],
      ["active", 130],
    ],
    team: [
      ["psicologa.palermo", "psychologist"],
      ["abitare.palermo", "housing_advisor"],
      ["mediatrice.palermo", "cultural_mediator"],
    ],
    needs: { housing: 3, mental_health_addiction: 3, health: 2, legal_documents: 2, income: 3 },
    reviewInDays: 15,
    overdue: { health: 20 },
    summary: "Giovane senza dimora agganciato dall'unità mobile; colloqui con la psicologa del polo.",
  },
  {
    key: "ousman",
    orgKey: PA,
    subject: { person: "ousman-bojang" },
    origin: "outreach",
    steps: [
      ["referred", 300],
      ["assessment", 290],
      ["closed", 180],
    ],
    outcome: "unreachable",
    needs: { housing: 3, health: 2, income: 3, legal_documents: 1 },
    summary: "Senza dimora; non più reperibile dopo il trasferimento dal dormitorio.",
  },
  {
    key: "yonas",
    orgKey: PA,
    subject: { person: "yonas-gebremedhin" },
    origin: "referral",
    steps: [
      ["referred", 25],
      ["assessment", 15],
    ],
    team: [["mediatrice.palermo", "cultural_mediator"]],
    needs: { italian_language: 3, work: 2, housing: 2 },
    summary: "Titolare di protezione internazionale uscito dall'accoglienza SAI.",
  },
  {
    key: "hamid",
    orgKey: PA,
    subject: { person: "hamid-yousif-adam" },
    origin: "walk_in",
    steps: [
      ["referred", 260],
      ["assessment", 250],
      ["active", 225],
    ],
    team: [
      ["lavoro.palermo", "job_advisor"],
      ["legale.palermo", "legal_advisor"],
    ],
    needs: { work: 2, legal_documents: 2, italian_language: 2, social_inclusion: 2 },
    reviewInDays: 30,
    quietDays: 45,
    summary: "Inserimento in un progetto di impegno civico (cura del verde); poi nessun contatto.",
  },
  {
    key: "modou",
    orgKey: PA,
    subject: { person: "modou-fall" },
    origin: "walk_in",
    steps: [
      ["referred", 420],
      ["assessment", 410],
      ["active", 380],
      ["closed", 260],
    ],
    outcome: "dropped_out",
    needs: { work: 2, income: 2, italian_language: 1 },
    summary: "Ha interrotto il percorso per un lavoro stagionale fuori regione.",
  },
  {
    key: "bakary",
    orgKey: PA,
    subject: { person: "bakary-diarra" },
    origin: "outreach",
    steps: [["referred", 3]],
    summary: "Segnalato dall'unità mobile: chiede informazioni sul rinnovo del permesso.",
  },
  {
    key: "thierno",
    orgKey: PA,
    subject: { person: "thierno-sow" },
    origin: "referral",
    steps: [
      ["referred", 280],
      ["assessment", 272],
      ["active", 250],
    ],
    team: [
      ["lavoro.palermo", "job_advisor"],
      ["mediatrice.palermo", "cultural_mediator"],
    ],
    needs: { education_training: 3, work: 2, italian_language: 2, housing: 2 },
    reviewInDays: 70,
    summary: "Neomaggiorenne: licenza media serale e tirocinio in una panetteria.",
  },
  {
    key: "ben-hassine",
    orgKey: PA,
    subject: { person: "ben-hassine" },
    origin: "walk_in",
    steps: [
      ["referred", 540],
      ["assessment", 530],
      ["active", 500],
      ["closed", 330],
    ],
    outcome: "transferred",
    needs: { work: 2, housing: 2, legal_documents: 1 },
    summary: "Trasferito ai servizi sociali del comune di nuova residenza.",
  },
  // Earlier paths of people who came back (a closed case, then a new one).
  {
    key: "lamin-2021",
    orgKey: PA,
    subject: { person: "lamin-jarju" },
    origin: "walk_in",
    steps: [
      ["referred", 900],
      ["assessment", 890],
      ["active", 860],
      ["closed", 700],
    ],
    outcome: "unreachable",
    needs: { housing: 2, work: 2, italian_language: 1 },
    summary: "Primo percorso: interrotto quando ha lasciato il centro di accoglienza.",
  },
  {
    key: "howlader-first",
    orgKey: PA,
    subject: { person: "howlader" },
    origin: "walk_in",
    steps: [
      ["referred", 620],
      ["assessment", 610],
      ["closed", 560],
    ],
    outcome: "dropped_out",
    needs: { work: 2, italian_language: 3 },
    summary: "Primo contatto: non si è presentato ai colloqui successivi.",
  },
  {
    key: "blessing-first",
    orgKey: PA,
    subject: { person: "blessing-omoregie" },
    origin: "referral",
    steps: [
      ["referred", 980],
      ["assessment", 970],
      ["active", 940],
      ["closed", 370],
    ],
    outcome: "other",
    team: [["psicologa.palermo", "psychologist"]],
    needs: { mental_health_addiction: 3, legal_documents: 3, housing: 3 },
    summary: "Percorso individuale chiuso e ripreso come presa in carico del nucleo.",
  },
  {
    key: "kamel-2019",
    orgKey: PA,
    subject: { person: "kamel-sassi" },
    origin: "walk_in",
    steps: [
      ["referred", 1400],
      ["assessment", 1390],
      ["active", 1360],
      ["monitoring", 1200],
      ["closed", 1100],
    ],
    outcome: "autonomy_reached",
    needs: { work: 2, legal_documents: 2, italian_language: 2 },
    summary: "Percorso individuale concluso prima del ricongiungimento familiare.",
  },
  // --- Unione dei Comuni Valle del Savio (INTARSI) --------------------------------------------
  {
    key: "osagie",
    orgKey: VS,
    subject: { household: "Nucleo Osagie" },
    origin: "walk_in",
    steps: [
      ["referred", 220],
      ["assessment", 210],
      ["active", 190],
    ],
    needs: { parenting: 2, children_schooling: 2, housing: 2, work: 2, income: 2 },
    reviewInDays: 55,
    summary: "Madre sola con due bambini: nido, scuola e orientamento al lavoro.",
  },
  {
    key: "gondal",
    orgKey: VS,
    subject: { household: "Nucleo Gondal" },
    origin: "walk_in",
    steps: [
      ["referred", 500],
      ["assessment", 495],
      ["active", 470],
      ["monitoring", 100],
    ],
    needs: { health: 3, housing: 2, italian_language: 2, children_schooling: 1 },
    reviewInDays: 80,
    summary: "Accompagnamento sanitario della madre; il nucleo è in monitoraggio.",
  },
  {
    key: "kouassi",
    orgKey: VS,
    subject: { household: "Nucleo Kouassi" },
    origin: "referral",
    steps: [
      ["referred", 40],
      ["assessment", 30],
    ],
    needs: { mental_health_addiction: 2, parenting: 2, housing: 2, legal_documents: 2 },
    summary: "Inviata dall'ASP: madre sola con una bambina, in attesa di valutazione completa.",
  },
  {
    key: "noori",
    orgKey: VS,
    subject: { person: "farid-noori" },
    origin: "walk_in",
    steps: [["referred", 8]],
    summary: "Chiede informazioni sul ricongiungimento familiare.",
  },
  {
    key: "gueye",
    orgKey: VS,
    subject: { person: "pape-gueye" },
    origin: "walk_in",
    steps: [
      ["referred", 800],
      ["assessment", 790],
      ["active", 760],
      ["closed", 420],
    ],
    outcome: "autonomy_reached",
    needs: { work: 2, housing: 2, italian_language: 1 },
    summary: "Contratto a tempo indeterminato e casa in affitto: percorso concluso.",
  },
];
