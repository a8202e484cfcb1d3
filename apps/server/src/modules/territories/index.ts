export { findMissingNetworks, findMissingTerritories } from "./territories.repository.ts";
export { registerTerritoryRoutes } from "./territories.routes.ts";
