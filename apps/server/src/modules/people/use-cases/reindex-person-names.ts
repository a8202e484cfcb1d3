import type { Tx } from "../../../platform/db/database.ts";
import { findNames, type PersonRow, setPersonDerived } from "../people.repository.ts";
import { nameIndexOf } from "../people.rules.ts";

/** Recomputes the stored name index from the document name and every other spelling now stored. */
export async function reindexPersonNames(
  tx: Tx,
  person: Pick<PersonRow, "id" | "givenName" | "familyName">,
): Promise<void> {
  const others = await findNames(tx, [person.id]);
  const index = nameIndexOf(person, others);
  await setPersonDerived(tx, person.id, {
    searchText: index.searchText,
    nameSkeleton: index.nameSkeleton,
    nameKeys: index.nameKeys,
  });
}
