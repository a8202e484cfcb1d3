import type { ServicePoint } from "@approdo/contracts";
import { useTranslation } from "react-i18next";
import { usePagedList } from "../../app/api/use-paged-list.ts";
import { Link } from "../../app/router/link.tsx";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { languageName } from "../../app/ui/language-name.ts";
import { LoadMore } from "../../app/ui/load-more.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { servicePointKeys, servicePointsPath } from "./service-points-api.ts";

export function ServicePointsListPage() {
  const { t, i18n } = useTranslation();
  const list = usePagedList<ServicePoint>(servicePointKeys.list(), servicePointsPath);
  return (
    <>
      <PageHeader title={t("servicePoints.listTitle")}>
        <Link to="/admin/service-points/new" className="btn btn-primary" data-testid="service-point-new">
          {t("servicePoints.new")}
        </Link>
      </PageHeader>
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingIndicator />
      ) : (
        <>
          <div className="table-responsive">
            <table className="table table-striped caption-top" data-testid="service-points-table">
              <caption>{t("servicePoints.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("servicePoints.name")}</th>
                  <th scope="col">{t("servicePoints.type")}</th>
                  <th scope="col">{t("servicePoints.organization")}</th>
                  <th scope="col">{t("servicePoints.territory")}</th>
                  <th scope="col">{t("servicePoints.languages")}</th>
                  <th scope="col">{t("common.status")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.length === 0 ? (
                  <tr>
                    <td colSpan={6}>{t("common.noResults")}</td>
                  </tr>
                ) : null}
                {list.items.map((servicePoint) => (
                  <tr key={servicePoint.id}>
                    <th scope="row">
                      <Link to={`/admin/service-points/${servicePoint.id}`}>{servicePoint.name}</Link>
                    </th>
                    <td>
                      {t(`servicePointTypes.${servicePoint.type}`, { defaultValue: servicePoint.type })}
                    </td>
                    <td>{servicePoint.organizationName}</td>
                    <td>
                      {servicePoint.territoryName}
                      <small className="d-block">{servicePoint.istatCode}</small>
                    </td>
                    <td>
                      {servicePoint.languages
                        .map((code) => `${languageName(code, i18n.language)} (${code})`)
                        .join(", ")}
                    </td>
                    <td>{servicePoint.active ? t("common.active") : t("common.inactive")}</td>
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
