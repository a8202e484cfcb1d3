import type { User } from "@approdo/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePagedList } from "../../app/api/use-paged-list.ts";
import { Link } from "../../app/router/link.tsx";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { ListSearchForm } from "../../app/ui/list-search-form.tsx";
import { LoadMore } from "../../app/ui/load-more.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { userKeys, usersPath } from "./users-api.ts";

export function UsersListPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const list = usePagedList<User>(userKeys.list(), usersPath, { q });
  return (
    <>
      <PageHeader title={t("users.listTitle")}>
        <Link to="/admin/users/new" className="btn btn-primary" data-testid="user-new">
          {t("users.new")}
        </Link>
      </PageHeader>
      <ListSearchForm label={t("users.search")} onSearch={setQ} />
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingIndicator />
      ) : (
        <>
          <div className="table-responsive">
            <table className="table table-striped caption-top" data-testid="users-table">
              <caption>{t("users.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("users.username")}</th>
                  <th scope="col">{t("users.displayName")}</th>
                  <th scope="col">{t("users.organization")}</th>
                  <th scope="col">{t("users.roles")}</th>
                  <th scope="col">{t("common.status")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.length === 0 ? (
                  <tr>
                    <td colSpan={5}>{t("common.noResults")}</td>
                  </tr>
                ) : null}
                {list.items.map((user) => (
                  <tr key={user.id}>
                    <th scope="row">
                      <Link to={`/admin/users/${user.id}`}>{user.username}</Link>
                    </th>
                    <td>{user.displayName}</td>
                    <td>{user.organizationName}</td>
                    <td>{user.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(", ")}</td>
                    <td>{user.active ? t("common.active") : t("common.inactive")}</td>
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
