import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { registerApprovalHandler } from "../cases/index.ts";
import { registerPlanRoutes } from "./care-plans.routes.ts";
import { registerPlanPdfRoutes } from "./plan-pdf.routes.ts";
import { decidePlanVersion } from "./use-cases/decide-plan.ts";

export { buildPlanSummaryHtml, type PlanSummaryModel } from "./pdf/plan-summary.html.ts";

// A coordinator's decision on a submitted plan version (the cases module's approvals) lands here.
registerApprovalHandler("plan_version", decidePlanVersion);

/** Plans, versions, agreement, action progress and the printable summary. */
export function registerCarePlanRoutes(app: AppInstance, deps: AppDeps): void {
  registerPlanRoutes(app, deps);
  registerPlanPdfRoutes(app, deps);
}
