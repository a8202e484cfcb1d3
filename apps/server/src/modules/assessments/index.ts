export { registerAssessmentRoutes } from "./assessments.routes.ts";
export { labelIn } from "./domain-defaults.ts";
export { findLatestLevels } from "./use-cases/latest-levels.ts";
export { loadDomainMap, loadDomains } from "./use-cases/load-domains.ts";
