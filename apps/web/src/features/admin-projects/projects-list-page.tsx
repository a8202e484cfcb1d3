import type { Project } from "@approdo/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePagedList } from "../../app/api/use-paged-list.ts";
import { Link } from "../../app/router/link.tsx";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDate } from "../../app/ui/format-date.ts";
import { ListSearchForm } from "../../app/ui/list-search-form.tsx";
import { LoadMore } from "../../app/ui/load-more.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { projectKeys, projectsPath } from "./projects-api.ts";

export function ProjectsListPage() {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState("");
  const list = usePagedList<Project>(projectKeys.list(), projectsPath, { q });
  return (
    <>
      <PageHeader title={t("projects.listTitle")}>
        <Link to="/admin/projects/new" className="btn btn-primary" data-testid="project-new">
          {t("projects.new")}
        </Link>
      </PageHeader>
      <ListSearchForm label={t("projects.search")} onSearch={setQ} />
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingIndicator />
      ) : (
        <>
          <div className="table-responsive">
            <table className="table table-striped caption-top" data-testid="projects-table">
              <caption>{t("projects.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("projects.code")}</th>
                  <th scope="col">{t("projects.title")}</th>
                  <th scope="col">{t("projects.fundLine")}</th>
                  <th scope="col">{t("projects.period")}</th>
                  <th scope="col">{t("projects.leadOrganization")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.length === 0 ? (
                  <tr>
                    <td colSpan={5}>{t("common.noResults")}</td>
                  </tr>
                ) : null}
                {list.items.map((project) => (
                  <tr key={project.id}>
                    <th scope="row">
                      <Link to={`/admin/projects/${project.id}`}>{project.code}</Link>
                    </th>
                    <td>{project.title}</td>
                    <td>{project.fundLine}</td>
                    <td>
                      {formatDate(project.startDate, i18n.language)} –{" "}
                      {formatDate(project.endDate, i18n.language)}
                    </td>
                    <td>{project.leadOrganizationName}</td>
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
