export { registerReferenceRoutes } from "./reference.routes.ts";
