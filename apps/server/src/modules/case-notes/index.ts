export { registerCaseNoteRoutes } from "./case-notes.routes.ts";
