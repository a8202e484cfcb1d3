export { registerHouseholdRoutes } from "./households.routes.ts";
