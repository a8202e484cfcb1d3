export { registerAssessmentRoutes } from "./assessments.routes.ts";
export { defaultLevelLabels, labelIn } from "./domain-defaults.ts";
export { findLatestLevels } from "./use-cases/latest-levels.ts";
export { loadDomainMap, loadDomains } from "./use-cases/load-domains.ts";
