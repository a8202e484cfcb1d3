import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFlash } from "../../app/router/use-router.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { BackLink } from "../../app/ui/back-link.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { ServicePointForm } from "./service-point-form.tsx";
import { type ServicePointFormOutput, servicePointToForm } from "./service-point-form-schema.ts";
import { fetchServicePoint, servicePointKeys, updateServicePoint } from "./service-points-api.ts";

export function ServicePointEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const flash = useFlash();
  const [saved, setSaved] = useState(false);
  const query = useQuery({
    queryKey: servicePointKeys.detail(id),
    queryFn: ({ signal }) => fetchServicePoint(id, signal),
  });

  const submit = async (values: ServicePointFormOutput) => {
    if (!query.data) return;
    setSaved(false);
    const updated = await updateServicePoint(id, { ...values, version: query.data.version });
    queryClient.setQueryData(servicePointKeys.detail(id), updated);
    await queryClient.invalidateQueries({ queryKey: servicePointKeys.list() });
    setSaved(true);
  };
  const reload = () => {
    setSaved(false);
    void query.refetch();
  };

  return (
    <>
      <PageHeader title={t("servicePoints.editTitle")} />
      <BackLink to="/admin/service-points" />
      <StatusMessage>{saved ? t("common.saved") : flash}</StatusMessage>
      {query.isPending ? <LoadingIndicator /> : null}
      {query.isError ? <ApiErrorAlert error={query.error} /> : null}
      {query.data ? (
        <>
          <h2 className="h4">{query.data.name}</h2>
          <ServicePointForm
            key={query.data.version}
            mode="edit"
            defaultValues={servicePointToForm(query.data)}
            onSubmit={submit}
            onReload={reload}
          />
        </>
      ) : null}
    </>
  );
}
