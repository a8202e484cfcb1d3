export { registerUsersRoutes } from "./users.routes.ts";
