import type { Organization } from "@approdo/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePagedList } from "../../app/api/use-paged-list.ts";
import { Link } from "../../app/router/link.tsx";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { ListSearchForm } from "../../app/ui/list-search-form.tsx";
import { LoadMore } from "../../app/ui/load-more.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { YesNo } from "../../app/ui/yes-no.tsx";
import { organizationKeys, organizationsPath } from "./organizations-api.ts";

export function OrganizationsListPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const list = usePagedList<Organization>(organizationKeys.list(), organizationsPath, { q });
  return (
    <>
      <PageHeader title={t("organizations.listTitle")}>
        <Link to="/admin/organizations/new" className="btn btn-primary" data-testid="organization-new">
          {t("organizations.new")}
        </Link>
      </PageHeader>
      <ListSearchForm label={t("organizations.search")} onSearch={setQ} />
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingIndicator />
      ) : (
        <>
          <div className="table-responsive">
            <table className="table table-striped caption-top" data-testid="organizations-table">
              <caption>{t("organizations.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("organizations.name")}</th>
                  <th scope="col">{t("organizations.type")}</th>
                  <th scope="col">{t("organizations.territory")}</th>
                  <th scope="col">{t("organizations.closureApproval")}</th>
                  <th scope="col">{t("common.status")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.length === 0 ? (
                  <tr>
                    <td colSpan={5}>{t("common.noResults")}</td>
                  </tr>
                ) : null}
                {list.items.map((organization) => (
                  <tr key={organization.id}>
                    <th scope="row">
                      <Link to={`/admin/organizations/${organization.id}`}>{organization.name}</Link>
                    </th>
                    <td>
                      {t(`organizationTypes.${organization.type}`, { defaultValue: organization.type })}
                    </td>
                    <td>
                      {organization.territoryName ?? "—"}
                      {organization.istatCode ? (
                        <small className="d-block">{organization.istatCode}</small>
                      ) : null}
                    </td>
                    <td>
                      <YesNo value={organization.requiresClosureApproval} />
                    </td>
                    <td>{organization.active ? t("common.active") : t("common.inactive")}</td>
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
