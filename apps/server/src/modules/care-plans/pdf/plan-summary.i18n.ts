import type { PlanActionStatus, PlanVersionStatus } from "@approdo/contracts";

export type SummaryLanguage = "it" | "en" | "fr" | "ar";

export interface SummaryTexts {
  documentTitle: string;
  organization: string;
  caseReference: string;
  beneficiaries: string;
  plan: string;
  version: string;
  versionStatus: Record<PlanVersionStatus, string>;
  approvedOn: string;
  nextReview: string;
  notScheduled: string;
  needsHeading: string;
  needsIntro: string;
  domain: string;
  person: string;
  wholeHousehold: string;
  level: string;
  noAssessment: string;
  goalsHeading: string;
  goal: string;
  noGoals: string;
  action: string;
  responsible: string;
  due: string;
  status: string;
  noActions: string;
  noDueDate: string;
  actionStatus: Record<PlanActionStatus, string>;
  agreementHeading: string;
  agreementText: string;
  agreementRecorded: string;
  agreementLanguage: string;
  signatureBeneficiary: string;
  signatureCaseManager: string;
  signatureMediator: string;
  placeAndDate: string;
  generatedOn: string;
  draftNotice: string;
}

/** The printable plan summary's own words, in the beneficiary-document languages. */
export const summaryTexts: Readonly<Record<SummaryLanguage, SummaryTexts>> = {
  it: {
    documentTitle: "Progetto personalizzato – sintesi",
    organization: "Ente",
    caseReference: "Numero della presa in carico",
    beneficiaries: "Beneficiari",
    plan: "Progetto",
    version: "Versione",
    versionStatus: {
      draft: "bozza",
      pending_approval: "in attesa di approvazione",
      approved: "approvata",
      superseded: "sostituita da una versione successiva",
    },
    approvedOn: "Approvata il",
    nextReview: "Prossima verifica",
    notScheduled: "non programmata",
    needsHeading: "Situazione di partenza",
    needsIntro: "Livello di bisogno dall'ultima valutazione: 0 = nessun bisogno, 3 = bisogno elevato.",
    domain: "Area",
    person: "Persona",
    wholeHousehold: "Tutto il nucleo",
    level: "Livello",
    noAssessment: "Nessuna valutazione registrata.",
    goalsHeading: "Obiettivi e azioni",
    goal: "Obiettivo",
    noGoals: "Nessun obiettivo.",
    action: "Azione",
    responsible: "Chi se ne occupa",
    due: "Entro il",
    status: "Stato",
    noActions: "Nessuna azione.",
    noDueDate: "—",
    actionStatus: { planned: "prevista", in_progress: "in corso", done: "fatta", cancelled: "annullata" },
    agreementHeading: "Patto",
    agreementText:
      "Ho ricevuto spiegazione di questo progetto in una lingua che comprendo e mi impegno, con il servizio, a realizzare le azioni indicate.",
    agreementRecorded: "Accordo registrato il",
    agreementLanguage: "lingua",
    signatureBeneficiary: "Firma della persona beneficiaria",
    signatureCaseManager: "Firma dell'assistente sociale (case manager)",
    signatureMediator: "Firma del mediatore o della mediatrice culturale (se presente)",
    placeAndDate: "Luogo e data",
    generatedOn: "Documento generato il",
    draftNotice: "Bozza: questa versione non è ancora approvata.",
  },
  en: {
    documentTitle: "Personalised plan – summary",
    organization: "Organisation",
    caseReference: "Case number",
    beneficiaries: "Beneficiaries",
    plan: "Plan",
    version: "Version",
    versionStatus: {
      draft: "draft",
      pending_approval: "awaiting approval",
      approved: "approved",
      superseded: "replaced by a later version",
    },
    approvedOn: "Approved on",
    nextReview: "Next review",
    notScheduled: "not scheduled",
    needsHeading: "Starting point",
    needsIntro: "Level of need from the latest assessment: 0 = no need, 3 = high need.",
    domain: "Area",
    person: "Person",
    wholeHousehold: "Whole household",
    level: "Level",
    noAssessment: "No assessment recorded.",
    goalsHeading: "Goals and actions",
    goal: "Goal",
    noGoals: "No goals.",
    action: "Action",
    responsible: "Who takes care of it",
    due: "By",
    status: "Status",
    noActions: "No actions.",
    noDueDate: "—",
    actionStatus: { planned: "planned", in_progress: "in progress", done: "done", cancelled: "cancelled" },
    agreementHeading: "Agreement",
    agreementText:
      "This plan was explained to me in a language I understand, and I commit, together with the service, to carry out the actions listed.",
    agreementRecorded: "Agreement recorded on",
    agreementLanguage: "language",
    signatureBeneficiary: "Signature of the beneficiary",
    signatureCaseManager: "Signature of the social worker (case manager)",
    signatureMediator: "Signature of the cultural mediator (if present)",
    placeAndDate: "Place and date",
    generatedOn: "Document generated on",
    draftNotice: "Draft: this version is not approved yet.",
  },
  fr: {
    documentTitle: "Projet personnalisé – synthèse",
    organization: "Organisme",
    caseReference: "Numéro du dossier",
    beneficiaries: "Bénéficiaires",
    plan: "Projet",
    version: "Version",
    versionStatus: {
      draft: "brouillon",
      pending_approval: "en attente d'approbation",
      approved: "approuvée",
      superseded: "remplacée par une version plus récente",
    },
    approvedOn: "Approuvée le",
    nextReview: "Prochain bilan",
    notScheduled: "non programmé",
    needsHeading: "Situation de départ",
    needsIntro: "Niveau de besoin selon la dernière évaluation : 0 = aucun besoin, 3 = besoin élevé.",
    domain: "Domaine",
    person: "Personne",
    wholeHousehold: "Toute la famille",
    level: "Niveau",
    noAssessment: "Aucune évaluation enregistrée.",
    goalsHeading: "Objectifs et actions",
    goal: "Objectif",
    noGoals: "Aucun objectif.",
    action: "Action",
    responsible: "Qui s'en occupe",
    due: "Avant le",
    status: "État",
    noActions: "Aucune action.",
    noDueDate: "—",
    actionStatus: { planned: "prévue", in_progress: "en cours", done: "faite", cancelled: "annulée" },
    agreementHeading: "Engagement",
    agreementText:
      "Ce projet m'a été expliqué dans une langue que je comprends et je m'engage, avec le service, à réaliser les actions indiquées.",
    agreementRecorded: "Accord enregistré le",
    agreementLanguage: "langue",
    signatureBeneficiary: "Signature de la personne bénéficiaire",
    signatureCaseManager: "Signature de l'assistant·e social·e (référent·e)",
    signatureMediator: "Signature du médiateur ou de la médiatrice culturel·le (si présent·e)",
    placeAndDate: "Lieu et date",
    generatedOn: "Document généré le",
    draftNotice: "Brouillon : cette version n'est pas encore approuvée.",
  },
  ar: {
    documentTitle: "المشروع الشخصي – ملخص",
    organization: "الجهة",
    caseReference: "رقم الملف",
    beneficiaries: "المستفيدون",
    plan: "المشروع",
    version: "النسخة",
    versionStatus: {
      draft: "مسودة",
      pending_approval: "في انتظار الموافقة",
      approved: "تمت الموافقة عليها",
      superseded: "استُبدلت بنسخة أحدث",
    },
    approvedOn: "تمت الموافقة بتاريخ",
    nextReview: "المراجعة القادمة",
    notScheduled: "غير محددة",
    needsHeading: "الوضع عند البداية",
    needsIntro: "مستوى الحاجة حسب آخر تقييم: 0 = لا حاجة، 3 = حاجة مرتفعة.",
    domain: "المجال",
    person: "الشخص",
    wholeHousehold: "الأسرة كلها",
    level: "المستوى",
    noAssessment: "لا يوجد تقييم مسجل.",
    goalsHeading: "الأهداف والإجراءات",
    goal: "الهدف",
    noGoals: "لا توجد أهداف.",
    action: "الإجراء",
    responsible: "المسؤول عنه",
    due: "قبل تاريخ",
    status: "الحالة",
    noActions: "لا توجد إجراءات.",
    noDueDate: "—",
    actionStatus: { planned: "مخطط له", in_progress: "قيد التنفيذ", done: "تم", cancelled: "أُلغي" },
    agreementHeading: "الاتفاق",
    agreementText: "شُرح لي هذا المشروع بلغة أفهمها، وألتزم مع الخدمة بتنفيذ الإجراءات المذكورة.",
    agreementRecorded: "سُجل الاتفاق بتاريخ",
    agreementLanguage: "اللغة",
    signatureBeneficiary: "توقيع المستفيد أو المستفيدة",
    signatureCaseManager: "توقيع الأخصائي الاجتماعي (مدير الحالة)",
    signatureMediator: "توقيع الوسيط الثقافي (إن وُجد)",
    placeAndDate: "المكان والتاريخ",
    generatedOn: "أُنشئت الوثيقة بتاريخ",
    draftNotice: "مسودة: لم تتم الموافقة على هذه النسخة بعد.",
  },
};

/** Dates in the beneficiary's language; Arabic with Western digits, as on the Italian documents beside it. */
const locales: Record<SummaryLanguage, string> = {
  it: "it-IT",
  en: "en-GB",
  fr: "fr-FR",
  ar: "ar-u-nu-latn",
};

/** "2026-07-15" → "15 luglio 2026" / "15 July 2026" / "15 juillet 2026" / "15 يوليو 2026". */
export function formatDate(isoDate: string, lang: SummaryLanguage): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: "long", timeZone: "UTC" }).format(date);
}
