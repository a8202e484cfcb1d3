export { registerProjectRoutes } from "./projects.routes.ts";
