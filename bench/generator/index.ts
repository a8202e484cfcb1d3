/**
 * The benchmark data generator: realistic multilingual people and households at any size, with
 * labelled planted duplicates, written straight into the database. See bench/README.md.
 */
export {
  ensureOrganizations,
  LOADED_TABLES,
  type LoadOptions,
  type LoadReport,
  type LoadTarget,
  loadPeople,
} from "./load.ts";
export { type OriginNames, origins } from "./names.data.ts";
export {
  type BenchOrganization,
  type DuplicateChange,
  type DuplicateLabel,
  defaultOrganizations,
  type GeneratedHousehold,
  type GeneratedPerson,
  type GenerateOptions,
  generatePeople,
  type MatchQueryBody,
  type PeopleBatch,
} from "./people.ts";
export { Rng } from "./prng.ts";
export { nativeName, toUkrainianCyrillic } from "./scripts.ts";
export { provisionalTaxCode, taxCodeOf } from "./tax-code.ts";
