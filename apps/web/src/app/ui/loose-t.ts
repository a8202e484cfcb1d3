import type { TFunction } from "i18next";

/** For keys known only at run time (codes from the server, validation descriptors). */
export type LooseT = (key: string, options?: Record<string, unknown>) => string;

export function looseT(t: TFunction): LooseT {
  return t as unknown as LooseT;
}
