import {
  type ConsentPurpose,
  consentPurposes,
  type DataCategory,
  dataCategories,
  isSpecialDataCategory,
} from "@approdo/contracts";

/** Today in Italy (the services' calendar), as YYYY-MM-DD. */
export function todayInItaly(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(now);
}

/** The terms of one recorded consent, as far as the rules below need them. */
export interface ConsentTerms {
  purpose: string;
  organizationIds: readonly string[];
  dataCategories: readonly string[];
  givenOn: string;
  withdrawnOn: string | null;
}

/** One organisation asking to receive one kind of a person's data, for one purpose, on a day. */
export interface ReceiveRequest {
  organizationId: string;
  purpose: ConsentPurpose;
  dataCategory: DataCategory;
  /** YYYY-MM-DD */
  at: string;
}

/** In force on `at`: given on or before that day, and not withdrawn on or before it. */
export function isActiveOn(consent: Pick<ConsentTerms, "givenOn" | "withdrawnOn">, at: string): boolean {
  return consent.givenOn <= at && (consent.withdrawnOn === null || consent.withdrawnOn > at);
}

/**
 * Whether a consent's categories include one kind of data: a consent that lists none covers every
 * non-special category; special categories (GDPR art. 9) must always be listed by name.
 */
export function coversCategory(categories: readonly string[], category: DataCategory): boolean {
  if (categories.length === 0) return !isSpecialDataCategory(category);
  return categories.includes(category);
}

/** Whether this consent allows the request: same purpose, in force that day, organisation and category listed. */
export function coversRequest(consent: ConsentTerms, request: ReceiveRequest): boolean {
  return (
    consent.purpose === request.purpose &&
    isActiveOn(consent, request.at) &&
    consent.organizationIds.includes(request.organizationId) &&
    coversCategory(consent.dataCategories, request.dataCategory)
  );
}

/** Every category a consent covers, in catalogue order. */
export function coveredCategories(categories: readonly string[]): DataCategory[] {
  return dataCategories.filter((c) => coversCategory(categories, c));
}

export interface CoverageByPurpose {
  purpose: ConsentPurpose;
  organizations: { organizationId: string; dataCategories: DataCategory[]; consentIds: string[] }[];
}

/**
 * What the consents in force on `on` allow, per purpose and organisation: the union of what each
 * consent covers for that organisation. Every purpose is listed, an empty one meaning "no consent".
 */
export function coverageOn(
  consents: readonly (ConsentTerms & { id: string })[],
  on: string,
): CoverageByPurpose[] {
  return consentPurposes.map((purpose) => {
    const byOrganization = new Map<string, { categories: Set<DataCategory>; consentIds: string[] }>();
    for (const consent of consents) {
      if (consent.purpose !== purpose || !isActiveOn(consent, on)) continue;
      for (const organizationId of consent.organizationIds) {
        const entry = byOrganization.get(organizationId) ?? { categories: new Set(), consentIds: [] };
        for (const category of coveredCategories(consent.dataCategories)) entry.categories.add(category);
        entry.consentIds.push(consent.id);
        byOrganization.set(organizationId, entry);
      }
    }
    const organizations = [...byOrganization].map(([organizationId, entry]) => ({
      organizationId,
      dataCategories: dataCategories.filter((c) => entry.categories.has(c)),
      consentIds: entry.consentIds,
    }));
    return { purpose, organizations };
  });
}

/** A consent is recorded after it was given: never with a date in the future. */
export function givenOnProblem(givenOn: string, today: string): string | null {
  return givenOn > today ? "The consent cannot be given on a day in the future" : null;
}

export function withdrawnOnProblem(givenOn: string, withdrawnOn: string, today: string): string | null {
  if (withdrawnOn < givenOn) return "The withdrawal date is before the day the consent was given";
  if (withdrawnOn > today) return "The withdrawal date is in the future";
  return null;
}
