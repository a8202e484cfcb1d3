import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { useNavigate } from "../../app/router/use-router.ts";
import { BackLink } from "../../app/ui/back-link.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { OrganizationForm } from "./organization-form.tsx";
import { emptyOrganizationForm, type OrganizationFormOutput } from "./organization-form-schema.ts";
import { createOrganization, organizationKeys } from "./organizations-api.ts";

export function OrganizationCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();

  const submit = async (values: OrganizationFormOutput) => {
    const created = await createOrganization(values, idempotencyKey.current());
    idempotencyKey.renew();
    queryClient.setQueryData(organizationKeys.detail(created.id), created);
    await queryClient.invalidateQueries({ queryKey: organizationKeys.all });
    navigate(`/admin/organizations/${created.id}`, { flash: t("organizations.created") });
  };

  return (
    <>
      <PageHeader title={t("organizations.createTitle")} />
      <BackLink to="/admin/organizations" />
      <OrganizationForm mode="create" defaultValues={emptyOrganizationForm} onSubmit={submit} />
    </>
  );
}
