export { registerPeopleRoutes } from "./people.routes.ts";
export {
  type PersonReferenceMover,
  registerPersonReferenceMover,
} from "./person-references.ts";
export { assertPeopleVisible } from "./use-cases/assert-people-visible.ts";
export { createPeopleBulk } from "./use-cases/create-people-bulk.ts";
