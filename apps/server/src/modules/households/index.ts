export { registerHouseholdRoutes } from "./households.routes.ts";
export { type BulkHousehold, createHouseholdsBulk } from "./use-cases/create-households-bulk.ts";
