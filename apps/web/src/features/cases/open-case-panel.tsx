import { caseOrigins } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { Link } from "../../app/router/link.tsx";
import { useNavigate } from "../../app/router/use-router.ts";
import { canOpen } from "../../app/sections.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextareaField } from "../../app/ui/textarea-field.tsx";
import { useSession } from "../auth/use-session.ts";
import { TogglePanel } from "../people/toggle-panel.tsx";
import {
  type OpenCaseFormInput,
  type OpenCaseFormOutput,
  openCaseFieldNames,
  openCaseFormSchema,
} from "./case-form-schemas.ts";
import { caseKeys, createCase, existingCasesOf } from "./cases-api.ts";
import { useMyProjects } from "./use-my-projects.ts";

type Subject = { personId: string } | { householdId: string };

/** "Apri presa in carico" on a person's or a household's page. */
export function OpenCasePanel({ subject }: { subject: Subject }) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!canOpen("cases", me.roles)) return null;
  return (
    <TogglePanel label={t("cases.open.button")} testId="case-open">
      {() => <OpenCaseForm subject={subject} />}
    </TogglePanel>
  );
}

function OpenCaseForm({ subject }: { subject: Subject }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const key = useIdempotencyKey();
  const { projects, isPending: projectsPending } = useMyProjects();
  const form = useForm<OpenCaseFormInput, unknown, OpenCaseFormOutput>({
    resolver: formResolver(openCaseFormSchema),
    defaultValues: { origin: "walk_in", projectId: "", summary: "" },
  });
  // one running project: preselected (the server would default to it too)
  const single = projects.length === 1 ? projects[0]?.id : undefined;
  useEffect(() => {
    if (single && form.getValues("projectId") === "") form.setValue("projectId", single);
  }, [single, form]);
  const submit = useSubmitHandler(form.setError, openCaseFieldNames, async (values: OpenCaseFormOutput) => {
    const created = await createCase({ ...subject, ...values }, key.current());
    key.renew();
    await queryClient.invalidateQueries({ queryKey: caseKeys.all });
    navigate(`/cases/${created.id}`, { flash: t("cases.open.done", { reference: created.reference }) });
  });
  const existing = existingCasesOf(submit.error);
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      onSubmit={form.handleSubmit(submit.onValid)}
      noValidate
      aria-label={t("cases.open.title")}
      data-testid="case-open-form"
    >
      <RequiredFieldsNote />
      {existing ? (
        <div className="alert alert-warning" role="alert" data-testid="case-already-open">
          <p className="mb-1">{t("errors.CASE_ALREADY_OPEN")}</p>
          {existing.map((open) => (
            <p className="mb-0" key={open.id}>
              <Link to={`/cases/${open.id}`} data-testid="case-existing-link">
                {open.reference
                  ? t("cases.open.existingLinkReference", { reference: open.reference })
                  : t("cases.open.existingLink")}
              </Link>
            </p>
          ))}
        </div>
      ) : (
        <ApiErrorAlert error={submit.error} />
      )}
      <div className="row mt-3">
        <div className="col-12 col-md-6">
          <SelectField
            id="case-origin"
            label={t("cases.origin")}
            required
            noEmptyOption
            options={caseOrigins.map((origin) => ({ value: origin, label: t(`caseOrigins.${origin}`) }))}
            registration={form.register("origin")}
            error={errors.origin}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            id="case-project"
            label={t("cases.project")}
            hint={
              projectsPending
                ? t("app.loading")
                : projects.length === 0
                  ? t("cases.open.noProjects")
                  : undefined
            }
            emptyLabel={t("cases.noProject")}
            options={projects.map((project) => ({
              value: project.id,
              label: `${project.code} — ${project.title}`,
            }))}
            registration={form.register("projectId")}
            error={errors.projectId}
          />
        </div>
      </div>
      <TextareaField
        id="case-summary"
        label={t("cases.summary")}
        hint={t("cases.open.summaryHint")}
        rows={3}
        registration={form.register("summary")}
        error={errors.summary}
      />
      <SubmitButton
        label={t("cases.open.submit")}
        busyLabel={t("common.creating")}
        busy={isSubmitting}
        testId="case-open-submit"
      />
    </form>
  );
}
