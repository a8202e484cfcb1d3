import { attachmentKinds, attachmentMaxBytes, retentionClasses } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { FieldLabel } from "../../app/ui/field-label.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { attachmentKeys, uploadAttachment } from "./attachments-api.ts";
import {
  type AttachmentFormInput,
  type AttachmentFormOutput,
  attachmentFieldNames,
  attachmentFormSchema,
  emptyAttachmentForm,
} from "./person-records-schema.ts";

const maxMegabytes = attachmentMaxBytes / 1024 / 1024;

/** Uploads one document of the person: what it is and how long it must be kept. */
export function AttachmentForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const form = useForm<AttachmentFormInput, unknown, AttachmentFormOutput>({
    resolver: formResolver(attachmentFormSchema),
    defaultValues: emptyAttachmentForm,
  });
  const checkFile = (): File | null => {
    const file = fileInput.current?.files?.[0] ?? null;
    if (!file) setFileError(t("people.attachment.fileRequired"));
    else if (file.size > attachmentMaxBytes)
      setFileError(t("people.attachment.tooLarge", { mb: maxMegabytes }));
    else setFileError(null);
    return file && file.size <= attachmentMaxBytes ? file : null;
  };
  const submit = useSubmitHandler(
    form.setError,
    attachmentFieldNames,
    async (values: AttachmentFormOutput) => {
      const file = checkFile();
      if (!file) {
        fileInput.current?.focus();
        return;
      }
      await uploadAttachment(personId, values, file, idempotencyKey.current());
      idempotencyKey.renew();
      await queryClient.invalidateQueries({ queryKey: attachmentKeys.list(personId) });
      onDone();
    },
  );
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="attachment-form">
      <ApiErrorAlert error={submit.error} />
      <RequiredFieldsNote />
      <div className="form-group mb-4">
        <FieldLabel htmlFor="attachment-file" label={t("people.attachment.file")} required />
        <input
          ref={fileInput}
          id="attachment-file"
          type="file"
          className="form-control"
          required
          accept="application/pdf,image/jpeg,image/png,image/webp,image/heic,text/plain"
          aria-describedby={`attachment-file-hint${fileError ? " attachment-file-error" : ""}`}
          aria-invalid={fileError ? true : undefined}
          onChange={() => checkFile()}
        />
        <small id="attachment-file-hint" className="form-text">
          {t("people.attachment.fileHint", { mb: maxMegabytes })}
        </small>
        {fileError ? (
          <div id="attachment-file-error" className="invalid-feedback d-block">
            {fileError}
          </div>
        ) : null}
      </div>
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField
            id="attachment-kind"
            label={t("people.attachment.kind")}
            required
            options={attachmentKinds.map((kind) => ({ value: kind, label: t(`attachmentKinds.${kind}`) }))}
            registration={form.register("kind")}
            error={errors.kind}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            id="attachment-retention"
            label={t("people.attachment.retention")}
            hint={t("people.attachment.retentionHint")}
            required
            noEmptyOption
            options={retentionClasses.map((value) => ({ value, label: t(`retentionClasses.${value}`) }))}
            registration={form.register("retentionClass")}
            error={errors.retentionClass}
          />
        </div>
      </div>
      <SubmitButton
        label={t("people.attachment.upload")}
        busyLabel={t("people.attachment.uploading")}
        busy={isSubmitting}
        testId="attachment-submit"
      />
    </form>
  );
}
