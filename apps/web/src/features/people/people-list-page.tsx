import type { PersonSummary } from "@approdo/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePagedList } from "../../app/api/use-paged-list.ts";
import { Link } from "../../app/router/link.tsx";
import { useFlash, useRouter } from "../../app/router/use-router.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { LoadMore } from "../../app/ui/load-more.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { useCountries } from "../reference/use-countries.ts";
import { peoplePath, personKeys } from "./people-api.ts";
import { PeopleFilterForm } from "./people-filter-form.tsx";
import {
  filterFormFromSearch,
  filterFromSearch,
  filterToSearch,
  type PeopleFilter,
} from "./people-filter-schema.ts";
import { birthLabel } from "./person-format.ts";
import { TerritoryName } from "./territory-name.tsx";

export function PeopleListPage() {
  const { t, i18n } = useTranslation();
  const flash = useFlash();
  const { location } = useRouter();
  const { countryName } = useCountries();
  const [initialForm] = useState(() => filterFormFromSearch(location.search));
  const [filter, setFilter] = useState<PeopleFilter>(() => filterFromSearch(location.search));
  const list = usePagedList<PersonSummary>(personKeys.list(), peoplePath, filter);

  const apply = (next: PeopleFilter) => {
    setFilter(next);
    // kept in the address without a navigation: "back" from a person returns to this search
    window.history.replaceState(window.history.state, "", `/people${filterToSearch(next)}`);
  };

  return (
    <>
      <PageHeader title={t("people.listTitle")}>
        <Link to="/people/new" className="btn btn-primary" data-testid="person-new">
          {t("people.new")}
        </Link>
        <Link to="/people/import" className="btn btn-outline-primary" data-testid="people-import">
          {t("imports.linkFromPeople")}
        </Link>
      </PageHeader>
      <StatusMessage>{flash}</StatusMessage>
      <PeopleFilterForm defaultValues={initialForm} onApply={apply} />
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingIndicator />
      ) : (
        <>
          <div className="table-responsive">
            <table className="table table-striped caption-top" data-testid="people-table">
              <caption>{t("people.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("people.name")}</th>
                  <th scope="col">{t("people.birth")}</th>
                  <th scope="col">{t("people.citizenship")}</th>
                  <th scope="col">{t("people.taxCode")}</th>
                  <th scope="col">{t("people.domicile")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.length === 0 ? (
                  <tr>
                    <td colSpan={5}>{t("common.noResults")}</td>
                  </tr>
                ) : null}
                {list.items.map((person) => (
                  <tr key={person.id}>
                    <th scope="row">
                      <Link to={`/people/${person.id}`} dir="auto">
                        {person.familyName} {person.givenName}
                      </Link>
                    </th>
                    <td>{birthLabel(person, i18n.language)}</td>
                    <td>{countryName(person.citizenship)}</td>
                    <td className="text-nowrap">{person.taxCode ?? "—"}</td>
                    <td>
                      <TerritoryName code={person.domicileIstat} />
                    </td>
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
