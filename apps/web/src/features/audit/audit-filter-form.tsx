import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { TextField } from "../../app/ui/text-field.tsx";
import {
  type AuditFilter,
  type AuditFilterInput,
  auditFilterSchema,
  emptyAuditFilterForm,
} from "./audit-filter-schema.ts";

interface AuditFilterFormProps {
  onApply: (filter: AuditFilter | null) => void;
}

export function AuditFilterForm({ onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const form = useForm<AuditFilterInput, unknown, AuditFilter>({
    resolver: formResolver(auditFilterSchema),
    defaultValues: emptyAuditFilterForm,
  });
  const { errors } = form.formState;
  const clear = () => {
    form.reset(emptyAuditFilterForm);
    onApply(null);
  };
  return (
    <form
      onSubmit={form.handleSubmit(onApply)}
      noValidate
      aria-labelledby="audit-filters-heading"
      data-testid="audit-filter-form"
    >
      <fieldset className="form-fieldset">
        <legend id="audit-filters-heading">{t("audit.filters")}</legend>
        <div className="row">
          <div className="col-12 col-md-6">
            <TextField
              id="audit-actor"
              label={t("audit.actorUserId")}
              hint={t("audit.idHint")}
              spellCheck={false}
              registration={form.register("actorUserId")}
              error={errors.actorUserId}
            />
          </div>
          <div className="col-12 col-md-6">
            <TextField
              id="audit-organization"
              label={t("audit.organizationId")}
              hint={t("audit.idHint")}
              spellCheck={false}
              registration={form.register("organizationId")}
              error={errors.organizationId}
            />
          </div>
          <div className="col-12 col-md-4">
            <TextField
              id="audit-entity-type"
              label={t("audit.entityType")}
              spellCheck={false}
              registration={form.register("entityType")}
              error={errors.entityType}
            />
          </div>
          <div className="col-12 col-md-4">
            <TextField
              id="audit-entity-id"
              label={t("audit.entityId")}
              spellCheck={false}
              registration={form.register("entityId")}
              error={errors.entityId}
            />
          </div>
          <div className="col-12 col-md-4">
            <TextField
              id="audit-action"
              label={t("audit.action")}
              spellCheck={false}
              registration={form.register("action")}
              error={errors.action}
            />
          </div>
          <div className="col-12 col-md-6">
            <TextField
              id="audit-from"
              type="datetime-local"
              label={t("audit.from")}
              registration={form.register("from")}
              error={errors.from}
            />
          </div>
          <div className="col-12 col-md-6">
            <TextField
              id="audit-to"
              type="datetime-local"
              label={t("audit.to")}
              registration={form.register("to")}
              error={errors.to}
            />
          </div>
        </div>
        <div className="d-flex flex-wrap gap-3 mb-3">
          <button type="submit" className="btn btn-primary" data-testid="audit-apply">
            {t("audit.apply")}
          </button>
          <button type="button" className="btn btn-outline-secondary" onClick={clear}>
            {t("audit.reset")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
