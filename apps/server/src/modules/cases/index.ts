export { type CaseAccess, caseSubjectPeople, loadCaseAccess, touchCaseActivity } from "./access.ts";
export { type ApprovalHandler, registerApprovalHandler, requestApproval } from "./approvals.ts";
export { registerCaseRoutes } from "./cases.routes.ts";
