import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFlash } from "../../app/router/use-router.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { BackLink } from "../../app/ui/back-link.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { OrganizationForm } from "./organization-form.tsx";
import { type OrganizationFormOutput, organizationToForm } from "./organization-form-schema.ts";
import { fetchOrganization, organizationKeys, updateOrganization } from "./organizations-api.ts";

export function OrganizationEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const flash = useFlash();
  const [saved, setSaved] = useState(false);
  const query = useQuery({
    queryKey: organizationKeys.detail(id),
    queryFn: ({ signal }) => fetchOrganization(id, signal),
  });

  const submit = async (values: OrganizationFormOutput) => {
    if (!query.data) return;
    setSaved(false);
    const updated = await updateOrganization(id, { ...values, version: query.data.version });
    queryClient.setQueryData(organizationKeys.detail(id), updated);
    await queryClient.invalidateQueries({ queryKey: organizationKeys.list() });
    await queryClient.invalidateQueries({ queryKey: organizationKeys.options() });
    setSaved(true);
  };
  const reload = () => {
    setSaved(false);
    void query.refetch();
  };

  return (
    <>
      <PageHeader title={t("organizations.editTitle")} />
      <BackLink to="/admin/organizations" />
      <StatusMessage>{saved ? t("common.saved") : flash}</StatusMessage>
      {query.isPending ? <LoadingIndicator /> : null}
      {query.isError ? <ApiErrorAlert error={query.error} /> : null}
      {query.data ? (
        <>
          <h2 className="h4">{query.data.name}</h2>
          <OrganizationForm
            // a new version (after saving or reloading) starts the form afresh
            key={query.data.version}
            mode="edit"
            selfId={id}
            defaultValues={organizationToForm(query.data)}
            onSubmit={submit}
            onReload={reload}
          />
        </>
      ) : null}
    </>
  );
}
