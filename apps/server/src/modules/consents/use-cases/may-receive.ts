import type { ConsentPurpose, DataCategory } from "@approdo/contracts";
import type { Tx } from "../../../platform/db/database.ts";
import { findPersonControl, listConsents } from "../consents.repository.ts";
import { coversRequest, todayInItaly } from "../consents.rules.ts";

/** A merged record points at its survivor, which may itself have been merged later; never a loop. */
const MAX_MERGE_HOPS = 5;

export interface MayReceiveQuery {
  personId: string;
  organizationId: string;
  purpose: ConsentPurpose;
  dataCategory: DataCategory;
  /** YYYY-MM-DD; today (in Italy) when absent. */
  at?: string;
}

export interface MayReceiveAnswer {
  allowed: boolean;
  /** The consent that allows it; null when refused, or when the organisation is the controller. */
  consentId: string | null;
}

/**
 * Whether an organisation may receive one kind of a person's data for a purpose on a day: the
 * controller always may; anyone else needs a consent of that purpose in force that day that lists
 * the organisation and covers the category (the newest such consent is returned). Runs in the
 * caller's transaction and under its row-level security: a person the caller cannot see is refused.
 */
export async function mayReceive(tx: Tx, query: MayReceiveQuery): Promise<MayReceiveAnswer> {
  const at = query.at ?? todayInItaly();
  const person = await resolvePerson(tx, query.personId);
  if (!person) return { allowed: false, consentId: null };
  if (person.organizationId === query.organizationId) return { allowed: true, consentId: null };
  const request = {
    organizationId: query.organizationId,
    purpose: query.purpose,
    dataCategory: query.dataCategory,
    at,
  };
  const match = (await listConsents(tx, person.id, query.purpose)).find((c) => coversRequest(c, request));
  return { allowed: match !== undefined, consentId: match?.id ?? null };
}

/** The person, or the record it was merged into (its consents moved there with the merge). */
async function resolvePerson(
  tx: Tx,
  personId: string,
): Promise<{ id: string; organizationId: string } | null> {
  let id = personId;
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
    const person = await findPersonControl(tx, id);
    if (!person) return null;
    if (!person.mergedIntoId) return { id, organizationId: person.organizationId };
    id = person.mergedIntoId;
  }
  return null;
}
