import { systemActor } from "../../platform/authz/actor.ts";
import { requiresTotp } from "../../platform/authz/roles.ts";
import { newId } from "../../platform/db/ids.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import type { AppDeps } from "../../platform/http/types.ts";
import { hashPassword } from "../../platform/security/passwords.ts";
import { encryptSecret } from "../../platform/security/secrets.ts";
import { generateReminders } from "../reminders/index.ts";
import { countOrganizations, type DemoRows, insertDemoRows } from "./demo.repository.ts";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoUsers } from "./demo-users.ts";
import {
  demoNetworks,
  demoOrganizations,
  demoProjects,
  demoServicePoints,
  demoTerritories,
} from "./network-data.ts";
import { todayInRome } from "./plan-demo-people.ts";
import { demoCaseIds, seedDemoCases } from "./seed-demo-cases.ts";
import { demoOrganizationIds, seedDemoPeople } from "./seed-demo-people.ts";

function idFor(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`demo data: unknown ${what} "${key}"`);
  return id;
}

/** Builds the rows of the demo network drawn from the seeds (pure apart from password hashing). */
export async function buildDemoRows(secretKey: Buffer): Promise<DemoRows> {
  const orgIds = new Map(demoOrganizations.map((o) => [o.key, newId()]));
  const projectIds = new Map(demoProjects.map((p) => [p.key, newId()]));
  const networkIds = new Map(demoNetworks.map((n) => [n.key, newId()]));
  const networkOfProject = new Map<string, string>();
  for (const n of demoNetworks)
    for (const p of n.projectKeys) networkOfProject.set(p, idFor(networkIds, n.key, "network"));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rows: DemoRows = {
    territories: demoTerritories.map((t) => ({ ...t })),
    organizations: demoOrganizations.map((o) => ({
      id: idFor(orgIds, o.key, "organisation"),
      name: o.name,
      type: o.type,
      istatCode: o.istatCode,
      parentId: o.parentKey ? idFor(orgIds, o.parentKey, "organisation") : null,
      requiresClosureApproval: o.type === "municipality",
    })),
    networks: demoNetworks.map((n) => ({
      id: idFor(networkIds, n.key, "network"),
      name: n.name,
      description: n.description,
    })),
    networkOrganizations: demoNetworks.flatMap((n) =>
      [...new Set(n.organizationKeys)].map((k) => ({
        networkId: idFor(networkIds, n.key, "network"),
        organizationId: idFor(orgIds, k, "organisation"),
      })),
    ),
    projects: demoProjects.map((p) => ({
      id: idFor(projectIds, p.key, "project"),
      networkId: networkOfProject.get(p.key) ?? null,
      code: p.code,
      title: p.title,
      description: p.description,
      fundLine: p.fundLine,
      startDate: p.startDate,
      endDate: p.endDate,
      leadOrganizationId: idFor(orgIds, p.leadKey, "organisation"),
    })),
    partners: demoProjects.flatMap((p) => {
      const seen = new Set<string>();
      return p.partners
        .filter((x) => !seen.has(x.orgKey) && seen.add(x.orgKey))
        .map((x) => ({
          projectId: idFor(projectIds, p.key, "project"),
          organizationId: idFor(orgIds, x.orgKey, "organisation"),
          role: x.role,
        }));
    }),
    targets: demoProjects.flatMap((p) =>
      p.targets.map((t) => ({
        id: newId(),
        projectId: idFor(projectIds, p.key, "project"),
        indicator: t.indicator,
        istatCode: t.istatCode,
        value: t.value,
        note: t.note ?? null,
      })),
    ),
    servicePoints: demoServicePoints.map((s) => ({
      id: newId(),
      organizationId: idFor(orgIds, s.orgKey, "organisation"),
      type: s.type,
      name: s.name,
      istatCode: s.istatCode,
      address: s.address,
      openingHours: s.openingHours,
      languages: s.languages,
    })),
    users: [],
    userRoles: [],
  };
  const totpSecretEnc = encryptSecret(secretKey, DEMO_TOTP_SECRET);
  for (const u of demoUsers) {
    const id = newId();
    const organizationId = idFor(orgIds, u.orgKey, "organisation");
    const totp = requiresTotp(u.roles);
    rows.users.push({
      id,
      organizationId,
      username: u.username,
      displayName: u.displayName,
      email: null,
      passwordHash,
      passwordChangedAt: new Date(),
      totpSecretEnc: totp ? totpSecretEnc : null,
      totpEnabled: totp,
    });
    for (const role of u.roles) rows.userRoles.push({ userId: id, organizationId, role });
  }
  return rows;
}

/**
 * On an empty database in demo mode, loads the demo network, its fictional people and households
 * (demo-people.ts) and their cases (demo-cases.ts) in one transaction, then runs the reminders
 * generation once so the worklists are alive on first start.
 * `people: false` loads the network alone (journeys that start from an empty registry);
 * `cases: false` loads the people without cases.
 */
export async function seedDemoIfEmpty(
  deps: AppDeps,
  options: { people?: boolean; cases?: boolean } = {},
): Promise<boolean> {
  if (!deps.config.demoMode) return false;
  const rows = await buildDemoRows(deps.config.secretKey);
  const today = todayInRome();
  const seeded = await inTransaction(deps.database, systemActor, noMeta, async (ctx) => {
    if ((await countOrganizations(ctx.tx)) > 0) return null;
    await insertDemoRows(ctx.tx, rows);
    const organizationIds = demoOrganizationIds(rows);
    const people = options.people === false ? null : await seedDemoPeople(ctx, organizationIds, today);
    const cases =
      people && options.cases !== false
        ? await seedDemoCases(ctx, demoCaseIds(rows, organizationIds, people.ids), today)
        : null;
    ctx.audit({
      action: "demo.seeded",
      entityType: "system",
      organizationId: null,
      details: {
        organizations: rows.organizations.length,
        projects: rows.projects.length,
        users: rows.users.length,
        ...people?.counts,
        ...cases,
      },
    });
    return { cases: cases !== null };
  });
  if (!seeded) return false;
  if (seeded.cases) {
    await generateReminders(deps.database, { inactivityDays: deps.config.reminderInactivityDays, today });
  }
  return true;
}
