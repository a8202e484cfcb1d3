export { findMissingNetworks, findMissingTerritories } from "./territories.repository.ts";
export { registerTerritoryRoutes } from "./territories.routes.ts";
export { ensureTerritories, italianMunicipalities, loadTerritories } from "./use-cases/load-territories.ts";
