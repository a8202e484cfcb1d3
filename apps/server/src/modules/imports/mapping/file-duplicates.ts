import type { PersonCreate } from "@approdo/contracts";
import { indexNames } from "../../people/index.ts";
import type { RowProblem } from "./map-row.ts";

/**
 * Duplicates within one file: the same tax code, or the same name skeleton (spelling- and
 * order-independent: "Mohamed Ali" and "ALI Mohammed") with the same birth year and citizenship.
 * A row is compared with the earlier rows that passed their own checks; the first one wins. Two
 * different tax codes are never duplicates.
 * Without a birth year the name alone is not enough (scoreMatch puts that at 0.77, below the 0.9
 * used against the registry).
 */
export class FileDuplicates {
  private readonly byTaxCode = new Map<string, number>();
  private readonly byName = new Map<string, { row: number; taxCode: string | null }>();

  /**
   * null when the row is new (and it is remembered), else the problem naming the earlier row.
   * `nameSkeleton`: the row's, when the caller has it already (`preparePerson` computes it).
   */
  check(rowNumber: number, input: PersonCreate, nameSkeleton?: string): RowProblem | null {
    const taxCode = input.taxCode ?? null;
    if (taxCode) {
      const earlier = this.byTaxCode.get(taxCode);
      if (earlier !== undefined) {
        return {
          code: "DUPLICATE_IN_FILE",
          field: "taxCode",
          message: `taxCode: the same tax code as row ${earlier}`,
        };
      }
    }
    const year = input.birthDate ? Number(input.birthDate.slice(0, 4)) : (input.birthYear ?? null);
    let nameKey: string | null = null;
    if (year !== null) {
      const skeleton =
        nameSkeleton ??
        indexNames([{ givenName: input.givenName, familyName: input.familyName }]).nameSkeleton;
      if (skeleton) nameKey = `${skeleton}|${year}|${input.citizenship ?? ""}`;
    }
    if (nameKey) {
      const earlier = this.byName.get(nameKey);
      // Two different tax codes are two different people, however alike their names.
      if (earlier && (earlier.taxCode === null || taxCode === null)) {
        return {
          code: "DUPLICATE_IN_FILE",
          field: null,
          message: `the same name, birth year and citizenship as row ${earlier.row}`,
        };
      }
    }
    if (taxCode) this.byTaxCode.set(taxCode, rowNumber);
    if (nameKey && !this.byName.has(nameKey)) this.byName.set(nameKey, { row: rowNumber, taxCode });
    return null;
  }
}
