import type { PersonCreate } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { useNavigate } from "../../app/router/use-router.ts";
import { BackLink } from "../../app/ui/back-link.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { createPerson, personKeys } from "./people-api.ts";
import { PersonForm } from "./person-form.tsx";
import { emptyPersonForm, personCreateFormSchema } from "./person-form-schema.ts";
import { fullName } from "./person-format.ts";

export function PersonCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();

  const submit = async (values: PersonCreate) => {
    const created = await createPerson(values, idempotencyKey.current());
    idempotencyKey.renew();
    queryClient.setQueryData(personKeys.detail(created.id), created);
    await queryClient.invalidateQueries({ queryKey: personKeys.list() });
    await queryClient.invalidateQueries({ queryKey: [...personKeys.all, "matches"] });
    navigate(`/people/${created.id}`, { flash: t("people.created", { name: fullName(created) }) });
  };

  return (
    <>
      <PageHeader title={t("people.createTitle")} />
      <BackLink to="/people" />
      <p>{t("people.createIntro")}</p>
      <PersonForm
        mode="create"
        schema={personCreateFormSchema}
        defaultValues={emptyPersonForm}
        onSubmit={submit}
        onUseExisting={(candidate) =>
          navigate(`/people/${candidate.personId}`, {
            flash: t("people.match.used", { name: fullName(candidate.person) }),
          })
        }
      />
    </>
  );
}
