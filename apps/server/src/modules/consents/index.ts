export { registerConsentRoutes } from "./consents.routes.ts";
export { type ConsentTerms, coversRequest, type ReceiveRequest } from "./consents.rules.ts";
export { type MayReceiveAnswer, type MayReceiveQuery, mayReceive } from "./use-cases/may-receive.ts";
