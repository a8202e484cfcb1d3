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

export const territories = pgTable("territories", {
  istatCode: text("istat_code").primaryKey(),
  name: text("name").notNull(),
  province: text("province").notNull(),
  region: text("region").notNull(),
});

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
