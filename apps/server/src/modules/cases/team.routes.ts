import {
  idSchema,
  teamCandidateListSchema,
  teamCandidateQuerySchema,
  teamListSchema,
  teamMemberCreateSchema,
} from "@approdo/contracts";
import { z } from "zod";
import type { Tx } from "../../platform/db/database.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { loadCase } from "./access.ts";
import { canManageTeam } from "./cases.policy.ts";
import { presentTeamMember } from "./cases.presenter.ts";
import {
  type CandidateRow,
  findCaseUsers,
  findCurrentTeamUserIds,
  findOwnOrgUsers,
  findPartnerUsers,
  findTeam,
} from "./cases.repository.ts";
import { addTeamMember } from "./use-cases/add-team-member.ts";
import { removeTeamMember } from "./use-cases/remove-team-member.ts";

const tags = ["cases"];
const params = z.object({ id: idSchema });
const memberParams = z.object({ id: idSchema, memberId: idSchema });

async function teamOf(tx: Tx, caseId: string, organizationId: string) {
  const [team, names] = await Promise.all([findTeam(tx, caseId), findCaseUsers(tx, caseId)]);
  return { items: team.map((m) => presentTeamMember(m, organizationId, names)) };
}

export function registerTeamRoutes(app: AppInstance, { database }: AppDeps): void {
  app.get(
    "/api/v1/cases/:id/team",
    { schema: { tags, params, response: { 200: teamListSchema } } },
    async (request) =>
      inTransaction(database, actorOf(request), metaOf(request), async (ctx) => {
        const loaded = await loadCase(ctx.tx, ctx.actor, request.params.id);
        ctx.audit({
          action: "case.team_read",
          entityType: "case",
          entityId: loaded.case.id,
          organizationId: loaded.case.organizationId,
        });
        return teamOf(ctx.tx, loaded.case.id, loaded.case.organizationId);
      }),
  );

  app.post(
    "/api/v1/cases/:id/team",
    { schema: { tags, params, body: teamMemberCreateSchema, response: { 201: teamListSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const loaded = await loadCase(ctx.tx, ctx.actor, request.params.id, true);
        await addTeamMember(ctx, loaded, request.body);
        return { status: 201, body: await teamOf(ctx.tx, loaded.case.id, loaded.case.organizationId) };
      }),
  );

  const remove = async (
    ctx: Parameters<Parameters<typeof runMutation>[3]>[0],
    id: string,
    memberId: string,
  ) => {
    const loaded = await loadCase(ctx.tx, ctx.actor, id, true);
    await removeTeamMember(ctx, loaded, memberId);
    return { status: 200, body: await teamOf(ctx.tx, loaded.case.id, loaded.case.organizationId) };
  };
  app.delete(
    "/api/v1/cases/:id/team/:memberId",
    { schema: { tags, params: memberParams, response: { 200: teamListSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, (ctx) => remove(ctx, request.params.id, request.params.memberId)),
  );
  app.post(
    "/api/v1/cases/:id/team/:memberId/removal",
    { schema: { tags, params: memberParams, response: { 200: teamListSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, (ctx) => remove(ctx, request.params.id, request.params.memberId)),
  );

  app.get(
    "/api/v1/cases/:id/team/candidates",
    {
      schema: {
        tags,
        params,
        querystring: teamCandidateQuerySchema,
        response: { 200: teamCandidateListSchema },
      },
    },
    async (request) =>
      inTransaction(database, actorOf(request), metaOf(request), async (ctx) => {
        const loaded = await loadCase(ctx.tx, ctx.actor, request.params.id);
        if (!canManageTeam(ctx.actor, loaded.case, loaded)) throw notFound("case");
        const { q, limit } = request.query;
        // The case's own organisation, then the project's partners (a narrow security-definer read).
        const own = await findOwnOrgUsers(ctx.tx, loaded.case.organizationId, q, limit);
        const partners = loaded.case.projectId
          ? await findPartnerUsers(ctx.tx, loaded.case.projectId, { q, limit })
          : [];
        const seen = new Set<string>();
        const all: CandidateRow[] = [];
        for (const u of [...own, ...partners]) if (!seen.has(u.id)) seen.add(u.id) && all.push(u);
        const onTeam = await findCurrentTeamUserIds(ctx.tx, loaded.case.id);
        ctx.audit({
          action: "case.team_candidates_listed",
          entityType: "case",
          entityId: loaded.case.id,
          organizationId: loaded.case.organizationId,
          details: { count: all.length },
        });
        return { items: all.slice(0, limit).map((u) => ({ ...u, onTeam: onTeam.has(u.id) })) };
      }),
  );
}
