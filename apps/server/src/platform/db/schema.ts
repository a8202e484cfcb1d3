/**
 * The whole relational schema, one table per `pgTable`. Migrations are generated from this file
 * with `npm run db:generate` (drizzle-kit) and reviewed; row-level security, roles and grants live
 * in hand-written migrations next to them.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const stamps = {
  createdAt: tz("created_at").notNull().defaultNow(),
  updatedAt: tz("updated_at").notNull().defaultNow(),
  version: integer("version").notNull().default(1),
};

export const territories = pgTable(
  "territories",
  {
    istatCode: text("istat_code").primaryKey(),
    name: text("name").notNull(),
    province: text("province").notNull(),
    region: text("region").notNull(),
    /** Cadastral (Belfiore) code, e.g. G273 for Palermo: the birthplace part of a codice fiscale. */
    belfioreCode: text("belfiore_code"),
  },
  (t) => [
    index("territories_name_idx").on(sql`lower(${t.name})`, t.istatCode),
    index("territories_belfiore_idx").on(t.belfioreCode),
  ],
);

export const networks = pgTable("networks", {
  id: uuid("id").primaryKey(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  ...stamps,
});

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey(),
    name: text("name").notNull(),
    type: text("type").notNull(),
    istatCode: text("istat_code").references(() => territories.istatCode),
    parentId: uuid("parent_id"),
    /** Whether closing a case needs a coordinator's approval (used by the case module). */
    requiresClosureApproval: boolean("requires_closure_approval").notNull().default(false),
    active: boolean("active").notNull().default(true),
    ...stamps,
  },
  (t) => [
    index("organizations_name_idx").on(sql`lower(${t.name})`, t.id),
    index("organizations_parent_idx").on(t.parentId),
  ],
);

export const networkOrganizations = pgTable(
  "network_organizations",
  {
    networkId: uuid("network_id")
      .notNull()
      .references(() => networks.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.organizationId] }),
    index("network_organizations_org_idx").on(t.organizationId),
  ],
);

export const projects = pgTable(
  "projects",
  {
    id: uuid("id").primaryKey(),
    networkId: uuid("network_id").references(() => networks.id),
    code: text("code").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    fundLine: text("fund_line").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    leadOrganizationId: uuid("lead_organization_id")
      .notNull()
      .references(() => organizations.id),
    ...stamps,
  },
  (t) => [
    uniqueIndex("projects_code_key").on(sql`lower(${t.code})`),
    index("projects_lead_idx").on(t.leadOrganizationId),
  ],
);

export const projectPartners = pgTable(
  "project_partners",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    role: text("role").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.organizationId] }),
    index("project_partners_org_idx").on(t.organizationId),
  ],
);

export const projectTargets = pgTable(
  "project_targets",
  {
    id: uuid("id").primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id),
    indicator: text("indicator").notNull(),
    istatCode: text("istat_code").references(() => territories.istatCode),
    value: integer("value").notNull(),
    note: text("note"),
  },
  (t) => [index("project_targets_project_idx").on(t.projectId)],
);

export const servicePoints = pgTable(
  "service_points",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    type: text("type").notNull(),
    name: text("name").notNull(),
    istatCode: text("istat_code")
      .notNull()
      .references(() => territories.istatCode),
    address: text("address").notNull().default(""),
    openingHours: text("opening_hours").notNull().default(""),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    active: boolean("active").notNull().default(true),
    ...stamps,
  },
  (t) => [
    index("service_points_org_idx").on(t.organizationId, t.id),
    index("service_points_istat_idx").on(t.istatCode),
  ],
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    email: text("email"),
    locale: text("locale").notNull().default("it"),
    passwordHash: text("password_hash"),
    passwordChangedAt: tz("password_changed_at"),
    totpSecretEnc: text("totp_secret_enc"),
    totpEnabled: boolean("totp_enabled").notNull().default(false),
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: tz("locked_until"),
    lastLoginAt: tz("last_login_at"),
    active: boolean("active").notNull().default(true),
    ...stamps,
  },
  (t) => [
    uniqueIndex("users_username_key").on(sql`lower(${t.username})`),
    index("users_org_idx").on(t.organizationId, t.id),
  ],
);

export const userRoles = pgTable(
  "user_roles",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    role: text("role").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] }), index("user_roles_org_idx").on(t.organizationId)],
);

export const sessions = pgTable(
  "sessions",
  {
    /** sha256 of the cookie value; the cookie itself is never stored. */
    idHash: text("id_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    csrfToken: text("csrf_token").notNull(),
    /** true between a correct password and a correct TOTP code. */
    pendingTotp: boolean("pending_totp").notNull().default(false),
    createdAt: tz("created_at").notNull().defaultNow(),
    lastSeenAt: tz("last_seen_at").notNull().defaultNow(),
    expiresAt: tz("expires_at").notNull(),
    ip: text("ip"),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    role: text("role").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: tz("created_at").notNull().defaultNow(),
    lastUsedAt: tz("last_used_at"),
    expiresAt: tz("expires_at"),
    revokedAt: tz("revoked_at"),
  },
  (t) => [
    uniqueIndex("api_tokens_hash_key").on(t.tokenHash),
    index("api_tokens_org_idx").on(t.organizationId, t.id),
  ],
);

export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    id: uuid("id").notNull(),
    occurredAt: tz("occurred_at").notNull(),
    actorUserId: uuid("actor_user_id"),
    actorOrganizationId: uuid("actor_organization_id"),
    organizationId: uuid("organization_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    ip: text("ip"),
    requestId: text("request_id"),
    details: jsonb("details").notNull().default({}),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("audit_events_org_time_idx").on(t.organizationId, t.seq),
    index("audit_events_actor_idx").on(t.actorUserId, t.seq),
    index("audit_events_entity_idx").on(t.entityType, t.entityId, t.seq),
    index("audit_events_action_idx").on(t.action, t.seq),
    index("audit_events_time_idx").on(t.occurredAt),
  ],
);

/** One row: the head of the audit hash chain. Its row lock serialises appends. */
export const auditHead = pgTable("audit_head", {
  id: integer("id").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
});

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    principal: text("principal").notNull(),
    key: text("key").notNull(),
    method: text("method").notNull(),
    path: text("path").notNull(),
    statusCode: integer("status_code").notNull(),
    response: jsonb("response"),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.principal, t.key] }),
    index("idempotency_keys_created_idx").on(t.createdAt),
  ],
);

// ---------------------------------------------------------------------------------------------
// People and households (the people module). Every person belongs to the organisation that
// registered them (the data controller); person_access grants other organisations (case teams).
// ---------------------------------------------------------------------------------------------

export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    /** Names as written in the identity document (Latin script as on Italian documents). */
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    /** female | male | other | unknown */
    sex: text("sex").notNull(),
    birthDate: date("birth_date", { mode: "string" }),
    /** Always set when the birth date is known; alone when only the year is. */
    birthYear: integer("birth_year"),
    countryOfBirth: text("country_of_birth"),
    citizenship: text("citizenship"),
    taxCode: text("tax_code"),
    stpCode: text("stp_code"),
    eniCode: text("eni_code"),
    /** CEFR: pre_a1, a1 … c2 */
    italianLevel: text("italian_level"),
    phone: text("phone"),
    email: text("email"),
    domicileIstat: text("domicile_istat").references(() => territories.istatCode),
    domicileAddress: text("domicile_address"),
    arrivalDate: date("arrival_date", { mode: "string" }),
    /** Every spelling, transliterated to lower-case Latin without diacritics (trigram search). */
    searchText: text("search_text").notNull().default(""),
    /** Order-independent consonant skeleton of the names (duplicate detection). */
    nameSkeleton: text("name_skeleton").notNull().default(""),
    /** Per-token phonetic keys of every spelling (candidate generation). */
    nameKeys: text("name_keys").array().notNull().default(sql`'{}'::text[]`),
    /** Set when this record was merged into another; such records are hidden from lists. */
    mergedIntoId: uuid("merged_into_id"),
    createdBy: uuid("created_by"),
    ...stamps,
  },
  (t) => [
    index("people_org_idx").on(t.organizationId, t.id),
    index("people_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("people_skeleton_trgm_idx").using("gin", sql`${t.nameSkeleton} gin_trgm_ops`),
    index("people_name_keys_idx").using("gin", t.nameKeys),
    index("people_tax_code_idx").on(t.taxCode),
    index("people_org_citizenship_idx").on(t.organizationId, t.citizenship),
    index("people_org_domicile_idx").on(t.organizationId, t.domicileIstat),
    index("people_merged_into_idx").on(t.mergedIntoId),
  ],
);

/** Other spellings and scripts of a person's names (as spoken, in the original script, aliases). */
export const personNames = pgTable(
  "person_names",
  {
    id: uuid("id").primaryKey(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    /** document | spoken | original_script | alias */
    kind: text("kind").notNull(),
    /** ISO 15924: Latn, Arab, Cyrl, Ethi, Beng … */
    script: text("script").notNull(),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [index("person_names_person_idx").on(t.personId)],
);

export const personLanguages = pgTable(
  "person_languages",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    /** ISO 639-3 */
    language: text("language").notNull(),
    isPrimary: boolean("is_primary").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.personId, t.language] })],
);

/** Residence permit history: one row per permit, never overwritten. */
export const residencePermits = pgTable(
  "residence_permits",
  {
    id: uuid("id").primaryKey(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    type: text("type").notNull(),
    number: text("number"),
    issuedOn: date("issued_on", { mode: "string" }),
    expiresOn: date("expires_on", { mode: "string" }),
    issuedBy: text("issued_by"),
    createdBy: uuid("created_by"),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("residence_permits_person_idx").on(t.personId),
    index("residence_permits_expiry_idx").on(t.expiresOn, t.personId),
  ],
);

/** Vulnerabilities from the catalogue; special-category ones are hidden by row-level security. */
export const personVulnerabilities = pgTable(
  "person_vulnerabilities",
  {
    id: uuid("id").primaryKey(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    code: text("code").notNull(),
    specialCategory: boolean("special_category").notNull(),
    since: date("since", { mode: "string" }),
    until: date("until", { mode: "string" }),
    note: text("note"),
    createdBy: uuid("created_by"),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("person_vulnerabilities_person_idx").on(t.personId),
    index("person_vulnerabilities_code_idx").on(t.code, t.personId),
  ],
);

/** Organisations other than the controller that may see a person (case teams, referrals). */
export const personAccess = pgTable(
  "person_access",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    reason: text("reason").notNull(),
    grantedAt: tz("granted_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.organizationId] }),
    index("person_access_org_idx").on(t.organizationId, t.personId),
  ],
);

export const households = pgTable(
  "households",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    label: text("label").notNull(),
    createdBy: uuid("created_by"),
    ...stamps,
  },
  (t) => [index("households_org_idx").on(t.organizationId, t.id)],
);

/** Membership history: leaving sets left_on; a person is a current member of at most one household. */
export const householdMembers = pgTable(
  "household_members",
  {
    id: uuid("id").primaryKey(),
    householdId: uuid("household_id")
      .notNull()
      .references(() => households.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    /** reference_person | spouse | partner | child | parent | sibling | grandchild | grandparent | other_relative | other */
    relation: text("relation").notNull(),
    isReference: boolean("is_reference").notNull().default(false),
    joinedOn: date("joined_on", { mode: "string" }).notNull(),
    leftOn: date("left_on", { mode: "string" }),
    leftReason: text("left_reason"),
    createdBy: uuid("created_by"),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("household_members_household_idx").on(t.householdId),
    uniqueIndex("household_members_current_key").on(t.personId).where(sql`${t.leftOn} is null`),
    uniqueIndex("household_members_reference_key")
      .on(t.householdId)
      .where(sql`${t.isReference} and ${t.leftOn} is null`),
    index("household_members_person_idx").on(t.personId),
  ],
);

/** Files kept outside the database, encrypted at rest (platform/storage). */
export const attachments = pgTable(
  "attachments",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    personId: uuid("person_id").references(() => people.id),
    /** id_document | signed_consent | permit_copy | certificate | other */
    kind: text("kind").notNull(),
    /** e.g. eu_fund_evidence (5 years after the last payment), case_record, short */
    retentionClass: text("retention_class").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    /** The file's own data key, encrypted with the instance key (envelope encryption). */
    wrappedKey: text("wrapped_key").notNull(),
    createdBy: uuid("created_by"),
    createdAt: tz("created_at").notNull().defaultNow(),
    deletedAt: tz("deleted_at"),
  },
  (t) => [
    index("attachments_person_idx").on(t.personId, t.createdAt),
    index("attachments_org_idx").on(t.organizationId, t.id),
  ],
);

export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    /** case_management | data_sharing | referral | photo_video | research | communications */
    purpose: text("purpose").notNull(),
    /** Organisations that may receive the data under this consent. */
    organizationIds: uuid("organization_ids").array().notNull().default(sql`'{}'::uuid[]`),
    /** Kinds of data covered (e.g. identity, contacts, social, health); empty = all non-special data. */
    dataCategories: text("data_categories").array().notNull().default(sql`'{}'::text[]`),
    givenOn: date("given_on", { mode: "string" }).notNull(),
    /** ISO 639-3 of the language the consent was explained in. */
    explainedInLanguage: text("explained_in_language").notNull(),
    documentId: uuid("document_id").references(() => attachments.id),
    withdrawnOn: date("withdrawn_on", { mode: "string" }),
    withdrawalNote: text("withdrawal_note"),
    recordedBy: uuid("recorded_by"),
    ...stamps,
  },
  (t) => [index("consents_person_idx").on(t.personId, t.givenOn)],
);

/** Every merge, with a snapshot of what moved, so an administrator can undo it. */
export const personMerges = pgTable(
  "person_merges",
  {
    id: uuid("id").primaryKey(),
    survivorId: uuid("survivor_id")
      .notNull()
      .references(() => people.id),
    duplicateId: uuid("duplicate_id")
      .notNull()
      .references(() => people.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    snapshot: jsonb("snapshot").notNull(),
    mergedBy: uuid("merged_by"),
    mergedAt: tz("merged_at").notNull().defaultNow(),
    undoneBy: uuid("undone_by"),
    undoneAt: tz("undone_at"),
  },
  (t) => [
    index("person_merges_survivor_idx").on(t.survivorId),
    index("person_merges_duplicate_idx").on(t.duplicateId),
  ],
);

/** Spreadsheet imports of people and households, run as background jobs. */
export const imports = pgTable(
  "imports",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    kind: text("kind").notNull(),
    /** uploaded | previewed | queued | running | completed | failed */
    status: text("status").notNull(),
    fileName: text("file_name").notNull(),
    storageKey: text("storage_key"),
    wrappedKey: text("wrapped_key"),
    mapping: jsonb("mapping").notNull().default({}),
    totalRows: integer("total_rows").notNull().default(0),
    processedRows: integer("processed_rows").notNull().default(0),
    acceptedRows: integer("accepted_rows").notNull().default(0),
    rejectedRows: integer("rejected_rows").notNull().default(0),
    error: text("error"),
    jobId: text("job_id"),
    createdBy: uuid("created_by"),
    ...stamps,
  },
  (t) => [index("imports_org_idx").on(t.organizationId, t.id)],
);

export const importRejections = pgTable(
  "import_rejections",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id),
    rowNumber: integer("row_number").notNull(),
    /** Stable code (e.g. INVALID_TAX_CODE, DUPLICATE_IN_FILE, POSSIBLE_DUPLICATE) and a message. */
    code: text("code").notNull(),
    message: text("message").notNull(),
    rowData: jsonb("row_data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNumber] })],
);
