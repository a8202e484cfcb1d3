import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFlash } from "../../app/router/use-router.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { BackLink } from "../../app/ui/back-link.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { ProjectForm } from "./project-form.tsx";
import { type ProjectFormOutput, projectToForm } from "./project-form-schema.ts";
import { fetchProject, projectKeys, updateProject } from "./projects-api.ts";

export function ProjectEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const flash = useFlash();
  const [saved, setSaved] = useState(false);
  const query = useQuery({
    queryKey: projectKeys.detail(id),
    queryFn: ({ signal }) => fetchProject(id, signal),
  });

  const submit = async (values: ProjectFormOutput) => {
    if (!query.data) return;
    setSaved(false);
    const updated = await updateProject(id, { ...values, version: query.data.version });
    queryClient.setQueryData(projectKeys.detail(id), updated);
    await queryClient.invalidateQueries({ queryKey: projectKeys.list() });
    setSaved(true);
  };
  const reload = () => {
    setSaved(false);
    void query.refetch();
  };

  return (
    <>
      <PageHeader title={t("projects.editTitle")} />
      <BackLink to="/admin/projects" />
      <StatusMessage>{saved ? t("common.saved") : flash}</StatusMessage>
      {query.isPending ? <LoadingIndicator /> : null}
      {query.isError ? <ApiErrorAlert error={query.error} /> : null}
      {query.data ? (
        <>
          <h2 className="h4">
            {query.data.code} — {query.data.title}
          </h2>
          <ProjectForm
            key={query.data.version}
            mode="edit"
            defaultValues={projectToForm(query.data)}
            onSubmit={submit}
            onReload={reload}
          />
        </>
      ) : null}
    </>
  );
}
