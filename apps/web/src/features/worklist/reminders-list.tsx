import { useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePagedList } from "../../app/api/use-paged-list.ts";
import { Link } from "../../app/router/link.tsx";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDate } from "../../app/ui/format-date.ts";
import { LoadMore } from "../../app/ui/load-more.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { looseT } from "../../app/ui/loose-t.ts";
import type { Reminder } from "../cases/case-types.ts";
import { dismissReminder } from "../cases/cases-api.ts";

export const remindersPath = "/api/v1/reminders";
export const reminderKeys = { list: () => ["reminders", "list"] as const };

/** Params that are dates, shown in the UI language. */
const dateParams = ["reviewOn", "dueOn", "expiresOn", "lastActivityOn", "requestedOn"];

/** The reminder's message in the UI language, from its kind and params (the server stores no text). */
export function reminderText(reminder: Reminder, t: TFunction, language: string): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(reminder.params ?? {})) {
    if (value === null || value === undefined) continue;
    params[key] = dateParams.includes(key) && typeof value === "string" ? formatDate(value, language) : value;
  }
  if (typeof reminder.params?.approvalKind === "string")
    params.approvalKind = looseT(t)(`worklist.approvalKinds.${reminder.params.approvalKind}`);
  if (typeof reminder.params?.permitType === "string")
    params.permitType = looseT(t)(`permitTypes.${reminder.params.permitType}`, {
      defaultValue: reminder.params.permitType,
    });
  params.dueOn ??= formatDate(reminder.dueOn, language);
  return looseT(t)(`reminderKinds.${reminder.kind}`, params);
}

/** The user's open reminders, soonest first as the server sends them; each can be dismissed. */
export function RemindersList({ onStatus }: { onStatus: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const list = usePagedList<Reminder>(reminderKeys.list(), remindersPath, { status: "open" });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const dismiss = async (reminder: Reminder) => {
    setError(null);
    setBusy(reminder.id);
    try {
      await dismissReminder(reminder.id);
      await queryClient.invalidateQueries({ queryKey: reminderKeys.list() });
      onStatus(t("worklist.reminderDismissed"));
      window.setTimeout(() => document.getElementById("worklist-reminders-title")?.focus(), 0);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  if (list.isPending) return <LoadingIndicator />;
  return (
    <>
      <ApiErrorAlert error={list.error ?? error} />
      {list.items.length === 0 && !list.error ? <p>{t("worklist.noReminders")}</p> : null}
      <ul className="list-group mb-3" data-testid="reminders-list">
        {list.items.map((reminder) => (
          <li
            key={reminder.id}
            className="list-group-item d-flex flex-wrap align-items-center justify-content-between gap-2"
          >
            <div>
              <p className="mb-0">{reminderText(reminder, t, i18n.language)}</p>
              {reminder.caseId ? (
                <Link to={`/cases/${reminder.caseId}`} className="small">
                  {t("worklist.openCase", { reference: reminder.caseReference ?? "" })}
                </Link>
              ) : null}
            </div>
            <button
              type="button"
              className="btn btn-outline-secondary btn-sm"
              disabled={busy === reminder.id}
              onClick={() => void dismiss(reminder)}
              aria-label={t("worklist.dismissNamed", { text: reminderText(reminder, t, i18n.language) })}
            >
              {t("worklist.dismiss")}
            </button>
          </li>
        ))}
      </ul>
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
