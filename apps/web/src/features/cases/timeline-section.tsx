import { useTranslation } from "react-i18next";
import { usePagedList } from "../../app/api/use-paged-list.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDateTime } from "../../app/ui/format-date.ts";
import { LoadMore } from "../../app/ui/load-more.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { looseT } from "../../app/ui/loose-t.ts";
import type { CaseSectionProps } from "./case-section.tsx";
import type { TimelineEntry } from "./case-types.ts";
import { caseKeys, timelinePath } from "./cases-api.ts";
import { useClosureOutcomes } from "./closure-outcomes.ts";

/** A symbol per kind of entry (decorative: the kind is also written out). */
const kindSymbols: Record<string, string> = {
  transition: "⇄",
  assessment: "▦",
  plan_version: "☰",
  service: "✓",
  note: "✎",
  approval: "⚑",
  team: "👥",
};

function text(details: Record<string, unknown>, key: string): string | null {
  const value = details[key];
  return typeof value === "string" && value !== "" ? value : null;
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
  const list = usePagedList<TimelineEntry>(caseKeys.timeline(caseRecord.id), timelinePath(caseRecord.id));
  if (list.isPending) return <LoadingIndicator />;
  const describe = (entry: TimelineEntry): string | null => {
    const details = entry.details ?? {};
    if (entry.kind === "transition") {
      const from = text(details, "from") ?? text(details, "fromState");
      const to = text(details, "to") ?? text(details, "toState");
      const parts = [
        from && to
          ? t("cases.timeline.moved", { from: lt(`caseStates.${from}`), to: lt(`caseStates.${to}`) })
          : to
            ? t("cases.timeline.opened", { to: lt(`caseStates.${to}`) })
            : null,
        text(details, "outcome")
          ? t("cases.timeline.outcome", { outcome: outcomes.labelOf(text(details, "outcome")) })
          : null,
      ].filter(Boolean);
      return parts.join(" — ") || null;
    }
    return null;
  };
  return (
    <>
      <ApiErrorAlert error={list.error} />
      {list.items.length === 0 ? <p>{t("cases.timeline.empty")}</p> : null}
      <ol className="list-unstyled mb-0" data-testid="case-timeline">
        {list.items.map((entry) => {
          const description = describe(entry);
          const reason = text(entry.details ?? {}, "reason");
          return (
            <li
              key={`${entry.kind}-${entry.id}`}
              className="border-start border-3 ps-3 pb-3 mb-2"
              data-testid="timeline-entry"
            >
              <p className="mb-1">
                <span aria-hidden="true" className="me-2">
                  {kindSymbols[entry.kind] ?? "•"}
                </span>
                <strong>{lt(`timelineKinds.${entry.kind}`, { defaultValue: entry.kind })}</strong>
                <span className="text-muted small ms-2">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
                  {entry.byName ? ` — ${entry.byName}` : ""}
                </span>
              </p>
              {description ? (
                <p className="mb-1" data-testid="timeline-description">
                  {description}
                </p>
              ) : null}
              {reason ? (
                <p className="mb-1 small" dir="auto">
                  {t("cases.timeline.reason", { reason })}
                </p>
              ) : null}
              {entry.summary ? (
                <p className="mb-0 small" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
                  {entry.summary}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <LoadMore
        shown={list.items.length}
        hasMore={list.hasMore}
        isLoading={list.isLoadingMore}
        onLoadMore={list.loadMore}
      />
    </>
  );
}
