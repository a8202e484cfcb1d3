export { registerServiceRoutes } from "./services.routes.ts";
