import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { useNavigate } from "../../app/router/use-router.ts";
import { BackLink } from "../../app/ui/back-link.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { ServicePointForm } from "./service-point-form.tsx";
import { emptyServicePointForm, type ServicePointFormOutput } from "./service-point-form-schema.ts";
import { createServicePoint, servicePointKeys } from "./service-points-api.ts";

export function ServicePointCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();

  const submit = async (values: ServicePointFormOutput) => {
    const created = await createServicePoint(values, idempotencyKey.current());
    idempotencyKey.renew();
    queryClient.setQueryData(servicePointKeys.detail(created.id), created);
    await queryClient.invalidateQueries({ queryKey: servicePointKeys.list() });
    navigate(`/admin/service-points/${created.id}`, { flash: t("servicePoints.created") });
  };

  return (
    <>
      <PageHeader title={t("servicePoints.createTitle")} />
      <BackLink to="/admin/service-points" />
      <ServicePointForm mode="create" defaultValues={emptyServicePointForm} onSubmit={submit} />
    </>
  );
}
