/** What the assessment form needs of a domain: from the catalogue, or the progress answer's domains. */
export interface DomainInfo {
  code: string;
  labels: Partial<Record<string, string | undefined>>;
  specialCategory: boolean;
  levels: Record<string, Partial<Record<string, string | undefined>>> | null;
  sortOrder: number;
  active: boolean;
}

export interface SubjectPerson {
  personId: string;
  givenName: string;
  familyName: string;
}
