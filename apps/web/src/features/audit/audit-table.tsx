import type { AuditEvent } from "@approdo/contracts";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../app/ui/format-date.ts";
import { AuditDetailsCell } from "./audit-details-cell.tsx";

export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-responsive">
      <table className="table table-striped table-sm caption-top" data-testid="audit-table">
        <caption>{t("audit.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("audit.seq")}</th>
            <th scope="col">{t("audit.occurredAt")}</th>
            <th scope="col">{t("audit.actor")}</th>
            <th scope="col">{t("audit.action")}</th>
            <th scope="col">{t("audit.entity")}</th>
            <th scope="col">{t("audit.organization")}</th>
            <th scope="col">{t("audit.ip")}</th>
            <th scope="col">{t("audit.details")}</th>
          </tr>
        </thead>
        <tbody>
          {events.length === 0 ? (
            <tr>
              <td colSpan={8}>{t("common.noResults")}</td>
            </tr>
          ) : null}
          {events.map((event) => (
            <tr key={event.seq}>
              <th scope="row">{event.seq}</th>
              <td>
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
              </td>
              <td>{event.actorUsername ?? event.actorUserId ?? "—"}</td>
              <td>
                <code>{event.action}</code>
              </td>
              <td>
                {event.entityType}
                {event.entityId ? (
                  <>
                    <br />
                    <small className="text-break">{event.entityId}</small>
                  </>
                ) : null}
              </td>
              <td>
                <small className="text-break">{event.organizationId ?? "—"}</small>
              </td>
              <td>{event.ip ?? "—"}</td>
              <td>
                <AuditDetailsCell details={event.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
