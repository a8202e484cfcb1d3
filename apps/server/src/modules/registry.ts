import type { AppDeps, AppInstance } from "../platform/http/types.ts";
import { registerApiTokensRoutes } from "./api-tokens/index.ts";
import { registerAssessmentRoutes } from "./assessments/index.ts";
import { registerAttachmentRoutes } from "./attachments/index.ts";
import { registerAuditLogRoutes } from "./audit-log/index.ts";
import { registerCarePlanRoutes } from "./care-plans/index.ts";
import { registerCaseNoteRoutes } from "./case-notes/index.ts";
import { registerCaseRoutes } from "./cases/index.ts";
import { registerCatalogueRoutes } from "./catalogues/index.ts";
import { registerConsentRoutes } from "./consents/index.ts";
import { registerHouseholdRoutes } from "./households/index.ts";
import { registerImportRoutes } from "./imports/index.ts";
import { registerOrganizationRoutes } from "./organizations/index.ts";
import { registerPeopleRoutes } from "./people/index.ts";
import { registerProjectRoutes } from "./projects/index.ts";
import { registerReferenceRoutes } from "./reference/index.ts";
import { registerReminderRoutes } from "./reminders/index.ts";
import { registerServicePointRoutes } from "./service-points/index.ts";
import { registerServiceRoutes } from "./services/index.ts";
import { registerTerritoryRoutes } from "./territories/index.ts";
import { registerUsersRoutes } from "./users/index.ts";

/** Every domain module's routes, registered in one place. */
export function registerModules(app: AppInstance, deps: AppDeps): void {
  registerTerritoryRoutes(app, deps);
  registerReferenceRoutes(app, deps);
  registerOrganizationRoutes(app, deps);
  registerProjectRoutes(app, deps);
  registerServicePointRoutes(app, deps);
  registerUsersRoutes(app, deps);
  registerApiTokensRoutes(app, deps);
  registerAuditLogRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerHouseholdRoutes(app, deps);
  registerConsentRoutes(app, deps);
  registerAttachmentRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerCaseRoutes(app, deps);
  registerAssessmentRoutes(app, deps);
  registerCarePlanRoutes(app, deps);
  registerCatalogueRoutes(app, deps);
  registerServiceRoutes(app, deps);
  registerCaseNoteRoutes(app, deps);
  registerReminderRoutes(app, deps);
}
