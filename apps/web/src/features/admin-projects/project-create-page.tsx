import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { useNavigate } from "../../app/router/use-router.ts";
import { BackLink } from "../../app/ui/back-link.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { ProjectForm } from "./project-form.tsx";
import { emptyProjectForm, type ProjectFormOutput } from "./project-form-schema.ts";
import { createProject, projectKeys } from "./projects-api.ts";

export function ProjectCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();

  const submit = async (values: ProjectFormOutput) => {
    const created = await createProject(values, idempotencyKey.current());
    idempotencyKey.renew();
    queryClient.setQueryData(projectKeys.detail(created.id), created);
    await queryClient.invalidateQueries({ queryKey: projectKeys.list() });
    navigate(`/admin/projects/${created.id}`, { flash: t("projects.created") });
  };

  return (
    <>
      <PageHeader title={t("projects.createTitle")} />
      <BackLink to="/admin/projects" />
      <ProjectForm mode="create" defaultValues={emptyProjectForm} onSubmit={submit} />
    </>
  );
}
