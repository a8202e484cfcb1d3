import { type AssessmentDomain, defaultAssessmentDomains } from "@approdo/contracts";

type Labels = Record<"it" | "en" | "fr" | "ar", string>;

/**
 * Names of the default assessment domains in the beneficiary-document languages: used when the
 * network's catalogue is still empty, and when a catalogue entry lacks a language.
 */
export const defaultDomainLabels: Readonly<Record<string, Labels>> = {
  housing: { it: "Abitare", en: "Housing", fr: "Logement", ar: "السكن" },
  work: { it: "Lavoro", en: "Work", fr: "Travail", ar: "العمل" },
  education_training: {
    it: "Istruzione e formazione",
    en: "Education and training",
    fr: "Éducation et formation",
    ar: "التعليم والتدريب",
  },
  italian_language: {
    it: "Lingua italiana",
    en: "Italian language",
    fr: "Langue italienne",
    ar: "اللغة الإيطالية",
  },
  health: { it: "Salute", en: "Health", fr: "Santé", ar: "الصحة" },
  mental_health_addiction: {
    it: "Salute mentale e dipendenze",
    en: "Mental health and addiction",
    fr: "Santé mentale et addictions",
    ar: "الصحة النفسية والإدمان",
  },
  parenting: { it: "Genitorialità", en: "Parenting", fr: "Parentalité", ar: "الوالدية" },
  children_schooling: {
    it: "Scolarizzazione dei figli",
    en: "Children's schooling",
    fr: "Scolarité des enfants",
    ar: "تمدرس الأطفال",
  },
  social_inclusion: {
    it: "Inclusione sociale e reti",
    en: "Social inclusion and networks",
    fr: "Inclusion sociale et réseaux",
    ar: "الإدماج الاجتماعي والشبكات",
  },
  family_empowerment: {
    it: "Empowerment familiare",
    en: "Family empowerment",
    fr: "Autonomisation de la famille",
    ar: "تمكين الأسرة",
  },
  legal_documents: {
    it: "Tutela legale e documenti",
    en: "Legal protection and documents",
    fr: "Protection juridique et documents",
    ar: "الحماية القانونية والوثائق",
  },
  income: { it: "Reddito", en: "Income", fr: "Revenus", ar: "الدخل" },
};

/** Generic meaning of the need levels, for domains whose catalogue entry defines none. */
export const defaultLevelLabels: Readonly<Record<string, Labels>> = {
  "0": { it: "Nessun bisogno", en: "No need", fr: "Aucun besoin", ar: "لا حاجة" },
  "1": { it: "Bisogno lieve", en: "Low need", fr: "Besoin faible", ar: "حاجة منخفضة" },
  "2": { it: "Bisogno medio", en: "Medium need", fr: "Besoin moyen", ar: "حاجة متوسطة" },
  "3": { it: "Bisogno elevato", en: "High need", fr: "Besoin élevé", ar: "حاجة مرتفعة" },
};

/** The fallback catalogue: the default domains of the contracts, with the labels above. */
export function defaultDomains(): AssessmentDomain[] {
  return defaultAssessmentDomains.map((d, i) => ({
    code: d.code,
    labels: { ...(defaultDomainLabels[d.code] ?? { it: d.code }) },
    specialCategory: d.special,
    levels: { ...defaultLevelLabels },
    sortOrder: (i + 1) * 10,
    active: true,
  }));
}

/** A label in `lang`, else Italian, else the code itself. */
export function labelIn(labels: Record<string, string> | undefined, lang: string, fallback: string): string {
  return labels?.[lang] || labels?.it || fallback;
}
