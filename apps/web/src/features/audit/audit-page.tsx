import type { AuditEvent } from "@approdo/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { QueryValue } from "../../app/api/api-client.ts";
import { usePagedList } from "../../app/api/use-paged-list.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { LoadMore } from "../../app/ui/load-more.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { auditEventsPath, auditKeys } from "./audit-api.ts";
import { AuditFilterForm } from "./audit-filter-form.tsx";
import type { AuditFilter } from "./audit-filter-schema.ts";
import { AuditTable } from "./audit-table.tsx";

export function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Record<string, QueryValue>>({});
  const list = usePagedList<AuditEvent>(auditKeys.list(), auditEventsPath, filter);
  const apply = (next: AuditFilter | null) => setFilter(next ? { ...next } : {});
  return (
    <>
      <PageHeader title={t("audit.title")} />
      <AuditFilterForm onApply={apply} />
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingIndicator />
      ) : (
        <>
          <AuditTable events={list.items} />
          <LoadMore
            shown={list.items.length}
            hasMore={list.hasMore}
            isLoading={list.isLoadingMore}
            onLoadMore={list.loadMore}
          />
        </>
      )}
    </>
  );
}
