import type { Role } from "../../platform/authz/roles.ts";

export const DEMO_PASSWORD = "approdo-demo";
/** The published demo TOTP secret (base32), for users whose role requires two-factor sign-in. */
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP";

export interface DemoUser {
  username: string;
  displayName: string;
  orgKey: string;
  roles: Role[];
}

/** One demo user per role of domain.md; every name is fictional. */
export const demoUsers: DemoUser[] = [
  {
    username: "admin",
    displayName: "Amministratore di sistema",
    orgKey: "ministero-interno",
    roles: ["admin"],
  },
  { username: "dpo", displayName: "Responsabile protezione dati", orgKey: "comune-palermo", roles: ["dpo"] },
  {
    username: "operatore.palermo",
    displayName: "Giulia Operatrice (demo)",
    orgKey: "comune-palermo",
    roles: ["operator"],
  },
  {
    username: "strada.palermo",
    displayName: "Marco Unità di strada (demo)",
    orgKey: "comune-palermo",
    roles: ["outreach_worker"],
  },
  {
    username: "assistente.palermo",
    displayName: "Sara Assistente sociale (demo)",
    orgKey: "comune-palermo",
    roles: ["case_manager"],
  },
  {
    username: "psicologa.palermo",
    displayName: "Elena Psicologa (demo)",
    orgKey: "comune-palermo",
    roles: ["psychologist"],
  },
  {
    username: "legale.palermo",
    displayName: "Paolo Consulente legale (demo)",
    orgKey: "comune-palermo",
    roles: ["legal_advisor"],
  },
  {
    username: "mediatrice.palermo",
    displayName: "Amina Mediatrice (demo)",
    orgKey: "comune-palermo",
    roles: ["cultural_mediator"],
  },
  {
    username: "abitare.palermo",
    displayName: "Luca Orientatore abitativo (demo)",
    orgKey: "comune-palermo",
    roles: ["housing_advisor"],
  },
  {
    username: "lavoro.palermo",
    displayName: "Chiara Orientatrice al lavoro (demo)",
    orgKey: "comune-palermo",
    roles: ["job_advisor"],
  },
  {
    username: "coordinatore.palermo",
    displayName: "Davide Coordinatore (demo)",
    orgKey: "comune-palermo",
    roles: ["org_coordinator"],
  },
  {
    username: "capofila.intarsi",
    displayName: "Anna Coordinatrice INTARSI (demo)",
    orgKey: "unione-valle-savio",
    roles: ["project_coordinator"],
  },
  {
    username: "regia",
    displayName: "Regia di rete (demo)",
    orgKey: "ministero-interno",
    roles: ["network_governance"],
  },
  {
    username: "formazione",
    displayName: "Roberta Formazione (demo)",
    orgKey: "cittalia",
    roles: ["training_coordinator"],
  },
];
