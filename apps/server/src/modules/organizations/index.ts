export { findMissingOrganizations } from "./organizations.repository.ts";
export { registerOrganizationRoutes } from "./organizations.routes.ts";
