import { householdRelations } from "@approdo/contracts";
import type { TFunction } from "i18next";

/** The relations to the reference person, translated, for selects. */
export function relationOptions(t: TFunction) {
  return householdRelations.map((relation) => ({
    value: relation,
    label: t(`householdRelations.${relation}`),
  }));
}
