import { caseStates } from "@approdo/contracts";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { usePagedList } from "../../app/api/use-paged-list.ts";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { Link } from "../../app/router/link.tsx";
import { useFlash, useRouter } from "../../app/router/use-router.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDate } from "../../app/ui/format-date.ts";
import { LoadMore } from "../../app/ui/load-more.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { useSession } from "../auth/use-session.ts";
import {
  caseFilterFromSearch,
  caseFilterToQuery,
  caseFilterToSearch,
  caseFormFromSearch,
} from "./case-filter.ts";
import {
  type CaseFilter,
  type CaseFilterInput,
  caseFilterSchema,
  caseScopes,
  emptyCaseFilterForm,
} from "./case-form-schemas.ts";
import { CaseStateBadge } from "./case-state-badge.tsx";
import type { CaseListItem, CaseRow } from "./case-types.ts";
import { caseKeys, casesPath } from "./cases-api.ts";
import { useMyProjects } from "./use-my-projects.ts";

/** The cases the reader may see: filters by state, whose, project and text; keyset pages. */
export function CasesListPage() {
  const { t, i18n } = useTranslation();
  const flash = useFlash();
  const { me } = useSession();
  const { location } = useRouter();
  const { allProjects } = useMyProjects();
  const [initialForm] = useState(() => caseFormFromSearch(location.search));
  const [filter, setFilter] = useState<CaseFilter>(() => caseFilterFromSearch(location.search));
  const list = usePagedList<CaseListItem>(caseKeys.list(), casesPath, caseFilterToQuery(filter, me));
  const form = useForm<CaseFilterInput, unknown, CaseFilter>({
    resolver: formResolver(caseFilterSchema),
    defaultValues: initialForm,
  });
  const apply = (next: CaseFilter) => {
    setFilter(next);
    window.history.replaceState(window.history.state, "", `/cases${caseFilterToSearch(next)}`);
  };
  const clear = () => {
    form.reset(emptyCaseFilterForm);
    apply({});
  };
  const { errors } = form.formState;
  return (
    <>
      <PageHeader title={t("cases.listTitle")} />
      <StatusMessage>{flash}</StatusMessage>
      <search className="mb-4">
        <form
          onSubmit={form.handleSubmit(apply)}
          noValidate
          aria-labelledby="cases-filters-heading"
          data-testid="cases-filter-form"
        >
          <fieldset className="form-fieldset">
            <legend id="cases-filters-heading">{t("cases.filters.title")}</legend>
            <TextField
              id="cases-q"
              type="search"
              className="mt-0"
              label={t("cases.filters.q")}
              hint={t("cases.filters.qHint")}
              dir="auto"
              autoComplete="off"
              registration={form.register("q")}
              error={errors.q}
            />
            <div className="row mt-4">
              <div className="col-12 col-md-4">
                <SelectField
                  id="cases-state"
                  label={t("cases.filters.state")}
                  emptyLabel={t("cases.filters.anyOpen")}
                  options={caseStates.map((state) => ({ value: state, label: t(`caseStates.${state}`) }))}
                  registration={form.register("state")}
                  error={errors.state}
                />
              </div>
              <div className="col-12 col-md-4">
                <SelectField
                  id="cases-scope"
                  label={t("cases.filters.scope")}
                  emptyLabel={t("cases.filters.scopeAll")}
                  options={caseScopes.map((scope) => ({
                    value: scope,
                    label: t(`cases.filters.scopes.${scope}`),
                  }))}
                  registration={form.register("scope")}
                  error={errors.scope}
                />
              </div>
              <div className="col-12 col-md-4">
                <SelectField
                  id="cases-project"
                  label={t("cases.project")}
                  emptyLabel={t("cases.filters.anyProject")}
                  options={allProjects.map((project) => ({
                    value: project.id,
                    label: `${project.code} — ${project.title}`,
                  }))}
                  registration={form.register("projectId")}
                  error={errors.projectId}
                />
              </div>
            </div>
            <div className="d-flex flex-wrap gap-3 mb-3">
              <button type="submit" className="btn btn-primary" data-testid="cases-search">
                {t("common.search")}
              </button>
              <button type="button" className="btn btn-outline-secondary" onClick={clear}>
                {t("cases.filters.reset")}
              </button>
            </div>
          </fieldset>
        </form>
      </search>
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingIndicator />
      ) : (
        <>
          <CasesTable cases={list.items} language={i18n.language} caption={t("cases.caption")} />
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

/** A table of cases (the list page and the worklist's "my cases"). */
export function CasesTable({
  cases,
  language,
  caption,
  testId = "cases-table",
}: {
  cases: readonly CaseRow[];
  language: string;
  caption: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-responsive">
      <table className="table table-striped caption-top" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("cases.reference")}</th>
            <th scope="col">{t("cases.subject")}</th>
            <th scope="col">{t("common.status")}</th>
            <th scope="col">{t("cases.caseManager")}</th>
            <th scope="col">{t("cases.nextDue")}</th>
          </tr>
        </thead>
        <tbody>
          {cases.length === 0 ? (
            <tr>
              <td colSpan={5}>{t("common.noResults")}</td>
            </tr>
          ) : null}
          {cases.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/cases/${item.id}`} data-testid="case-link">
                  {item.reference}
                </Link>
              </th>
              <td dir="auto">{item.subjectLabel ?? t("cases.subjectHidden")}</td>
              <td>
                <CaseStateBadge state={item.state} />
                {item.pendingApprovalId ? (
                  <span className="badge bg-warning text-dark ms-1">{t("cases.awaitingApproval")}</span>
                ) : null}
              </td>
              <td>{item.caseManagerName ?? "—"}</td>
              <td>{formatDate(item.nextDueOn, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
