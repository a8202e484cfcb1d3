export { registerServicePointRoutes } from "./service-points.routes.ts";
