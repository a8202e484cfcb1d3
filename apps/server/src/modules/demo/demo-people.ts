/**
 * Demo people and households, so that the people module of a fresh demo instance looks alive.
 *
 * EVERY PERSON HERE IS FICTIONAL. The names were put together from given names and family names
 * that are common in each country of origin; no record describes a real person, and combinations
 * known to belong to public figures (politicians, athletes, artists, people in the news) were
 * avoided. Any resemblance to a real person is coincidental. The web app shows the demo banner on
 * every page of a demo instance, so the names carry no "(demo)" marker. No phone numbers, e-mail
 * addresses, house numbers, codici fiscali computed from a name or permit numbers are given: only
 * neighbourhoods, numeric provisional tax codes and STP codes made from a seeded random generator.
 *
 * The contexts follow the seeds: the LgNet2 one-stop shop of the Comune di Palermo (families from
 * Tunisia, Egypt, Bangladesh, Nigeria, Gambia, Ukraine, Eritrea, Ghana, Sri Lanka…), the Comune di
 * Latina (LgNet2, the Punjabi farm workers of the Agro Pontino) and the INTARSI lead partner, the
 * Unione dei Comuni Valle del Savio (households with minors, often single-parent, under asylum or
 * international protection).
 *
 * Ages, arrivals and permit dates are relative to the day the demo is seeded (plan-demo-people.ts
 * turns them into dates), so minors stay minors and some permits always expire within 60 days.
 *
 * Pure data: no side effects.
 */
import type {
  ConsentPurpose,
  cefrLevels,
  DataCategory,
  HouseholdLeaveReason,
  HouseholdRelation,
  permitTypes,
  VulnerabilityCode,
} from "@approdo/contracts";

export type DemoPeopleOrgKey = "comune-palermo" | "comune-latina" | "unione-valle-savio";

export interface DemoPermitSpec {
  type: (typeof permitTypes)[number];
  issuedMonthsAgo: number;
  /** Days from the seeding day to the expiry: negative when expired, absent when it does not expire. */
  expiresInDays?: number;
}

export interface DemoVulnerabilitySpec {
  code: VulnerabilityCode;
  sinceMonthsAgo: number;
  /** Ended this many months ago (the vulnerability is history). */
  endedMonthsAgo?: number;
  note?: string;
}

export interface DemoPersonSpec {
  key: string;
  givenName: string;
  familyName: string;
  sex: "female" | "male";
  /** Whole years on the seeding day. */
  age: number;
  /** Only the birth year is known. */
  yearOnly?: boolean;
  /** A planted duplicate: born when this earlier person was (the year only when `yearOnly`). */
  sameBirthAs?: string;
  /** ISO 3166-1 alpha-2. */
  citizenship: string;
  /** Defaults to the citizenship; "IT" for children born in Italy. */
  countryOfBirth?: string;
  /** ISO 639-3; the first is the primary language. */
  languages: string[];
  italianLevel?: (typeof cefrLevels)[number];
  /** Absent for children born in Italy and for people met by the mobile unit who did not say. */
  arrivedMonthsAgo?: number;
  /** Arrived on the same day as this earlier person (a family travelling together). */
  arrivedWith?: string;
  otherNames?: { kind: "spoken" | "original_script" | "alias"; givenName: string; familyName: string }[];
  /** A neighbourhood, never a house number. */
  domicile?: string;
  /** Oldest first. */
  permits?: DemoPermitSpec[];
  vulnerabilities?: DemoVulnerabilitySpec[];
  /** A numeric provisional tax code (asylum seekers) or an STP code (no permit), made up. */
  healthOrTaxCode?: "provisional_tax_code" | "stp";
}

export interface DemoHouseholdSpec {
  orgKey: DemoPeopleOrgKey;
  label: string;
  /** The first is the reference person. Joined on arrival (or birth, for children born in Italy) unless said. */
  members: { personKey: string; relation: HouseholdRelation; joinedDaysAgo?: number }[];
  /** Past memberships: the history a household page shows. */
  former?: {
    personKey: string;
    relation: HouseholdRelation;
    leftDaysAgo: number;
    reason: Exclude<HouseholdLeaveReason, "merged">;
  }[];
}

export interface DemoConsentSpec {
  personKey: string;
  purpose: ConsentPurpose;
  /** Organisations that may receive the data, besides the controller. */
  toOrgKeys: string[];
  /** Empty: every non-special category. */
  dataCategories?: DataCategory[];
  givenDaysAgo: number;
  /** ISO 639-3 of the language the consent was explained in. */
  explainedIn: string;
  withdrawnDaysAgo?: number;
  withdrawalNote?: string;
}

const ROUGH_SLEEPING_PALERMO = "Senza dimora – area della Stazione Centrale";

// ---------------------------------------------------------------------------------------------
// Comune di Palermo: the LgNet2 one-stop shop, the mobile unit and the Safe Space (40 people)
// ---------------------------------------------------------------------------------------------

const palermo: DemoPersonSpec[] = [
  // Nucleo Sassi (Tunisia): the father came for work, the family joined him later.
  {
    key: "kamel-sassi",
    givenName: "Kamel",
    familyName: "Sassi",
    sex: "male",
    age: 46,
    citizenship: "TN",
    languages: ["aeb", "fra", "ita"],
    italianLevel: "b1",
    arrivedMonthsAgo: 150,
    otherNames: [{ kind: "original_script", givenName: "كمال", familyName: "ساسي" }],
    domicile: "Ballarò",
    permits: [{ type: "long_term_eu", issuedMonthsAgo: 60 }],
  },
  {
    key: "salma-ayari",
    givenName: "Salma",
    familyName: "Ayari",
    sex: "female",
    age: 41,
    citizenship: "TN",
    languages: ["aeb", "fra"],
    italianLevel: "a2",
    arrivedMonthsAgo: 84,
    otherNames: [
      { kind: "original_script", givenName: "سلمى", familyName: "العياري" },
      { kind: "spoken", givenName: "Selma", familyName: "Ayari" },
    ],
    domicile: "Ballarò",
    permits: [{ type: "family", issuedMonthsAgo: 10, expiresInDays: 620 }],
  },
  {
    key: "yasmine-sassi",
    givenName: "Yasmine",
    familyName: "Sassi",
    sex: "female",
    age: 9,
    citizenship: "TN",
    languages: ["aeb", "ita"],
    italianLevel: "b1",
    arrivedMonthsAgo: 84,
    arrivedWith: "salma-ayari",
    otherNames: [{ kind: "original_script", givenName: "ياسمين", familyName: "ساسي" }],
    domicile: "Ballarò",
    permits: [{ type: "family", issuedMonthsAgo: 10, expiresInDays: 620 }],
  },
  {
    key: "adam-sassi",
    givenName: "Adam",
    familyName: "Sassi",
    sex: "male",
    age: 6,
    citizenship: "TN",
    countryOfBirth: "IT",
    languages: ["ita", "aeb"],
    italianLevel: "a2",
    otherNames: [{ kind: "original_script", givenName: "آدم", familyName: "ساسي" }],
    domicile: "Ballarò",
    permits: [{ type: "family", issuedMonthsAgo: 10, expiresInDays: 620 }],
  },
  // The eldest son left his parents' household to set up his own (the household history).
  {
    key: "youssef-sassi",
    givenName: "Youssef",
    familyName: "Sassi",
    sex: "male",
    age: 22,
    citizenship: "TN",
    languages: ["aeb", "ita", "fra"],
    italianLevel: "b1",
    arrivedMonthsAgo: 84,
    arrivedWith: "salma-ayari",
    otherNames: [{ kind: "original_script", givenName: "يوسف", familyName: "ساسي" }],
    domicile: "Zisa",
    permits: [
      { type: "family", issuedMonthsAgo: 84, expiresInDays: -700 },
      { type: "work", issuedMonthsAgo: 22, expiresInDays: 25 },
    ],
  },
  {
    key: "ines-dridi",
    givenName: "Ines",
    familyName: "Dridi",
    sex: "female",
    age: 20,
    citizenship: "TN",
    languages: ["aeb", "fra"],
    italianLevel: "pre_a1",
    arrivedMonthsAgo: 4,
    otherNames: [{ kind: "original_script", givenName: "إيناس", familyName: "دريدي" }],
    domicile: "Zisa",
    permits: [{ type: "family", issuedMonthsAgo: 3, expiresInDays: 640 }],
    vulnerabilities: [{ code: "pregnancy", sinceMonthsAgo: 2, note: "Seguita dal consultorio familiare" }],
  },
  // Planted duplicate 1: the same man registered at the one-stop shop and by the mobile unit.
  {
    key: "ben-hassine",
    givenName: "Mohamed",
    familyName: "Ben Hassine",
    sex: "male",
    age: 37,
    citizenship: "TN",
    languages: ["aeb", "fra"],
    italianLevel: "a2",
    arrivedMonthsAgo: 40,
    otherNames: [{ kind: "original_script", givenName: "محمد", familyName: "بن حسين" }],
    domicile: "Borgo Vecchio",
    permits: [{ type: "special_protection", issuedMonthsAgo: 23, expiresInDays: 48 }],
  },
  {
    key: "benhassine",
    givenName: "Mohammed",
    familyName: "Benhassine",
    sex: "male",
    age: 37,
    yearOnly: true,
    sameBirthAs: "ben-hassine",
    citizenship: "TN",
    languages: ["aeb"],
    domicile: ROUGH_SLEEPING_PALERMO,
    vulnerabilities: [{ code: "homelessness", sinceMonthsAgo: 5, note: "Contattato dall'unità mobile" }],
  },
  // Egypt: an unaccompanied minor and two young men who came as minors or on their own.
  {
    key: "ziad-ragab",
    givenName: "Ziad",
    familyName: "Ragab",
    sex: "male",
    age: 16,
    citizenship: "EG",
    languages: ["arz"],
    italianLevel: "a2",
    arrivedMonthsAgo: 14,
    otherNames: [
      { kind: "original_script", givenName: "زياد", familyName: "رجب" },
      { kind: "spoken", givenName: "Zeyad", familyName: "Ragab" },
    ],
    domicile: "Comunità per minori – Noce",
    permits: [{ type: "minor_age", issuedMonthsAgo: 12, expiresInDays: 600 }],
    vulnerabilities: [{ code: "unaccompanied_minor", sinceMonthsAgo: 14 }],
  },
  {
    key: "mostafa-abdelghani",
    givenName: "Mostafa",
    familyName: "Abdelghani",
    sex: "male",
    age: 19,
    yearOnly: true,
    citizenship: "EG",
    languages: ["arz", "ita"],
    italianLevel: "b1",
    arrivedMonthsAgo: 40,
    otherNames: [{ kind: "original_script", givenName: "مصطفى", familyName: "عبد الغني" }],
    domicile: "Noce",
    permits: [
      { type: "minor_age", issuedMonthsAgo: 38, expiresInDays: -300 },
      { type: "work", issuedMonthsAgo: 9, expiresInDays: 450 },
    ],
    vulnerabilities: [{ code: "unaccompanied_minor", sinceMonthsAgo: 40, endedMonthsAgo: 11 }],
  },
  {
    key: "karim-abouelenein",
    givenName: "Karim",
    familyName: "Abouelenein",
    sex: "male",
    age: 27,
    yearOnly: true,
    citizenship: "EG",
    languages: ["arz", "eng"],
    italianLevel: "a1",
    arrivedMonthsAgo: 8,
    otherNames: [{ kind: "original_script", givenName: "كريم", familyName: "أبو العينين" }],
    domicile: "Albergheria",
    permits: [{ type: "asylum_request", issuedMonthsAgo: 2, expiresInDays: 95 }],
    healthOrTaxCode: "provisional_tax_code",
  },
  // Nucleo Talukder (Bangladesh)
  {
    key: "saiful-talukder",
    givenName: "Saiful Hoque",
    familyName: "Talukder",
    sex: "male",
    age: 38,
    citizenship: "BD",
    languages: ["ben", "eng"],
    italianLevel: "a2",
    arrivedMonthsAgo: 110,
    otherNames: [{ kind: "original_script", givenName: "সাইফুল হক", familyName: "তালুকদার" }],
    domicile: "Kalsa",
    permits: [{ type: "work", issuedMonthsAgo: 14, expiresInDays: 350 }],
  },
  {
    key: "rupa-akter",
    givenName: "Rupa",
    familyName: "Akter",
    sex: "female",
    age: 31,
    yearOnly: true,
    citizenship: "BD",
    languages: ["ben"],
    italianLevel: "pre_a1",
    arrivedMonthsAgo: 60,
    otherNames: [{ kind: "original_script", givenName: "রুপা", familyName: "আক্তার" }],
    domicile: "Kalsa",
    permits: [{ type: "family", issuedMonthsAgo: 14, expiresInDays: 350 }],
  },
  {
    key: "tanvir-talukder",
    givenName: "Tanvir",
    familyName: "Talukder",
    sex: "male",
    age: 5,
    citizenship: "BD",
    countryOfBirth: "IT",
    languages: ["ben", "ita"],
    italianLevel: "a2",
    otherNames: [{ kind: "original_script", givenName: "তানভীর", familyName: "তালুকদার" }],
    domicile: "Kalsa",
    permits: [{ type: "family", issuedMonthsAgo: 14, expiresInDays: 350 }],
  },
  // Planted duplicate 2: "Md." and "Mohammad", Howlader and Hawlader, both usual in Bangladesh.
  {
    key: "howlader",
    givenName: "Md. Kamrul",
    familyName: "Howlader",
    sex: "male",
    age: 33,
    citizenship: "BD",
    languages: ["ben"],
    italianLevel: "a1",
    arrivedMonthsAgo: 30,
    otherNames: [{ kind: "original_script", givenName: "মোঃ কামরুল", familyName: "হাওলাদার" }],
    domicile: "Danisinni",
    permits: [{ type: "special_protection", issuedMonthsAgo: 23, expiresInDays: 12 }],
  },
  {
    key: "hawlader",
    givenName: "Mohammad Kamrul",
    familyName: "Hawlader",
    sex: "male",
    age: 33,
    yearOnly: true,
    sameBirthAs: "howlader",
    citizenship: "BD",
    languages: ["ben", "eng"],
    arrivedMonthsAgo: 31,
    permits: [{ type: "asylum_request", issuedMonthsAgo: 30, expiresInDays: -700 }],
  },
  // Nucleo Omoregie (Nigeria): a single mother with two children, one born in Palermo.
  {
    key: "blessing-omoregie",
    givenName: "Blessing",
    familyName: "Omoregie",
    sex: "female",
    age: 29,
    citizenship: "NG",
    languages: ["eng", "pcm", "bin"],
    italianLevel: "a2",
    arrivedMonthsAgo: 50,
    otherNames: [{ kind: "alias", givenName: "Blessing", familyName: "Omorogie" }],
    domicile: "Brancaccio",
    permits: [{ type: "refugee_status", issuedMonthsAgo: 30, expiresInDays: 1500 }],
    vulnerabilities: [
      { code: "single_parent_with_minors", sinceMonthsAgo: 50 },
      { code: "trafficking", sinceMonthsAgo: 50, note: "Percorso di protezione sociale in corso" },
    ],
  },
  {
    key: "osas-omoregie",
    givenName: "Osas",
    familyName: "Omoregie",
    sex: "male",
    age: 8,
    citizenship: "NG",
    languages: ["eng", "pcm", "ita"],
    italianLevel: "b1",
    arrivedMonthsAgo: 50,
    arrivedWith: "blessing-omoregie",
    domicile: "Brancaccio",
    permits: [{ type: "family", issuedMonthsAgo: 30, expiresInDays: 1500 }],
  },
  {
    key: "esther-omoregie",
    givenName: "Esther",
    familyName: "Omoregie",
    sex: "female",
    age: 4,
    citizenship: "NG",
    countryOfBirth: "IT",
    languages: ["ita", "eng"],
    domicile: "Brancaccio",
    permits: [{ type: "family", issuedMonthsAgo: 30, expiresInDays: 1500 }],
  },
  // Planted duplicate 3: the names swapped, as on some Nigerian documents; the same birth date.
  {
    key: "chidinma-nwosu",
    givenName: "Chidinma",
    familyName: "Nwosu",
    sex: "female",
    age: 32,
    citizenship: "NG",
    languages: ["ibo", "eng"],
    italianLevel: "a2",
    arrivedMonthsAgo: 70,
    domicile: "Albergheria",
    permits: [{ type: "subsidiary_protection", issuedMonthsAgo: 60, expiresInDays: -20 }],
  },
  {
    key: "nwosu-chidinma",
    givenName: "Nwosu",
    familyName: "Chidinma",
    sex: "female",
    age: 32,
    sameBirthAs: "chidinma-nwosu",
    citizenship: "NG",
    languages: ["eng"],
  },
  // Gambia: young men, one of them met by the mobile unit.
  {
    key: "lamin-jarju",
    givenName: "Lamin",
    familyName: "Jarju",
    sex: "male",
    age: 24,
    yearOnly: true,
    citizenship: "GM",
    languages: ["mnk", "wol", "eng"],
    italianLevel: "b1",
    arrivedMonthsAgo: 80,
    domicile: "Zisa",
    permits: [
      { type: "minor_age", issuedMonthsAgo: 78, expiresInDays: -2100 },
      { type: "special_protection", issuedMonthsAgo: 20, expiresInDays: 400 },
    ],
    vulnerabilities: [{ code: "unaccompanied_minor", sinceMonthsAgo: 80, endedMonthsAgo: 70 }],
  },
  {
    key: "ebrima-touray",
    givenName: "Ebrima",
    familyName: "Touray",
    sex: "male",
    age: 21,
    citizenship: "GM",
    languages: ["mnk", "eng"],
    italianLevel: "a1",
    arrivedMonthsAgo: 20,
    domicile: ROUGH_SLEEPING_PALERMO,
    permits: [{ type: "asylum_request", issuedMonthsAgo: 5, expiresInDays: 40 }],
    vulnerabilities: [
      { code: "homelessness", sinceMonthsAgo: 3 },
      { code: "mental_distress", sinceMonthsAgo: 6, note: "Colloqui con la psicologa del polo" },
    ],
    healthOrTaxCode: "provisional_tax_code",
  },
  {
    key: "ousman-bojang",
    givenName: "Ousman",
    familyName: "Bojang",
    sex: "male",
    age: 26,
    yearOnly: true,
    citizenship: "GM",
    languages: ["wol", "mnk", "eng"],
    italianLevel: "pre_a1",
    arrivedMonthsAgo: 60,
    domicile: ROUGH_SLEEPING_PALERMO,
    vulnerabilities: [{ code: "homelessness", sinceMonthsAgo: 10 }],
    healthOrTaxCode: "stp",
  },
  // Nucleo Melnychuk (Ukraine): a mother, her son and her own mother, under temporary protection.
  {
    key: "oksana-melnychuk",
    givenName: "Oksana",
    familyName: "Melnychuk",
    sex: "female",
    age: 38,
    citizenship: "UA",
    languages: ["ukr", "rus", "eng"],
    italianLevel: "a2",
    arrivedMonthsAgo: 44,
    otherNames: [{ kind: "original_script", givenName: "Оксана", familyName: "Мельничук" }],
    domicile: "Libertà",
    permits: [{ type: "temporary_protection", issuedMonthsAgo: 11, expiresInDays: 55 }],
    vulnerabilities: [{ code: "single_parent_with_minors", sinceMonthsAgo: 44 }],
  },
  {
    key: "danylo-melnychuk",
    givenName: "Danylo",
    familyName: "Melnychuk",
    sex: "male",
    age: 10,
    citizenship: "UA",
    languages: ["ukr", "ita", "rus"],
    italianLevel: "b1",
    arrivedMonthsAgo: 44,
    arrivedWith: "oksana-melnychuk",
    otherNames: [{ kind: "original_script", givenName: "Данило", familyName: "Мельничук" }],
    domicile: "Libertà",
    permits: [{ type: "temporary_protection", issuedMonthsAgo: 11, expiresInDays: 55 }],
  },
  {
    key: "halyna-bondar",
    givenName: "Halyna",
    familyName: "Bondar",
    sex: "female",
    age: 71,
    yearOnly: true,
    citizenship: "UA",
    languages: ["ukr", "rus"],
    italianLevel: "pre_a1",
    arrivedMonthsAgo: 44,
    arrivedWith: "oksana-melnychuk",
    otherNames: [{ kind: "original_script", givenName: "Галина", familyName: "Бондар" }],
    domicile: "Libertà",
    permits: [{ type: "temporary_protection", issuedMonthsAgo: 11, expiresInDays: 55 }],
    vulnerabilities: [{ code: "elderly", sinceMonthsAgo: 44 }],
  },
  // Eritrea: a refugee mother and her daughter (who bears her father's given name), and a young man.
  {
    key: "senait-tesfay",
    givenName: "Senait",
    familyName: "Tesfay",
    sex: "female",
    age: 31,
    yearOnly: true,
    citizenship: "ER",
    languages: ["tir", "ara", "eng"],
    italianLevel: "a2",
    arrivedMonthsAgo: 36,
    otherNames: [{ kind: "original_script", givenName: "ሰናይት", familyName: "ተስፋይ" }],
    domicile: "Oreto",
    permits: [{ type: "refugee_status", issuedMonthsAgo: 28, expiresInDays: 1500 }],
    vulnerabilities: [
      { code: "single_parent_with_minors", sinceMonthsAgo: 36 },
      {
        code: "torture_or_violence_survivor",
        sinceMonthsAgo: 36,
        note: "Certificazione del centro specializzato",
      },
    ],
  },
  {
    key: "rahel-kidane",
    givenName: "Rahel",
    familyName: "Kidane",
    sex: "female",
    age: 6,
    yearOnly: true,
    citizenship: "ER",
    languages: ["tir", "ita"],
    italianLevel: "a2",
    arrivedMonthsAgo: 36,
    arrivedWith: "senait-tesfay",
    otherNames: [{ kind: "original_script", givenName: "ራሄል", familyName: "ኪዳነ" }],
    domicile: "Oreto",
    permits: [{ type: "family", issuedMonthsAgo: 28, expiresInDays: 1500 }],
  },
  {
    key: "yonas-gebremedhin",
    givenName: "Yonas",
    familyName: "Gebremedhin",
    sex: "male",
    age: 27,
    yearOnly: true,
    citizenship: "ER",
    languages: ["tir", "ara"],
    italianLevel: "a1",
    arrivedMonthsAgo: 16,
    otherNames: [{ kind: "original_script", givenName: "ዮናስ", familyName: "ገብረመድህን" }],
    domicile: "Albergheria",
    permits: [
      { type: "asylum_request", issuedMonthsAgo: 15, expiresInDays: -200 },
      { type: "subsidiary_protection", issuedMonthsAgo: 4, expiresInDays: 1700 },
    ],
  },
  // Nucleo Ofori (Ghana)
  {
    key: "kwabena-ofori",
    givenName: "Kwabena",
    familyName: "Ofori",
    sex: "male",
    age: 41,
    citizenship: "GH",
    languages: ["twi", "eng"],
    italianLevel: "b1",
    arrivedMonthsAgo: 130,
    domicile: "Ballarò",
    permits: [{ type: "work", issuedMonthsAgo: 20, expiresInDays: 160 }],
  },
  {
    key: "akosua-mensah",
    givenName: "Akosua",
    familyName: "Mensah",
    sex: "female",
    age: 35,
    yearOnly: true,
    citizenship: "GH",
    languages: ["twi", "eng"],
    italianLevel: "a2",
    arrivedMonthsAgo: 70,
    domicile: "Ballarò",
    permits: [{ type: "family", issuedMonthsAgo: 20, expiresInDays: 160 }],
  },
  {
    key: "nana-ama-ofori",
    givenName: "Nana Ama",
    familyName: "Ofori",
    sex: "female",
    age: 3,
    citizenship: "GH",
    countryOfBirth: "IT",
    languages: ["twi", "ita"],
    domicile: "Ballarò",
    permits: [{ type: "family", issuedMonthsAgo: 20, expiresInDays: 160 }],
  },
  // Nucleo Tharmaseelan (Sri Lanka): long-term residents; the daughter was born in Palermo.
  {
    key: "tharmaseelan-kanagaratnam",
    givenName: "Tharmaseelan",
    familyName: "Kanagaratnam",
    sex: "male",
    age: 47,
    citizenship: "LK",
    languages: ["tam", "eng", "ita"],
    italianLevel: "b2",
    arrivedMonthsAgo: 220,
    domicile: "Politeama",
    permits: [{ type: "long_term_eu", issuedMonthsAgo: 100 }],
  },
  {
    key: "vasanthy-tharmaseelan",
    givenName: "Vasanthy",
    familyName: "Tharmaseelan",
    sex: "female",
    age: 44,
    yearOnly: true,
    citizenship: "LK",
    languages: ["tam", "ita"],
    italianLevel: "b1",
    arrivedMonthsAgo: 190,
    domicile: "Politeama",
    permits: [{ type: "long_term_eu", issuedMonthsAgo: 90 }],
  },
  {
    key: "abinaya-tharmaseelan",
    givenName: "Abinaya",
    familyName: "Tharmaseelan",
    sex: "female",
    age: 15,
    citizenship: "LK",
    countryOfBirth: "IT",
    languages: ["ita", "tam", "eng"],
    italianLevel: "c1",
    domicile: "Politeama",
    permits: [{ type: "family", issuedMonthsAgo: 26, expiresInDays: 700 }],
  },
  // Sudan, Senegal, Mali, Guinea
  {
    key: "hamid-yousif-adam",
    givenName: "Hamid",
    familyName: "Yousif Adam",
    sex: "male",
    age: 29,
    yearOnly: true,
    citizenship: "SD",
    languages: ["apd", "eng"],
    italianLevel: "a2",
    arrivedMonthsAgo: 26,
    otherNames: [{ kind: "original_script", givenName: "حامد", familyName: "يوسف آدم" }],
    domicile: "Oreto",
    permits: [{ type: "refugee_status", issuedMonthsAgo: 18, expiresInDays: 1600 }],
  },
  {
    key: "modou-fall",
    givenName: "Modou",
    familyName: "Fall",
    sex: "male",
    age: 34,
    citizenship: "SN",
    languages: ["wol", "fra"],
    italianLevel: "b1",
    arrivedMonthsAgo: 90,
    domicile: "Borgo Vecchio",
    permits: [{ type: "work", issuedMonthsAgo: 8, expiresInDays: 700 }],
  },
  {
    key: "bakary-diarra",
    givenName: "Bakary",
    familyName: "Diarra",
    sex: "male",
    age: 23,
    yearOnly: true,
    citizenship: "ML",
    languages: ["bam", "fra"],
    italianLevel: "a2",
    arrivedMonthsAgo: 54,
    domicile: "Danisinni",
    permits: [
      { type: "humanitarian", issuedMonthsAgo: 50, expiresInDays: -400 },
      { type: "special_protection", issuedMonthsAgo: 12, expiresInDays: 360 },
    ],
  },
  {
    key: "thierno-sow",
    givenName: "Thierno Amadou",
    familyName: "Sow",
    sex: "male",
    age: 19,
    yearOnly: true,
    citizenship: "GN",
    languages: ["fuf", "fra"],
    italianLevel: "a1",
    arrivedMonthsAgo: 26,
    domicile: "Noce",
    permits: [
      { type: "minor_age", issuedMonthsAgo: 24, expiresInDays: -150 },
      { type: "asylum_request", issuedMonthsAgo: 5, expiresInDays: 150 },
    ],
    vulnerabilities: [{ code: "unaccompanied_minor", sinceMonthsAgo: 26, endedMonthsAgo: 8 }],
  },
];

// ---------------------------------------------------------------------------------------------
// Comune di Latina (LgNet2): farm workers of the Agro Pontino and others (10 people)
// ---------------------------------------------------------------------------------------------

const latina: DemoPersonSpec[] = [
  {
    key: "paramjit-sandhu",
    givenName: "Paramjit Singh",
    familyName: "Sandhu",
    sex: "male",
    age: 45,
    citizenship: "IN",
    languages: ["pan", "hin"],
    italianLevel: "a2",
    arrivedMonthsAgo: 160,
    domicile: "Borgo Sabotino",
    permits: [{ type: "long_term_eu", issuedMonthsAgo: 70 }],
  },
  {
    key: "kulwinder-kaur",
    givenName: "Kulwinder",
    familyName: "Kaur",
    sex: "female",
    age: 41,
    yearOnly: true,
    citizenship: "IN",
    languages: ["pan"],
    italianLevel: "pre_a1",
    arrivedMonthsAgo: 120,
    domicile: "Borgo Sabotino",
    permits: [{ type: "family", issuedMonthsAgo: 18, expiresInDays: 540 }],
  },
  {
    key: "jasleen-sandhu",
    givenName: "Jasleen Kaur",
    familyName: "Sandhu",
    sex: "female",
    age: 11,
    citizenship: "IN",
    languages: ["pan", "ita"],
    italianLevel: "b2",
    arrivedMonthsAgo: 120,
    arrivedWith: "kulwinder-kaur",
    domicile: "Borgo Sabotino",
    permits: [{ type: "family", issuedMonthsAgo: 18, expiresInDays: 540 }],
  },
  {
    key: "harpreet-singh",
    givenName: "Harpreet",
    familyName: "Singh",
    sex: "male",
    age: 29,
    citizenship: "IN",
    languages: ["pan", "hin"],
    italianLevel: "a1",
    arrivedMonthsAgo: 30,
    domicile: "Latina Scalo",
    permits: [{ type: "work", issuedMonthsAgo: 8, expiresInDays: 20 }],
  },
  {
    key: "baljinder-gill",
    givenName: "Baljinder Singh",
    familyName: "Gill",
    sex: "male",
    age: 36,
    yearOnly: true,
    citizenship: "IN",
    languages: ["pan"],
    italianLevel: "pre_a1",
    arrivedMonthsAgo: 70,
    domicile: "Borgo Podgora",
    permits: [{ type: "other", issuedMonthsAgo: 10, expiresInDays: 300 }],
    vulnerabilities: [
      { code: "trafficking", sinceMonthsAgo: 12, note: "Sfruttamento lavorativo in agricoltura" },
    ],
  },
  {
    key: "gurdeep-singh",
    givenName: "Gurdeep",
    familyName: "Singh",
    sex: "male",
    age: 52,
    citizenship: "IN",
    languages: ["pan", "hin", "ita"],
    italianLevel: "b1",
    arrivedMonthsAgo: 240,
    domicile: "Latina Scalo",
    permits: [{ type: "long_term_eu", issuedMonthsAgo: 150 }],
  },
  {
    key: "lakhwinder-singh",
    givenName: "Lakhwinder",
    familyName: "Singh",
    sex: "male",
    age: 24,
    yearOnly: true,
    citizenship: "IN",
    languages: ["pan"],
    italianLevel: "pre_a1",
    arrivedMonthsAgo: 7,
    domicile: "Borgo Podgora",
    permits: [{ type: "asylum_request", issuedMonthsAgo: 6, expiresInDays: 45 }],
    healthOrTaxCode: "provisional_tax_code",
  },
  {
    key: "esohe-ighodaro",
    givenName: "Esohe",
    familyName: "Ighodaro",
    sex: "female",
    age: 26,
    citizenship: "NG",
    languages: ["bin", "pcm", "eng"],
    italianLevel: "a2",
    arrivedMonthsAgo: 40,
    domicile: "Latina centro",
    permits: [{ type: "other", issuedMonthsAgo: 14, expiresInDays: 200 }],
    vulnerabilities: [{ code: "trafficking", sinceMonthsAgo: 40 }],
  },
  {
    key: "rachid-el-idrissi",
    givenName: "Rachid",
    familyName: "El Idrissi",
    sex: "male",
    age: 39,
    yearOnly: true,
    citizenship: "MA",
    languages: ["ary", "fra"],
    italianLevel: "b1",
    arrivedMonthsAgo: 140,
    otherNames: [{ kind: "original_script", givenName: "رشيد", familyName: "الإدريسي" }],
    domicile: "Senza dimora",
    permits: [{ type: "work", issuedMonthsAgo: 30, expiresInDays: -40 }],
    vulnerabilities: [{ code: "homelessness", sinceMonthsAgo: 2 }],
    healthOrTaxCode: "stp",
  },
  {
    key: "rubel-mridha",
    givenName: "Rubel Hossain",
    familyName: "Mridha",
    sex: "male",
    age: 30,
    citizenship: "BD",
    languages: ["ben"],
    italianLevel: "a1",
    arrivedMonthsAgo: 18,
    otherNames: [{ kind: "original_script", givenName: "রুবেল হোসেন", familyName: "মৃধা" }],
    domicile: "Latina Scalo",
    permits: [{ type: "asylum_request", issuedMonthsAgo: 6, expiresInDays: 90 }],
    healthOrTaxCode: "provisional_tax_code",
  },
];

// ---------------------------------------------------------------------------------------------
// Unione dei Comuni Valle del Savio, INTARSI lead partner: households with minors (10 people)
// ---------------------------------------------------------------------------------------------

const valleSavio: DemoPersonSpec[] = [
  {
    key: "joy-osagie",
    givenName: "Joy",
    familyName: "Osagie",
    sex: "female",
    age: 30,
    citizenship: "NG",
    languages: ["eng", "pcm", "bin"],
    italianLevel: "a2",
    arrivedMonthsAgo: 48,
    domicile: "Quartiere Oltre Savio",
    permits: [{ type: "refugee_status", issuedMonthsAgo: 40, expiresInDays: 1400 }],
    vulnerabilities: [{ code: "single_parent_with_minors", sinceMonthsAgo: 48 }],
  },
  {
    key: "destiny-osagie",
    givenName: "Destiny",
    familyName: "Osagie",
    sex: "male",
    age: 7,
    citizenship: "NG",
    languages: ["eng", "ita"],
    italianLevel: "b1",
    arrivedMonthsAgo: 48,
    arrivedWith: "joy-osagie",
    domicile: "Quartiere Oltre Savio",
    permits: [{ type: "family", issuedMonthsAgo: 40, expiresInDays: 1400 }],
  },
  {
    key: "favour-osagie",
    givenName: "Favour",
    familyName: "Osagie",
    sex: "female",
    age: 2,
    citizenship: "NG",
    countryOfBirth: "IT",
    languages: ["eng", "ita"],
    domicile: "Quartiere Oltre Savio",
  },
  {
    key: "shahzad-gondal",
    givenName: "Shahzad Iqbal",
    familyName: "Gondal",
    sex: "male",
    age: 39,
    citizenship: "PK",
    languages: ["urd", "pnb", "eng"],
    italianLevel: "a2",
    arrivedMonthsAgo: 60,
    domicile: "Quartiere Fiume",
    permits: [{ type: "subsidiary_protection", issuedMonthsAgo: 55, expiresInDays: 150 }],
  },
  {
    key: "rukhsana-bibi",
    givenName: "Rukhsana",
    familyName: "Bibi",
    sex: "female",
    age: 34,
    yearOnly: true,
    citizenship: "PK",
    languages: ["urd", "pnb"],
    italianLevel: "pre_a1",
    arrivedMonthsAgo: 30,
    domicile: "Quartiere Fiume",
    permits: [{ type: "family", issuedMonthsAgo: 28, expiresInDays: 500 }],
    vulnerabilities: [{ code: "serious_illness", sinceMonthsAgo: 9 }],
  },
  {
    key: "hamza-shahzad",
    givenName: "Hamza",
    familyName: "Shahzad",
    sex: "male",
    age: 9,
    citizenship: "PK",
    languages: ["urd", "ita"],
    italianLevel: "b1",
    arrivedMonthsAgo: 30,
    arrivedWith: "rukhsana-bibi",
    domicile: "Quartiere Fiume",
    permits: [{ type: "family", issuedMonthsAgo: 28, expiresInDays: 500 }],
  },
  {
    key: "adjoua-kouassi",
    givenName: "Adjoua",
    familyName: "Kouassi",
    sex: "female",
    age: 28,
    yearOnly: true,
    citizenship: "CI",
    languages: ["fra", "dyu"],
    italianLevel: "a1",
    arrivedMonthsAgo: 20,
    domicile: "Quartiere Cervese Sud",
    permits: [{ type: "asylum_request", issuedMonthsAgo: 5, expiresInDays: 33 }],
    vulnerabilities: [
      { code: "single_parent_with_minors", sinceMonthsAgo: 20 },
      { code: "mental_distress", sinceMonthsAgo: 7 },
    ],
    healthOrTaxCode: "provisional_tax_code",
  },
  {
    key: "grace-nguessan",
    givenName: "Grâce",
    familyName: "N'Guessan",
    sex: "female",
    age: 6,
    citizenship: "CI",
    languages: ["fra", "ita"],
    italianLevel: "a2",
    arrivedMonthsAgo: 20,
    arrivedWith: "adjoua-kouassi",
    domicile: "Quartiere Cervese Sud",
  },
  {
    key: "farid-noori",
    givenName: "Farid Ahmad",
    familyName: "Noori",
    sex: "male",
    age: 35,
    citizenship: "AF",
    languages: ["prs", "pbu", "eng"],
    italianLevel: "a2",
    arrivedMonthsAgo: 54,
    otherNames: [{ kind: "original_script", givenName: "فرید احمد", familyName: "نوری" }],
    domicile: "Quartiere Centro Urbano",
    permits: [{ type: "refugee_status", issuedMonthsAgo: 48, expiresInDays: 1300 }],
  },
  {
    key: "pape-gueye",
    givenName: "Pape Moussa",
    familyName: "Gueye",
    sex: "male",
    age: 31,
    yearOnly: true,
    citizenship: "SN",
    languages: ["wol", "fra"],
    italianLevel: "a2",
    arrivedMonthsAgo: 72,
    domicile: "Quartiere Valle Savio",
    permits: [
      { type: "humanitarian", issuedMonthsAgo: 66, expiresInDays: -1000 },
      { type: "special_protection", issuedMonthsAgo: 20, expiresInDays: 380 },
    ],
  },
];

/** Every demo person by the organisation that registered them (the data controller). */
export const demoPeople: Record<DemoPeopleOrgKey, DemoPersonSpec[]> = {
  "comune-palermo": palermo,
  "comune-latina": latina,
  "unione-valle-savio": valleSavio,
};

/** The municipality of each organisation's people (it must be among the demo territories). */
export const demoDomicileIstat: Record<DemoPeopleOrgKey, string> = {
  "comune-palermo": "082053",
  "comune-latina": "059011",
  "unione-valle-savio": "040007",
};

/** Who issued the permits of each organisation's people. */
export const demoPermitIssuer: Record<DemoPeopleOrgKey, string> = {
  "comune-palermo": "Questura di Palermo",
  "comune-latina": "Questura di Latina",
  "unione-valle-savio": "Questura di Forlì-Cesena",
};

/** The planted likely duplicates, to try the merge: [registered first, registered again]. */
export const demoDuplicatePairs: readonly (readonly [string, string])[] = [
  ["ben-hassine", "benhassine"],
  ["howlader", "hawlader"],
  ["chidinma-nwosu", "nwosu-chidinma"],
];

export const demoHouseholds: DemoHouseholdSpec[] = [
  {
    orgKey: "comune-palermo",
    label: "Nucleo Sassi",
    members: [
      { personKey: "kamel-sassi", relation: "reference_person" },
      { personKey: "salma-ayari", relation: "spouse" },
      { personKey: "yasmine-sassi", relation: "child" },
      { personKey: "adam-sassi", relation: "child" },
    ],
    former: [{ personKey: "youssef-sassi", relation: "child", leftDaysAgo: 150, reason: "moved" }],
  },
  {
    orgKey: "comune-palermo",
    label: "Nucleo Sassi – Dridi",
    members: [
      { personKey: "youssef-sassi", relation: "reference_person", joinedDaysAgo: 150 },
      { personKey: "ines-dridi", relation: "spouse" },
    ],
  },
  {
    orgKey: "comune-palermo",
    label: "Nucleo Talukder",
    members: [
      { personKey: "saiful-talukder", relation: "reference_person" },
      { personKey: "rupa-akter", relation: "spouse" },
      { personKey: "tanvir-talukder", relation: "child" },
    ],
  },
  {
    orgKey: "comune-palermo",
    label: "Nucleo Omoregie",
    members: [
      { personKey: "blessing-omoregie", relation: "reference_person" },
      { personKey: "osas-omoregie", relation: "child" },
      { personKey: "esther-omoregie", relation: "child" },
    ],
  },
  {
    orgKey: "comune-palermo",
    label: "Nucleo Melnychuk",
    members: [
      { personKey: "oksana-melnychuk", relation: "reference_person" },
      { personKey: "danylo-melnychuk", relation: "child" },
      { personKey: "halyna-bondar", relation: "parent" },
    ],
  },
  {
    orgKey: "comune-palermo",
    label: "Nucleo Tesfay",
    members: [
      { personKey: "senait-tesfay", relation: "reference_person" },
      { personKey: "rahel-kidane", relation: "child" },
    ],
  },
  {
    orgKey: "comune-palermo",
    label: "Nucleo Ofori",
    members: [
      { personKey: "kwabena-ofori", relation: "reference_person" },
      { personKey: "akosua-mensah", relation: "partner" },
      { personKey: "nana-ama-ofori", relation: "child" },
    ],
  },
  {
    orgKey: "comune-palermo",
    label: "Nucleo Tharmaseelan",
    members: [
      { personKey: "tharmaseelan-kanagaratnam", relation: "reference_person" },
      { personKey: "vasanthy-tharmaseelan", relation: "spouse" },
      { personKey: "abinaya-tharmaseelan", relation: "child" },
    ],
  },
  {
    orgKey: "comune-latina",
    label: "Nucleo Sandhu",
    members: [
      { personKey: "paramjit-sandhu", relation: "reference_person" },
      { personKey: "kulwinder-kaur", relation: "spouse" },
      { personKey: "jasleen-sandhu", relation: "child" },
    ],
  },
  {
    orgKey: "unione-valle-savio",
    label: "Nucleo Osagie",
    members: [
      { personKey: "joy-osagie", relation: "reference_person" },
      { personKey: "destiny-osagie", relation: "child" },
      { personKey: "favour-osagie", relation: "child" },
    ],
  },
  {
    orgKey: "unione-valle-savio",
    label: "Nucleo Gondal",
    members: [
      { personKey: "shahzad-gondal", relation: "reference_person" },
      { personKey: "rukhsana-bibi", relation: "spouse" },
      { personKey: "hamza-shahzad", relation: "child" },
    ],
  },
  {
    orgKey: "unione-valle-savio",
    label: "Nucleo Kouassi",
    members: [
      { personKey: "adjoua-kouassi", relation: "reference_person" },
      { personKey: "grace-nguessan", relation: "child" },
    ],
  },
];

export const demoConsents: DemoConsentSpec[] = [
  // Palermo
  {
    personKey: "kamel-sassi",
    purpose: "case_management",
    toOrgKeys: [],
    givenDaysAgo: 400,
    explainedIn: "aeb",
  },
  {
    personKey: "kamel-sassi",
    purpose: "photo_video",
    toOrgKeys: [],
    givenDaysAgo: 400,
    explainedIn: "aeb",
    withdrawnDaysAgo: 120,
    withdrawalNote: "Non desidera più comparire nei materiali del progetto",
  },
  {
    personKey: "salma-ayari",
    purpose: "case_management",
    toOrgKeys: [],
    givenDaysAgo: 400,
    explainedIn: "aeb",
  },
  {
    personKey: "youssef-sassi",
    purpose: "case_management",
    toOrgKeys: [],
    givenDaysAgo: 110,
    explainedIn: "ita",
  },
  {
    personKey: "ben-hassine",
    purpose: "case_management",
    toOrgKeys: [],
    givenDaysAgo: 600,
    explainedIn: "aeb",
  },
  {
    personKey: "ziad-ragab",
    purpose: "case_management",
    toOrgKeys: [],
    givenDaysAgo: 400,
    explainedIn: "arz",
  },
  {
    personKey: "saiful-talukder",
    purpose: "case_management",
    toOrgKeys: [],
    givenDaysAgo: 300,
    explainedIn: "ben",
  },
  {
    personKey: "blessing-omoregie",
    purpose: "case_management",
    toOrgKeys: [],
    givenDaysAgo: 700,
    explainedIn: "eng",
  },
  {
    personKey: "blessing-omoregie",
    purpose: "data_sharing",
    toOrgKeys: ["centro-penc"],
    dataCategories: ["identity", "contacts", "social"],
    givenDaysAgo: 300,
    explainedIn: "eng",
  },
  {
    personKey: "oksana-melnychuk",
    purpose: "case_management",
    toOrgKeys: [],
    givenDaysAgo: 1200,
    explainedIn: "ukr",
  },
  {
    personKey: "oksana-melnychuk",
    purpose: "data_sharing",
    toOrgKeys: ["centro-penc"],
    dataCategories: ["identity", "contacts", "social", "education"],
    givenDaysAgo: 500,
    explainedIn: "ukr",
  },
  {
    personKey: "senait-tesfay",
    purpose: "case_management",
    toOrgKeys: [],
    givenDaysAgo: 900,
    explainedIn: "tir",
  },
  {
    personKey: "senait-tesfay",
    purpose: "referral",
    toOrgKeys: ["centro-accura"],
    dataCategories: ["identity", "social", "health", "torture"],
    givenDaysAgo: 200,
    explainedIn: "tir",
  },
  {
    personKey: "ebrima-touray",
    purpose: "case_management",
    toOrgKeys: [],
    givenDaysAgo: 150,
    explainedIn: "eng",
  },
  {
    personKey: "ebrima-touray",
    purpose: "referral",
    toOrgKeys: ["centro-accura"],
    dataCategories: ["identity", "contacts", "mental_health"],
    givenDaysAgo: 90,
    explainedIn: "mnk",
  },
  // Latina
  {
    personKey: "paramjit-sandhu",
    purpose: "case_management",
    toOrgKeys: [],
    givenDaysAgo: 500,
    explainedIn: "pan",
  },
  {
    personKey: "paramjit-sandhu",
    purpose: "data_sharing",
    toOrgKeys: ["astrolabio"],
    dataCategories: ["identity", "contacts", "work"],
    givenDaysAgo: 500,
    explainedIn: "pan",
  },
  {
    personKey: "esohe-ighodaro",
    purpose: "data_sharing",
    toOrgKeys: ["astrolabio"],
    dataCategories: ["identity", "contacts", "social", "trafficking"],
    givenDaysAgo: 380,
    explainedIn: "pcm",
  },
  // Unione dei Comuni Valle del Savio
  {
    personKey: "joy-osagie",
    purpose: "case_management",
    toOrgKeys: [],
    givenDaysAgo: 1000,
    explainedIn: "eng",
  },
  {
    personKey: "joy-osagie",
    purpose: "data_sharing",
    toOrgKeys: ["asp-cesena-valle-savio"],
    givenDaysAgo: 1000,
    explainedIn: "eng",
  },
  {
    personKey: "shahzad-gondal",
    purpose: "data_sharing",
    toOrgKeys: ["asp-cesena-valle-savio"],
    dataCategories: ["identity", "social", "housing", "education"],
    givenDaysAgo: 900,
    explainedIn: "urd",
  },
  {
    personKey: "adjoua-kouassi",
    purpose: "referral",
    toOrgKeys: ["asp-cesena-valle-savio"],
    dataCategories: ["identity", "contacts", "mental_health"],
    givenDaysAgo: 100,
    explainedIn: "fra",
  },
];
