export { indexNames, type MatchSubject, queryKeys, scoreMatch } from "./matching/index.ts";
export { canUsePeople } from "./people.policy.ts";
export { registerPeopleRoutes } from "./people.routes.ts";
export {
  type PersonReferenceMover,
  registerPersonReferenceMover,
} from "./person-references.ts";
export { refreshCommonNameKeys } from "./search.repository.ts";
export { assertPeopleVisible } from "./use-cases/assert-people-visible.ts";
export { type FieldProblem, referenceProblem } from "./use-cases/check-person-references.ts";
export { createPeopleBulk } from "./use-cases/create-people-bulk.ts";
export {
  createPreparedPeople,
  type PreparedPerson,
  preparePerson,
} from "./use-cases/create-prepared-people.ts";
export {
  type BulkDuplicateOptions,
  type DuplicateProbe,
  findRegistryDuplicates,
  type RegistryDuplicate,
} from "./use-cases/find-duplicates-bulk.ts";
export { buildRegistryIndex, loadRegistryIndex, type RegistryIndex } from "./use-cases/registry-index.ts";
