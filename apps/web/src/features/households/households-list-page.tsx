import type { Household } from "@approdo/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePagedList } from "../../app/api/use-paged-list.ts";
import { Link } from "../../app/router/link.tsx";
import { useFlash } from "../../app/router/use-router.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDateTime } from "../../app/ui/format-date.ts";
import { ListSearchForm } from "../../app/ui/list-search-form.tsx";
import { LoadMore } from "../../app/ui/load-more.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { householdKeys, householdsPath } from "./households-api.ts";

export function HouseholdsListPage() {
  const { t, i18n } = useTranslation();
  const flash = useFlash();
  const [q, setQ] = useState("");
  const list = usePagedList<Household>(householdKeys.list(), householdsPath, { q });
  return (
    <>
      <PageHeader title={t("households.listTitle")}>
        <Link to="/households/new" className="btn btn-primary" data-testid="household-new">
          {t("households.new")}
        </Link>
      </PageHeader>
      <StatusMessage>{flash}</StatusMessage>
      <ListSearchForm label={t("households.search")} onSearch={setQ} />
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingIndicator />
      ) : (
        <>
          <div className="table-responsive">
            <table className="table table-striped caption-top" data-testid="households-table">
              <caption>{t("households.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("households.label")}</th>
                  <th scope="col">{t("households.memberCount")}</th>
                  <th scope="col">{t("households.updatedAt")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.length === 0 ? (
                  <tr>
                    <td colSpan={3}>{t("common.noResults")}</td>
                  </tr>
                ) : null}
                {list.items.map((household) => (
                  <tr key={household.id}>
                    <th scope="row">
                      <Link to={`/households/${household.id}`}>{household.label}</Link>
                    </th>
                    <td>{household.currentMemberCount}</td>
                    <td>{formatDateTime(household.updatedAt, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
