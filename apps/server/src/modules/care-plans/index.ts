import { registerApprovalHandler } from "../cases/index.ts";
import { decidePlanVersion } from "./use-cases/decide-plan.ts";

export { registerCarePlanRoutes } from "./care-plans.routes.ts";

// A coordinator's decision on a submitted plan version (the cases module's approvals) lands here.
registerApprovalHandler("plan_version", decidePlanVersion);
