import type { Me, Role } from "@approdo/contracts";
import { requiresTotp } from "../../platform/authz/roles.ts";

export interface PrincipalRow {
  userId: string;
  username: string;
  displayName: string;
  email: string | null;
  locale: string;
  totpEnabled: boolean;
  organizationId: string;
  organizationName: string;
  organizationType: string;
  roles: Role[];
}

export function presentMe(p: PrincipalRow, csrfToken: string | null, demoMode: boolean): Me {
  return {
    user: {
      id: p.userId,
      username: p.username,
      displayName: p.displayName,
      email: p.email,
      locale: p.locale === "en" ? "en" : "it",
      totpEnabled: p.totpEnabled,
    },
    organization: { id: p.organizationId, name: p.organizationName, type: p.organizationType },
    roles: p.roles,
    totpEnrolmentRequired: requiresTotp(p.roles) && !p.totpEnabled,
    csrfToken,
    demoMode,
  };
}
