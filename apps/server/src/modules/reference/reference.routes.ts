import {
  countryListSchema,
  languageListQuerySchema,
  languageListSchema,
  permitTypeListSchema,
  referenceQuerySchema,
  vulnerabilityListSchema,
} from "@approdo/contracts";
import type { FastifyReply, FastifyRequest } from "fastify";
import { notFound } from "../../platform/errors/app-error.ts";
import { actorOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { canReadReferenceLists } from "./reference.policy.ts";
import {
  presentCountries,
  presentLanguages,
  presentPermitTypes,
  presentVulnerabilities,
} from "./reference.presenter.ts";

const tags = ["reference"];
/** Static lists that change with a release: the browser may keep them for an hour, shared caches never. */
const CACHE_CONTROL = "private, max-age=3600";

/** Only signed-in users and API tokens; the lists are cacheable by the browser. */
function allow(request: FastifyRequest, reply: FastifyReply, what: string): void {
  if (!canReadReferenceLists(actorOf(request))) throw notFound(what);
  reply.header("Cache-Control", CACHE_CONTROL);
}

/** Reference lists for forms and pickers: no database, the data ships with @approdo/contracts. */
export function registerReferenceRoutes(app: AppInstance, _deps: AppDeps): void {
  app.get(
    "/api/v1/reference/countries",
    { schema: { tags, querystring: referenceQuerySchema, response: { 200: countryListSchema } } },
    async (request, reply) => {
      allow(request, reply, "country list");
      return { items: presentCountries(request.query.locale) };
    },
  );

  app.get(
    "/api/v1/reference/languages",
    { schema: { tags, querystring: languageListQuerySchema, response: { 200: languageListSchema } } },
    async (request, reply) => {
      allow(request, reply, "language list");
      return { items: presentLanguages(request.query.locale, request.query.common === "true") };
    },
  );

  app.get(
    "/api/v1/reference/permit-types",
    { schema: { tags, response: { 200: permitTypeListSchema } } },
    async (request, reply) => {
      allow(request, reply, "permit type list");
      return { items: presentPermitTypes() };
    },
  );

  app.get(
    "/api/v1/reference/vulnerabilities",
    { schema: { tags, response: { 200: vulnerabilityListSchema } } },
    async (request, reply) => {
      allow(request, reply, "vulnerability list");
      return { items: presentVulnerabilities() };
    },
  );
}
