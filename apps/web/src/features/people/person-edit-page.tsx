import type { Person } from "@approdo/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "../../app/router/link.tsx";
import { useNavigate } from "../../app/router/use-router.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { MergedNotice } from "./merged-notice.tsx";
import { fetchPerson, type PersonUpdate, personKeys, updatePerson } from "./people-api.ts";
import { PersonForm } from "./person-form.tsx";
import { personEditFormSchema, personToForm } from "./person-form-schema.ts";
import { fullName } from "./person-format.ts";

export function PersonEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: personKeys.detail(id),
    queryFn: ({ signal }) => fetchPerson(id, signal),
  });
  const person: Person | undefined = query.data;

  const submit = async (values: PersonUpdate) => {
    const updated = await updatePerson(id, values);
    queryClient.setQueryData(personKeys.detail(id), updated);
    await queryClient.invalidateQueries({ queryKey: personKeys.list() });
    navigate(`/people/${id}`, { flash: t("common.saved") });
  };

  return (
    <>
      <PageHeader title={t("people.editTitle")} />
      <p className="mb-4">
        <Link to={`/people/${id}`}>
          <span aria-hidden="true">← </span>
          {t("people.backToPerson")}
        </Link>
      </p>
      {query.isPending ? <LoadingIndicator /> : null}
      {query.isError ? <ApiErrorAlert error={query.error} /> : null}
      {person ? (
        <>
          <h2 className="h4" dir="auto">
            {fullName(person)}
          </h2>
          {person.mergedIntoId ? <MergedNotice survivorId={person.mergedIntoId} /> : null}
          <p className="small">{t("people.editNamesHint")}</p>
          <PersonForm
            // a new version (after reloading) starts the form afresh
            key={person.version}
            mode="edit"
            schema={personEditFormSchema(person.version)}
            defaultValues={personToForm(person)}
            onSubmit={submit}
            onReload={() => void query.refetch()}
          />
        </>
      ) : null}
    </>
  );
}
