/**
 * The whole relational schema, one table per `pgTable`. Migrations are generated from this file
 * with `npm run db:generate` (drizzle-kit) and reviewed; row-level security, roles and grants live
 * in hand-written migrations next to them.
 */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
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
    /** Set for documents filed on a case (signed plan, reports); the case module lists them. */
    caseId: uuid("case_id").references((): AnyPgColumn => cases.id),
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
    index("attachments_case_idx").on(t.caseId).where(sql`${t.caseId} is not null`),
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

// ---------------------------------------------------------------------------------------------
// Integrated case management ("presa in carico"): the case, its team, transitions and approvals,
// assessments, the personalised plan, services delivered, notes, reminders, and the catalogues
// they draw codes from. Child records are append-only where history matters (transitions, notes,
// assessments, plan versions, services: a correction is a new row that voids or supersedes).
// ---------------------------------------------------------------------------------------------

/**
 * Configurable catalogues (service types, assessment domains with level definitions, closure
 * outcomes, vulnerability categories), global defaults (network_id null) overridden or extended
 * per network. Entries are never deleted, only deactivated, and their code never changes, so
 * historic records keep resolving.
 */
export const catalogEntries = pgTable(
  "catalog_entries",
  {
    id: uuid("id").primaryKey(),
    /** null = the instance-wide default entry. */
    networkId: uuid("network_id").references(() => networks.id),
    /** service_type | assessment_domain | closure_outcome | vulnerability | note_kind */
    kind: text("kind").notNull(),
    code: text("code").notNull(),
    /** {"it": "...", "en": "...", "fr": "...", "ar": "..."}; Italian is required. */
    labels: jsonb("labels").notNull(),
    /** Longer explanation per language, same shape as labels. */
    descriptions: jsonb("descriptions").notNull().default(sql`'{}'::jsonb`),
    /** Italian CISIS nomenclature of social services code, where one applies (service types). */
    cisisCode: text("cisis_code"),
    /** Special-category data under GDPR (health, mental health and addiction, trafficking…). */
    specialCategory: boolean("special_category").notNull().default(false),
    /** Assessment domains: definition of each need level 0–3, {"0": {"it": …, "en": …}, …}. */
    levels: jsonb("levels"),
    /** Free attributes per kind (e.g. a service type's default duration in minutes). */
    attributes: jsonb("attributes").notNull().default(sql`'{}'::jsonb`),
    sortOrder: integer("sort_order").notNull().default(0),
    active: boolean("active").notNull().default(true),
    ...stamps,
  },
  (t) => [
    uniqueIndex("catalog_entries_key").on(
      sql`coalesce(${t.networkId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.kind,
      t.code,
    ),
    index("catalog_entries_kind_idx").on(t.kind, t.sortOrder),
  ],
);

export const cases = pgTable(
  "cases",
  {
    id: uuid("id").primaryKey(),
    /** Human-readable reference, unique per organisation, e.g. "2026-000123". */
    reference: text("reference").notNull(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    projectId: uuid("project_id").references(() => projects.id),
    /** person | household */
    subjectType: text("subject_type").notNull(),
    personId: uuid("person_id").references(() => people.id),
    householdId: uuid("household_id").references(() => households.id),
    /** referred | assessment | active | monitoring | closed */
    state: text("state").notNull(),
    /** walk_in | outreach | referral | other */
    origin: text("origin").notNull(),
    /** The case manager (a user); team membership is in case_team_members. */
    caseManagerId: uuid("case_manager_id").references(() => users.id),
    servicePointId: uuid("service_point_id").references(() => servicePoints.id),
    summary: text("summary").notNull().default(""),
    /** First contact, and when the case first reached assessment / active (waiting times). */
    contactedAt: tz("contacted_at").notNull(),
    assessmentAt: tz("assessment_at"),
    activeAt: tz("active_at"),
    closedAt: tz("closed_at"),
    /** Closure outcome code (catalogue kind closure_outcome) while closed. */
    outcome: text("outcome"),
    stateChangedAt: tz("state_changed_at").notNull().defaultNow(),
    /** Last transition, assessment, plan change, service or note (inactivity reminders). */
    lastActivityAt: tz("last_activity_at").notNull().defaultNow(),
    /** Set while a transition or plan waits for a coordinator's decision. */
    pendingApprovalId: uuid("pending_approval_id"),
    createdBy: uuid("created_by"),
    ...stamps,
  },
  (t) => [
    uniqueIndex("cases_reference_key").on(t.organizationId, t.reference),
    index("cases_org_state_idx").on(t.organizationId, t.state, t.stateChangedAt, t.id),
    index("cases_org_updated_idx").on(t.organizationId, t.updatedAt, t.id),
    index("cases_manager_idx").on(t.caseManagerId, t.state, t.id),
    index("cases_person_idx").on(t.personId),
    index("cases_household_idx").on(t.householdId),
    index("cases_project_idx").on(t.projectId, t.state),
    index("cases_activity_idx").on(t.state, t.lastActivityAt),
  ],
);

/** Every state change, append-only: from, to, when, by whom, why (and the outcome for closure). */
export const caseTransitions = pgTable(
  "case_transitions",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    fromState: text("from_state"),
    toState: text("to_state").notNull(),
    reason: text("reason").notNull().default(""),
    outcome: text("outcome"),
    /** The approval that allowed it, where one was needed. */
    approvalId: uuid("approval_id"),
    at: tz("at").notNull().defaultNow(),
    by: uuid("by"),
  },
  (t) => [index("case_transitions_case_idx").on(t.caseId, t.at)],
);

/** Requests for a coordinator's decision: closing a case, approving a plan version. */
export const caseApprovals = pgTable(
  "case_approvals",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    /** closure | plan_version */
    kind: text("kind").notNull(),
    /** What is to happen when approved: {"to","reason","outcome"} or {"planVersionId"}. */
    payload: jsonb("payload").notNull(),
    requestedBy: uuid("requested_by"),
    requestedAt: tz("requested_at").notNull().defaultNow(),
    /** pending | approved | rejected | withdrawn */
    status: text("status").notNull().default("pending"),
    decidedBy: uuid("decided_by"),
    decidedAt: tz("decided_at"),
    decisionNote: text("decision_note"),
    ...stamps,
  },
  (t) => [
    index("case_approvals_case_idx").on(t.caseId, t.requestedAt),
    index("case_approvals_org_pending_idx").on(t.organizationId, t.status, t.requestedAt),
  ],
);

/** The multidisciplinary team; leaving sets removed_at (history kept). */
export const caseTeamMembers = pgTable(
  "case_team_members",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** The member's organisation (a partner's member needs a data-sharing basis and consent). */
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    /** case_manager | social_worker | psychologist | legal_advisor | cultural_mediator | housing_advisor | job_advisor | operator | other */
    teamRole: text("team_role").notNull(),
    addedBy: uuid("added_by"),
    addedAt: tz("added_at").notNull().defaultNow(),
    removedBy: uuid("removed_by"),
    removedAt: tz("removed_at"),
  },
  (t) => [
    uniqueIndex("case_team_members_current_key").on(t.caseId, t.userId).where(sql`${t.removedAt} is null`),
    index("case_team_members_user_idx").on(t.userId, t.caseId).where(sql`${t.removedAt} is null`),
    index("case_team_members_case_idx").on(t.caseId),
  ],
);

/** One assessment (first or re-assessment) of a case on a date; its domains are assessment_items. */
export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    assessedOn: date("assessed_on", { mode: "string" }).notNull(),
    summary: text("summary").notNull().default(""),
    /** Set when a later row corrects this one (append-only). */
    supersededById: uuid("superseded_by_id"),
    createdBy: uuid("created_by"),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [index("assessments_case_idx").on(t.caseId, t.assessedOn)],
);

/** Need level 0–3 in one domain, for the case's subject or one household member. */
export const assessmentItems = pgTable(
  "assessment_items",
  {
    id: uuid("id").primaryKey(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    /** Catalogue kind assessment_domain. */
    domain: text("domain").notNull(),
    /** The household member concerned; null = the whole case subject. */
    personId: uuid("person_id").references(() => people.id),
    level: integer("level").notNull(),
    notes: text("notes").notNull().default(""),
    evidence: text("evidence").notNull().default(""),
    /** Copied from the domain when written: hidden by row-level security without app.special. */
    specialCategory: boolean("special_category").notNull().default(false),
  },
  (t) => [
    index("assessment_items_assessment_idx").on(t.assessmentId),
    index("assessment_items_case_domain_idx").on(t.caseId, t.domain),
  ],
);

/** The personalised plan ("progetto personalizzato"); its content lives in versions. */
export const carePlans = pgTable(
  "care_plans",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    title: text("title").notNull(),
    /** draft | pending_approval | agreed | closed */
    status: text("status").notNull(),
    currentVersion: integer("current_version").notNull().default(1),
    nextReviewOn: date("next_review_on", { mode: "string" }),
    createdBy: uuid("created_by"),
    ...stamps,
  },
  (t) => [
    index("care_plans_case_idx").on(t.caseId),
    index("care_plans_review_idx").on(t.nextReviewOn).where(sql`${t.status} <> 'closed'`),
  ],
);

/**
 * Every version of a plan, never overwritten: the goals and actions as they stood (jsonb snapshot),
 * its approval and the beneficiary's agreement (signed, date, language, signed document).
 */
export const carePlanVersions = pgTable(
  "care_plan_versions",
  {
    id: uuid("id").primaryKey(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => carePlans.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    number: integer("number").notNull(),
    /** {"goals":[{id,domain,personId,description,actions:[…]}]} as it stood in this version. */
    content: jsonb("content").notNull(),
    changeNote: text("change_note").notNull().default(""),
    /** draft | pending_approval | approved | superseded */
    status: text("status").notNull(),
    approvedBy: uuid("approved_by"),
    approvedAt: tz("approved_at"),
    agreementSigned: boolean("agreement_signed").notNull().default(false),
    agreedOn: date("agreed_on", { mode: "string" }),
    /** ISO 639-3 of the language the plan was explained and signed in. */
    agreementLanguage: text("agreement_language"),
    agreementDocumentId: uuid("agreement_document_id").references(() => attachments.id),
    createdBy: uuid("created_by"),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("care_plan_versions_number_key").on(t.planId, t.number)],
);

/** The current actions of a plan (mirrors the latest version; drives due dates and reminders). */
export const planActions = pgTable(
  "plan_actions",
  {
    id: uuid("id").primaryKey(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => carePlans.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    /** The goal's stable id inside the plan content. */
    goalId: uuid("goal_id").notNull(),
    domain: text("domain").notNull(),
    description: text("description").notNull(),
    responsibleOrganizationId: uuid("responsible_organization_id").references(() => organizations.id),
    responsibleUserId: uuid("responsible_user_id").references(() => users.id),
    dueOn: date("due_on", { mode: "string" }),
    /** planned | in_progress | done | cancelled */
    status: text("status").notNull(),
    ...stamps,
  },
  (t) => [
    index("plan_actions_plan_idx").on(t.planId),
    index("plan_actions_case_idx").on(t.caseId),
    index("plan_actions_due_idx").on(t.dueOn).where(sql`${t.status} in ('planned', 'in_progress')`),
    index("plan_actions_responsible_idx").on(t.responsibleUserId, t.dueOn),
  ],
);

/** A service delivered ("intervento"). Append-only: a correction voids the row and records a new one. */
export const serviceRecords = pgTable(
  "service_records",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id").references(() => cases.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    servicePointId: uuid("service_point_id").references(() => servicePoints.id),
    /** Catalogue kind service_type. */
    serviceType: text("service_type").notNull(),
    deliveredOn: date("delivered_on", { mode: "string" }).notNull(),
    durationMinutes: integer("duration_minutes"),
    operatorId: uuid("operator_id").references(() => users.id),
    mediatorId: uuid("mediator_id").references(() => users.id),
    /** ISO 639-3 of the language the service was delivered in (with mediation). */
    language: text("language"),
    planActionId: uuid("plan_action_id").references(() => planActions.id),
    notes: text("notes").notNull().default(""),
    voidedAt: tz("voided_at"),
    voidedBy: uuid("voided_by"),
    voidReason: text("void_reason"),
    /** The record this one corrects. */
    correctsId: uuid("corrects_id"),
    createdBy: uuid("created_by"),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("service_records_case_idx").on(t.caseId, t.deliveredOn, t.id),
    index("service_records_org_date_idx").on(t.organizationId, t.deliveredOn),
    index("service_records_type_idx").on(t.serviceType, t.deliveredOn),
    index("service_records_operator_idx").on(t.operatorId, t.deliveredOn),
  ],
);

/** The persons a service was delivered to (one or several household members). */
export const serviceRecordPeople = pgTable(
  "service_record_people",
  {
    serviceRecordId: uuid("service_record_id")
      .notNull()
      .references(() => serviceRecords.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
  },
  (t) => [
    primaryKey({ columns: [t.serviceRecordId, t.personId] }),
    index("service_record_people_person_idx").on(t.personId),
  ],
);

/** Case notes, append-only: a correction is a new note pointing at the one it corrects. */
export const caseNotes = pgTable(
  "case_notes",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    /** team | case_manager | special_category */
    confidentiality: text("confidentiality").notNull(),
    body: text("body").notNull(),
    correctsId: uuid("corrects_id"),
    attachmentId: uuid("attachment_id").references(() => attachments.id),
    authorId: uuid("author_id"),
    authorOrganizationId: uuid("author_organization_id").references(() => organizations.id),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [index("case_notes_case_idx").on(t.caseId, t.createdAt)],
);

/**
 * Reminders shown in a user's worklist (and optionally e-mailed), generated by a background job.
 * One row per (user, kind, subject, due date): regenerating is idempotent.
 */
export const reminders = pgTable(
  "reminders",
  {
    id: uuid("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    caseId: uuid("case_id").references(() => cases.id),
    /** plan_review_due | action_overdue | permit_expiring | case_inactive | approval_pending */
    kind: text("kind").notNull(),
    /** The plan, action, permit, case or approval the reminder is about. */
    subjectId: uuid("subject_id").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    /** Values for the translated message (no free personal text). */
    params: jsonb("params").notNull().default(sql`'{}'::jsonb`),
    createdAt: tz("created_at").notNull().defaultNow(),
    dismissedAt: tz("dismissed_at"),
    emailedAt: tz("emailed_at"),
  },
  (t) => [
    uniqueIndex("reminders_key").on(t.userId, t.kind, t.subjectId, t.dueOn),
    index("reminders_user_open_idx").on(t.userId, t.dueOn).where(sql`${t.dismissedAt} is null`),
    index("reminders_case_idx").on(t.caseId),
  ],
);
