export { deleteExpiredSessions } from "./auth.repository.ts";
export { registerAuthRoutes } from "./auth.routes.ts";
export { authenticateHook } from "./authenticate.ts";
export { SESSION_COOKIE } from "./sessions.ts";
