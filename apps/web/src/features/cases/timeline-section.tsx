import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { usePagedList } from "../../app/api/use-paged-list.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDate, formatDateTime } from "../../app/ui/format-date.ts";
import { LoadMore } from "../../app/ui/load-more.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { looseT } from "../../app/ui/loose-t.ts";
import type { CaseSectionProps } from "./case-section.tsx";
import type { TimelineEntry } from "./case-types.ts";
import { caseKeys, timelinePath } from "./cases-api.ts";
import { useCatalogueLabels, useClosureOutcomes } from "./closure-outcomes.ts";

/** A symbol per kind of entry (decorative: the kind is also written out). */
const kindSymbols: Record<string, string> = {
  transition: "⇄",
  assessment: "▦",
  plan_version: "☰",
  service: "✓",
  note: "✎",
};

const str = (details: Record<string, unknown>, key: string): string | null => {
  const value = details[key];
  return typeof value === "string" && value !== "" ? value : null;
};
const num = (details: Record<string, unknown>, key: string): number | null => {
  const value = details[key];
  return typeof value === "number" ? value : null;
};

interface Described {
  /** One line saying what happened. */
  headline: string | null;
  /** Free text written by the operator (reason, summary, note body…). */
  text: string | null;
}

/** What an entry says, per kind, in the UI language (pure: unit-tested). */
export function describeTimelineEntry(
  entry: Pick<TimelineEntry, "kind" | "summary">,
  t: TFunction,
  language: string,
  labels: { outcome: (code: string | null) => string; service: (code: string) => string },
): Described {
  const lt = looseT(t);
  const d = entry.summary ?? {};
  switch (entry.kind) {
    case "transition": {
      const from = str(d, "from");
      const to = str(d, "to");
      const moved = to
        ? from
          ? lt("cases.timeline.moved", { from: lt(`caseStates.${from}`), to: lt(`caseStates.${to}`) })
          : lt("cases.timeline.opened", { to: lt(`caseStates.${to}`) })
        : null;
      const outcome = str(d, "outcome");
      const headline = [
        moved,
        outcome ? lt("cases.timeline.outcome", { outcome: labels.outcome(outcome) }) : null,
      ]
        .filter(Boolean)
        .join(" — ");
      const reason = str(d, "reason");
      return { headline: headline || null, text: reason ? lt("cases.timeline.reason", { reason }) : null };
    }
    case "assessment":
      return {
        headline: [
          lt("cases.timeline.assessedOn", { date: formatDate(str(d, "assessedOn"), language) }),
          d.superseded === true ? lt("cases.timeline.superseded") : null,
        ]
          .filter(Boolean)
          .join(" — "),
        text: str(d, "summary"),
      };
    case "plan_version": {
      const status = str(d, "status");
      return {
        headline: lt("cases.timeline.planVersion", {
          n: num(d, "number") ?? "?",
          status: status ? lt(`cases.timeline.planStatuses.${status}`, { defaultValue: status }) : "—",
        }),
        text: str(d, "changeNote"),
      };
    }
    case "service": {
      const type = str(d, "serviceType");
      const minutes = num(d, "durationMinutes");
      return {
        headline: [
          lt("cases.timeline.service", {
            service: type ? labels.service(type) : "—",
            date: formatDate(str(d, "deliveredOn"), language),
          }),
          minutes !== null ? lt("cases.timeline.minutes", { n: minutes }) : null,
          d.voided === true ? lt("cases.timeline.voided") : null,
        ]
          .filter(Boolean)
          .join(" — "),
        text: null,
      };
    }
    case "note": {
      const confidentiality = str(d, "confidentiality");
      return {
        headline: confidentiality
          ? lt(`cases.timeline.confidentiality.${confidentiality}`, { defaultValue: confidentiality })
          : null,
        text: str(d, "body"),
      };
    }
    default:
      return { headline: null, text: null };
  }
}

/**
 * What happened to the case, newest first, one page at a time: transitions, assessments, plan
 * versions, services, notes. The server leaves out what the reader may not see (special-category
 * notes and items without the role and a seat on the team); this list only shows what it got.
 */
export function TimelineSection({ caseRecord }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const lt = looseT(t);
  const outcomes = useClosureOutcomes();
  const services = useCatalogueLabels("service_type");
  const list = usePagedList<TimelineEntry>(caseKeys.timeline(caseRecord.id), timelinePath(caseRecord.id));
  if (list.isPending) return <LoadingIndicator />;
  const labels = {
    outcome: outcomes.labelOf,
    service: (code: string) => services.entries?.find((entry) => entry.code === code)?.label ?? code,
  };
  return (
    <>
      <ApiErrorAlert error={list.error} />
      {list.items.length === 0 && !list.error ? <p>{t("cases.timeline.empty")}</p> : null}
      <ol className="list-unstyled mb-0" data-testid="timeline-list">
        {list.items.map((entry) => {
          const described = describeTimelineEntry(entry, t, i18n.language, labels);
          return (
            <li
              key={`${entry.kind}-${entry.id}`}
              className="border-start border-3 ps-3 pb-2 mb-2"
              data-testid="timeline-entry"
            >
              <p className="mb-1">
                <span aria-hidden="true" className="me-2">
                  {kindSymbols[entry.kind] ?? "•"}
                </span>
                <strong>{lt(`timelineKinds.${entry.kind}`, { defaultValue: entry.kind })}</strong>
                <span className="small ms-2">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
                  {entry.by?.displayName ? ` — ${entry.by.displayName}` : ""}
                </span>
              </p>
              {described.headline ? <p className="mb-1">{described.headline}</p> : null}
              {described.text ? (
                <p className="mb-0 small" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
                  {described.text}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {list.items.length > 0 ? (
        <LoadMore
          shown={list.items.length}
          hasMore={list.hasMore}
          isLoading={list.isLoadingMore}
          onLoadMore={list.loadMore}
        />
      ) : null}
    </>
  );
}
