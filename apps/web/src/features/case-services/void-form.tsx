import type { ServiceRecord } from "@approdo/contracts";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { type VoidFormInput, type VoidFormOutput, voidFormSchema } from "./service-form-schema.ts";
import { voidService } from "./services-api.ts";

interface VoidFormProps {
  caseId: string;
  record: ServiceRecord;
  onDone: (record: ServiceRecord) => Promise<void> | void;
}

/** Voids a service recorded by mistake, with the reason (the record stays, marked void). */
export function VoidForm({ caseId, record, onDone }: VoidFormProps) {
  const { t } = useTranslation();
  const form = useForm<VoidFormInput, unknown, VoidFormOutput>({
    resolver: formResolver(voidFormSchema),
    defaultValues: { reason: "" },
  });
  const submit = useSubmitHandler(form.setError, ["reason"], async (values: VoidFormOutput) => {
    const voided = await voidService(caseId, record.id, values);
    await onDone(voided);
  });
  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="service-void-form">
      <ApiErrorAlert error={submit.error} />
      <TextField
        id={`service-void-${record.id}-reason`}
        className="mt-0 mb-3"
        label={t("services.voidReason")}
        required
        registration={form.register("reason")}
        error={form.formState.errors.reason}
      />
      <SubmitButton
        label={t("services.void")}
        busyLabel={t("common.saving")}
        busy={form.formState.isSubmitting}
        testId="service-void-submit"
      />
    </form>
  );
}
