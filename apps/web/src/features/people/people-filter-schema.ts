import { personListQuerySchema } from "@approdo/contracts";
import { z } from "zod";
import { blankToUndefined } from "../../app/forms/schema-helpers.ts";

const peopleFilterFields = z.object({
  q: z.string(),
  citizenship: z.string(),
  domicileIstat: z.string(),
  vulnerability: z.string(),
  permitExpiringWithinDays: z.string(),
});

/** Filter form → the shared query schema of GET /api/v1/people (without paging). */
export const peopleFilterSchema = peopleFilterFields
  .transform((form): unknown => ({
    q: blankToUndefined(form.q),
    citizenship: blankToUndefined(form.citizenship),
    domicileIstat: blankToUndefined(form.domicileIstat),
    vulnerability: blankToUndefined(form.vulnerability),
    permitExpiringWithinDays: blankToUndefined(form.permitExpiringWithinDays),
  }))
  .pipe(personListQuerySchema.omit({ limit: true, cursor: true }));

export type PeopleFilterInput = z.input<typeof peopleFilterFields>;
export type PeopleFilter = z.output<typeof peopleFilterSchema>;

export const emptyPeopleFilterForm: PeopleFilterInput = {
  q: "",
  citizenship: "",
  domicileIstat: "",
  vulnerability: "",
  permitExpiringWithinDays: "",
};

const filterKeys = Object.keys(peopleFilterFields.shape) as (keyof PeopleFilterInput)[];

/** The filters kept in the address (so "back" from a person returns to the same search). */
export function filterFormFromSearch(search: string): PeopleFilterInput {
  const params = new URLSearchParams(search);
  const form = { ...emptyPeopleFilterForm };
  for (const key of filterKeys) form[key] = params.get(key) ?? "";
  return form;
}

export function filterToSearch(filter: PeopleFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The filters in the address, when they are valid; otherwise none. */
export function filterFromSearch(search: string): PeopleFilter {
  const result = peopleFilterSchema.safeParse(filterFormFromSearch(search));
  return result.success ? result.data : {};
}
