export { authenticateHook } from "./authenticate.ts";
export { registerAuthRoutes } from "./auth.routes.ts";
export { deleteExpiredSessions } from "./auth.repository.ts";
export { SESSION_COOKIE } from "./sessions.ts";
