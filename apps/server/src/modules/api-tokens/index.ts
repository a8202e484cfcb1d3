export { registerApiTokensRoutes } from "./api-tokens.routes.ts";
