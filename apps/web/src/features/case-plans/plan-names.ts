/** Names the plan views show for the codes and ids a plan holds. */
export interface PlanNames {
  domain: (code: string) => string;
  person: (personId: string | null) => string | null;
  organization: (id: string | null) => string;
  operator: (id: string | null) => string;
}
