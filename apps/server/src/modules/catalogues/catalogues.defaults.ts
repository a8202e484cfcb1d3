import {
  type CatalogKind,
  type CatalogueLabels,
  type CatalogueLevels,
  defaultAssessmentDomains,
  defaultClosureOutcomes,
  vulnerabilityCatalogue,
} from "@approdo/contracts";

/** One instance-wide default entry, inserted at start-up when missing (never overwritten). */
export interface DefaultEntry {
  kind: CatalogKind;
  code: string;
  labels: CatalogueLabels;
  cisisCode: string | null;
  specialCategory: boolean;
  levels: CatalogueLevels | null;
  defaultDurationMinutes: number | null;
  sortOrder: number;
}

/**
 * Service types. `cisis` is the code of the "Nomenclatore interregionale degli interventi e servizi
 * sociali" (CISIS — Centro Interregionale per i Sistemi Informatici, geografici e Statistici, 2nd
 * version, 2013) only where the mapping is unambiguous: A1 "Segretariato sociale / informazione e
 * consulenza per l'accesso alla rete dei servizi" and A2 "Servizio sociale professionale". The other
 * types (mediation, housing, courses…) fall under the nomenclature's integration and inclusion
 * areas, whose sub-codes depend on how each region adopted it: they are left null here for each
 * network's administrator to set (PATCH /catalogues/service_type/{id}).
 * Psychological support reveals health data (GDPR art. 9): it is a special-category type.
 */
const serviceTypes: [string, number | null, string | null, boolean, CatalogueLabels][] = [
  [
    "orientation",
    30,
    "A1",
    false,
    {
      it: "Orientamento ai servizi",
      en: "Orientation to services",
      fr: "Orientation vers les services",
      ar: "التوجيه إلى الخدمات",
    },
  ],
  [
    "social_secretariat",
    30,
    "A1",
    false,
    {
      it: "Segretariato sociale",
      en: "Social secretariat (information and access)",
      fr: "Secrétariat social (information et accès)",
      ar: "الأمانة الاجتماعية (الإعلام والوصول إلى الخدمات)",
    },
  ],
  [
    "social_work_interview",
    45,
    "A2",
    false,
    {
      it: "Colloquio di servizio sociale",
      en: "Social work interview",
      fr: "Entretien de service social",
      ar: "مقابلة مع الأخصائي الاجتماعي",
    },
  ],
  [
    "home_visit",
    60,
    "A2",
    false,
    { it: "Visita domiciliare", en: "Home visit", fr: "Visite à domicile", ar: "زيارة منزلية" },
  ],
  [
    "legal_advice",
    60,
    null,
    false,
    { it: "Consulenza legale", en: "Legal advice", fr: "Conseil juridique", ar: "استشارة قانونية" },
  ],
  [
    "document_assistance",
    45,
    null,
    false,
    {
      it: "Assistenza per documenti e permessi",
      en: "Help with documents and permits",
      fr: "Aide pour les documents et titres de séjour",
      ar: "المساعدة في الوثائق وتصاريح الإقامة",
    },
  ],
  [
    "family_reunification_support",
    60,
    null,
    false,
    {
      it: "Assistenza al ricongiungimento familiare",
      en: "Family reunification assistance",
      fr: "Aide au regroupement familial",
      ar: "المساعدة في لمّ شمل الأسرة",
    },
  ],
  [
    "psychological_support",
    60,
    null,
    true,
    {
      it: "Sostegno psicologico",
      en: "Psychological support",
      fr: "Soutien psychologique",
      ar: "الدعم النفسي",
    },
  ],
  [
    "cultural_mediation",
    60,
    null,
    false,
    {
      it: "Mediazione culturale",
      en: "Cultural mediation",
      fr: "Médiation culturelle",
      ar: "الوساطة الثقافية",
    },
  ],
  [
    "health_accompaniment",
    120,
    null,
    false,
    {
      it: "Accompagnamento ai servizi sanitari",
      en: "Accompaniment to health services",
      fr: "Accompagnement vers les services de santé",
      ar: "المرافقة إلى الخدمات الصحية",
    },
  ],
  [
    "school_enrolment",
    60,
    null,
    false,
    {
      it: "Iscrizione scolastica",
      en: "School enrolment",
      fr: "Inscription scolaire",
      ar: "التسجيل المدرسي",
    },
  ],
  [
    "housing_placement",
    60,
    null,
    false,
    { it: "Inserimento abitativo", en: "Housing placement", fr: "Accès au logement", ar: "الإدماج السكني" },
  ],
  [
    "rent_support",
    30,
    null,
    false,
    { it: "Sostegno all'affitto", en: "Rent support", fr: "Aide au loyer", ar: "دعم الإيجار" },
  ],
  [
    "economic_support",
    15,
    null,
    false,
    { it: "Contributo economico", en: "Financial support", fr: "Aide financière", ar: "دعم مالي" },
  ],
  [
    "civic_engagement_placement",
    60,
    null,
    false,
    {
      it: "Inserimento in attività di impegno civico",
      en: "Civic engagement placement",
      fr: "Placement en engagement civique",
      ar: "الإلحاق بأنشطة المشاركة المدنية",
    },
  ],
  [
    "language_course",
    120,
    null,
    false,
    {
      it: "Corso di lingua italiana",
      en: "Italian language course",
      fr: "Cours d'italien",
      ar: "دورة في اللغة الإيطالية",
    },
  ],
  [
    "civic_orientation",
    120,
    null,
    false,
    {
      it: "Orientamento civico",
      en: "Civic orientation course",
      fr: "Cours d'orientation civique",
      ar: "دورة التوجيه المدني",
    },
  ],
  ["workshop", 120, null, false, { it: "Laboratorio", en: "Workshop", fr: "Atelier", ar: "ورشة عمل" }],
  [
    "job_orientation",
    60,
    null,
    false,
    {
      it: "Orientamento al lavoro",
      en: "Job orientation",
      fr: "Orientation professionnelle",
      ar: "التوجيه المهني",
    },
  ],
  [
    "other",
    null,
    null,
    false,
    { it: "Altro intervento", en: "Other service", fr: "Autre intervention", ar: "خدمة أخرى" },
  ],
];

const domainLabels: Record<(typeof defaultAssessmentDomains)[number]["code"], CatalogueLabels> = {
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
    fr: "Scolarisation des enfants",
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
  income: { it: "Reddito", en: "Income", fr: "Revenu", ar: "الدخل" },
};

type LevelTexts = [it: string, en: string];

/** What need level 0 (none) … 3 (high) means in each domain. */
const domainLevels: Record<
  (typeof defaultAssessmentDomains)[number]["code"],
  [LevelTexts, LevelTexts, LevelTexts, LevelTexts]
> = {
  housing: [
    ["Alloggio stabile e adeguato", "Stable, adequate housing"],
    [
      "Alloggio adeguato ma a rischio (contratto in scadenza, costi elevati)",
      "Adequate housing at risk (lease ending, high costs)",
    ],
    ["Alloggio precario, sovraffollato o inadeguato", "Precarious, overcrowded or inadequate housing"],
    ["Senza dimora o in emergenza abitativa", "Homeless or in a housing emergency"],
  ],
  work: [
    ["Occupazione stabile che garantisce autonomia", "Stable employment that ensures autonomy"],
    ["Lavoro discontinuo o con contratto a termine", "Intermittent or fixed-term work"],
    [
      "Lavoro irregolare o disoccupazione recente, in cerca di lavoro",
      "Undeclared work or recent unemployment, looking for work",
    ],
    [
      "Disoccupazione di lunga durata o nessuna esperienza spendibile",
      "Long-term unemployment or no usable experience",
    ],
  ],
  education_training: [
    [
      "Titolo di studio riconosciuto e adeguato agli obiettivi",
      "Recognised qualification that fits the goals",
    ],
    [
      "Titolo non riconosciuto in Italia o formazione da completare",
      "Qualification not recognised in Italy, or training to complete",
    ],
    ["Scolarità di base, nessuna formazione professionale", "Basic schooling, no vocational training"],
    ["Nessuna scolarità o analfabetismo", "No schooling, or illiterate"],
  ],
  italian_language: [
    ["Italiano B1 o superiore", "Italian at B1 or above"],
    ["Italiano A2: comunica in situazioni quotidiane", "Italian A2: manages everyday situations"],
    [
      "Italiano A1 o pre-A1: comunicazione molto limitata",
      "Italian A1 or pre-A1: very limited communication",
    ],
    [
      "Nessuna conoscenza dell'italiano, o analfabeta nella propria lingua",
      "No Italian, or not literate in their own language",
    ],
  ],
  health: [
    [
      "Nessun bisogno sanitario noto; iscritto al Servizio sanitario",
      "No known health need; registered with the national health service",
    ],
    ["Bisogni sanitari seguiti regolarmente", "Health needs followed regularly"],
    [
      "Bisogni sanitari non seguiti o accesso difficile alle cure",
      "Health needs not followed, or difficult access to care",
    ],
    [
      "Condizione grave o urgente senza presa in carico sanitaria",
      "Serious or urgent condition with no health care in place",
    ],
  ],
  mental_health_addiction: [
    ["Nessun segnale di disagio", "No sign of distress"],
    ["Disagio lieve, risorse personali adeguate", "Mild distress, adequate personal resources"],
    [
      "Disagio psichico o uso problematico di sostanze che incide sulla vita quotidiana",
      "Mental distress or problematic substance use affecting daily life",
    ],
    [
      "Disturbo grave o dipendenza senza presa in carico specialistica",
      "Severe disorder or addiction with no specialist care",
    ],
  ],
  parenting: [
    ["Competenze genitoriali adeguate", "Adequate parenting skills"],
    [
      "Difficoltà occasionali, gestite con supporto informale",
      "Occasional difficulties, handled with informal support",
    ],
    ["Difficoltà ricorrenti che richiedono sostegno", "Recurring difficulties that need support"],
    ["Situazione di rischio per i minori", "Children at risk"],
  ],
  children_schooling: [
    ["Tutti i minori iscritti e frequentanti", "All children enrolled and attending"],
    [
      "Frequenza irregolare o difficoltà di apprendimento lievi",
      "Irregular attendance or mild learning difficulties",
    ],
    [
      "Minori non iscritti o con forti difficoltà scolastiche",
      "Children not enrolled or with serious difficulties at school",
    ],
    [
      "Abbandono scolastico o minori esclusi da ogni percorso educativo",
      "Dropped out of school, or children outside any education",
    ],
  ],
  social_inclusion: [
    [
      "Rete sociale solida e partecipazione alla vita della comunità",
      "Strong social network and part of community life",
    ],
    ["Rete limitata ma presente", "Limited but present network"],
    [
      "Isolamento parziale, contatti solo con la propria comunità",
      "Partly isolated, contacts only within their own community",
    ],
    ["Isolamento sociale grave", "Severe social isolation"],
  ],
  family_empowerment: [
    [
      "Famiglia autonoma nelle scelte e nella gestione quotidiana",
      "Family autonomous in its choices and daily life",
    ],
    [
      "Autonomia parziale, serve orientamento su alcuni aspetti",
      "Partly autonomous, needs guidance on some matters",
    ],
    ["Dipendenza dai servizi per molte attività quotidiane", "Depends on services for many daily activities"],
    ["Nessuna autonomia, dipendenza totale dai servizi", "No autonomy, fully dependent on services"],
  ],
  legal_documents: [
    ["Documenti e permesso di soggiorno validi e stabili", "Valid, stable documents and residence permit"],
    ["Permesso in scadenza o rinnovo in corso", "Permit expiring or renewal in progress"],
    [
      "Procedura aperta (asilo, ricorso) o documenti mancanti",
      "Open procedure (asylum, appeal) or missing documents",
    ],
    ["Irregolarità o rischio di espulsione", "Irregular stay or at risk of removal"],
  ],
  income: [
    ["Reddito sufficiente e stabile", "Sufficient, stable income"],
    ["Reddito sufficiente ma instabile", "Sufficient but unstable income"],
    ["Reddito insufficiente per i bisogni essenziali", "Income below essential needs"],
    ["Nessun reddito", "No income"],
  ],
};

const closureLabels: Record<(typeof defaultClosureOutcomes)[number], CatalogueLabels> = {
  autonomy_reached: {
    it: "Autonomia raggiunta",
    en: "Autonomy reached",
    fr: "Autonomie atteinte",
    ar: "تحقيق الاستقلالية",
  },
  transferred: {
    it: "Trasferimento ad altro servizio",
    en: "Transferred to another service",
    fr: "Transfert vers un autre service",
    ar: "النقل إلى خدمة أخرى",
  },
  dropped_out: {
    it: "Abbandono del percorso",
    en: "Dropped out",
    fr: "Abandon du parcours",
    ar: "الانقطاع عن المسار",
  },
  unreachable: { it: "Non più reperibile", en: "Unreachable", fr: "Injoignable", ar: "تعذّر التواصل" },
  other: { it: "Altro", en: "Other", fr: "Autre", ar: "أخرى" },
};

/** Labels of the people module's vulnerability codes (the same codes and special flags). */
const vulnerabilityLabels: Record<(typeof vulnerabilityCatalogue)[number]["code"], CatalogueLabels> = {
  unaccompanied_minor: {
    it: "Minore straniero non accompagnato",
    en: "Unaccompanied minor",
    fr: "Mineur non accompagné",
    ar: "قاصر غير مصحوب",
  },
  accompanied_minor: {
    it: "Minore accompagnato",
    en: "Accompanied minor",
    fr: "Mineur accompagné",
    ar: "قاصر مصحوب",
  },
  single_parent_with_minors: {
    it: "Genitore solo con figli minori",
    en: "Single parent with minors",
    fr: "Parent isolé avec enfants mineurs",
    ar: "والد وحيد مع أطفال قاصرين",
  },
  pregnancy: { it: "Gravidanza", en: "Pregnancy", fr: "Grossesse", ar: "الحمل" },
  disability: { it: "Disabilità", en: "Disability", fr: "Handicap", ar: "الإعاقة" },
  serious_illness: { it: "Malattia grave", en: "Serious illness", fr: "Maladie grave", ar: "مرض خطير" },
  mental_distress: {
    it: "Disagio psichico",
    en: "Mental distress",
    fr: "Souffrance psychique",
    ar: "ضائقة نفسية",
  },
  addiction: { it: "Dipendenze", en: "Addiction", fr: "Addictions", ar: "الإدمان" },
  torture_or_violence_survivor: {
    it: "Vittima di tortura o violenza",
    en: "Survivor of torture or violence",
    fr: "Victime de torture ou de violence",
    ar: "ناجٍ من التعذيب أو العنف",
  },
  trafficking: {
    it: "Vittima di tratta",
    en: "Trafficking",
    fr: "Victime de la traite",
    ar: "ضحية الاتجار بالبشر",
  },
  elderly: { it: "Persona anziana", en: "Elderly person", fr: "Personne âgée", ar: "شخص مسن" },
  homelessness: { it: "Senza dimora", en: "Homelessness", fr: "Sans-abrisme", ar: "التشرد" },
};

function levelsOf(texts: [LevelTexts, LevelTexts, LevelTexts, LevelTexts]): CatalogueLevels {
  const [l0, l1, l2, l3] = texts;
  return {
    "0": { it: l0[0], en: l0[1] },
    "1": { it: l1[0], en: l1[1] },
    "2": { it: l2[0], en: l2[1] },
    "3": { it: l3[0], en: l3[1] },
  };
}

const base = { cisisCode: null, specialCategory: false, levels: null, defaultDurationMinutes: null };

/** Every default entry, in display order within each kind (sortOrder 10, 20, …). */
export const defaultCatalogueEntries: readonly DefaultEntry[] = [
  ...serviceTypes.map(
    ([code, minutes, cisis, special, labels], i): DefaultEntry => ({
      ...base,
      kind: "service_type",
      code,
      labels,
      cisisCode: cisis,
      specialCategory: special,
      defaultDurationMinutes: minutes,
      sortOrder: (i + 1) * 10,
    }),
  ),
  ...defaultAssessmentDomains.map(
    (d, i): DefaultEntry => ({
      ...base,
      kind: "assessment_domain",
      code: d.code,
      labels: domainLabels[d.code],
      specialCategory: d.special,
      levels: levelsOf(domainLevels[d.code]),
      sortOrder: (i + 1) * 10,
    }),
  ),
  ...defaultClosureOutcomes.map(
    (code, i): DefaultEntry => ({
      ...base,
      kind: "closure_outcome",
      code,
      labels: closureLabels[code],
      sortOrder: (i + 1) * 10,
    }),
  ),
  ...vulnerabilityCatalogue.map(
    (v, i): DefaultEntry => ({
      ...base,
      kind: "vulnerability",
      code: v.code,
      labels: vulnerabilityLabels[v.code],
      specialCategory: v.specialCategory,
      sortOrder: (i + 1) * 10,
    }),
  ),
];
