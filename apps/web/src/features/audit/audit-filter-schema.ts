import { auditSearchQuerySchema } from "@approdo/contracts";
import { z } from "zod";
import { blankToUndefined } from "../../app/forms/schema-helpers.ts";

const auditFilterFields = z.object({
  actorUserId: z.string(),
  organizationId: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  /** `datetime-local` values, in the browser's time zone. */
  from: z.string(),
  to: z.string(),
});

/** A local date-time as an ISO instant; an unreadable one is passed on for the schema to refuse. */
function toInstant(value: string): string | undefined {
  const text = blankToUndefined(value);
  if (text === undefined) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

/** Filter form → the shared query schema of GET /api/v1/audit-events (without paging). */
export const auditFilterSchema = auditFilterFields
  .transform((form): unknown => ({
    actorUserId: blankToUndefined(form.actorUserId),
    organizationId: blankToUndefined(form.organizationId),
    entityType: blankToUndefined(form.entityType),
    entityId: blankToUndefined(form.entityId),
    action: blankToUndefined(form.action),
    from: toInstant(form.from),
    to: toInstant(form.to),
  }))
  .pipe(auditSearchQuerySchema.omit({ limit: true, cursor: true }))
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    path: ["to"],
    message: "validation.rangeReversed",
  });

export type AuditFilterInput = z.input<typeof auditFilterFields>;
export type AuditFilter = z.output<typeof auditFilterSchema>;

export const emptyAuditFilterForm: AuditFilterInput = {
  actorUserId: "",
  organizationId: "",
  entityType: "",
  entityId: "",
  action: "",
  from: "",
  to: "",
};
