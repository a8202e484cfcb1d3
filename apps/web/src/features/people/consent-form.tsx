import {
  attachmentMaxBytes,
  consentPurposes,
  dataCategories,
  isSpecialDataCategory,
} from "@approdo/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useController, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { FieldErrorText } from "../../app/ui/field-error-text.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { LanguageSelect } from "../reference/language-select.tsx";
import { attachmentKeys, fetchAttachments, uploadAttachment } from "./attachments-api.ts";
import { consentKeys, recordConsent } from "./consents-api.ts";
import { OrganizationsPicker } from "./organizations-picker.tsx";
import {
  type ConsentFormInput,
  type ConsentFormOutput,
  consentFieldNames,
  consentFormSchema,
  emptyConsentForm,
} from "./person-records-schema.ts";

interface ConsentFormProps {
  personId: string;
  /** The data controller: it needs no consent, so it is not offered as a recipient. */
  controllerId?: string | undefined;
  onDone: () => void;
}

/**
 * A consent as given: purpose, receiving organisations, data covered, the day, the language it was
 * explained in, and the signed form (already uploaded, or uploaded now as a "signed consent").
 */
export function ConsentForm({ personId, controllerId, onDone }: ConsentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const consentKey = useIdempotencyKey();
  const uploadKey = useIdempotencyKey();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const form = useForm<ConsentFormInput, unknown, ConsentFormOutput>({
    resolver: formResolver(consentFormSchema),
    defaultValues: emptyConsentForm(),
  });
  const organizations = useController({ control: form.control, name: "organizationIds" });
  const language = useWatch({ control: form.control, name: "explainedInLanguage" });
  const attachments = useQuery({
    queryKey: attachmentKeys.list(personId),
    queryFn: ({ signal }) => fetchAttachments(personId, signal),
  });
  const signedForms = (attachments.data ?? []).filter((attachment) => attachment.kind === "signed_consent");

  const submit = useSubmitHandler(form.setError, consentFieldNames, async (values: ConsentFormOutput) => {
    const file = fileInput.current?.files?.[0];
    let documentId = values.documentId;
    if (file) {
      const uploaded = await uploadAttachment(
        personId,
        { kind: "signed_consent", retentionClass: "case_record" },
        file,
        uploadKey.current(),
      );
      uploadKey.renew();
      documentId = uploaded.id;
      await queryClient.invalidateQueries({ queryKey: attachmentKeys.list(personId) });
    }
    await recordConsent(personId, { ...values, documentId }, consentKey.current());
    consentKey.renew();
    await queryClient.invalidateQueries({ queryKey: consentKeys.all(personId) });
    onDone();
  });
  const checkFile = (): boolean => {
    const file = fileInput.current?.files?.[0];
    const tooLarge = file !== undefined && file.size > attachmentMaxBytes;
    setFileError(tooLarge ? t("people.attachment.tooLarge", { mb: attachmentMaxBytes / 1024 / 1024 }) : null);
    return !tooLarge;
  };
  const { errors, isSubmitting } = form.formState;
  const categoriesError = errors.dataCategories as { message?: string } | undefined;

  return (
    <form
      onSubmit={(event) => {
        if (!checkFile()) {
          event.preventDefault();
          fileInput.current?.focus();
          return;
        }
        void form.handleSubmit(submit.onValid)(event);
      }}
      noValidate
      data-testid="consent-form"
    >
      <ApiErrorAlert error={submit.error} />
      <RequiredFieldsNote />
      <div className="mt-3">
        <SelectField
          id="consent-purpose"
          label={t("people.consent.purpose")}
          required
          options={consentPurposes.map((purpose) => ({
            value: purpose,
            label: t(`consentPurposes.${purpose}`),
          }))}
          registration={form.register("purpose")}
          error={errors.purpose}
        />
      </div>
      <OrganizationsPicker
        legend={t("people.consent.organizations")}
        hint={t("people.consent.organizationsHint")}
        value={organizations.field.value}
        onChange={organizations.field.onChange}
        error={organizations.fieldState.error}
        excludeId={controllerId}
      />
      <fieldset
        className="form-fieldset"
        aria-describedby={`${id}-categories-hint${categoriesError?.message ? ` ${id}-categories-error` : ""}`}
      >
        <legend>{t("people.consent.dataCategories")}</legend>
        <p id={`${id}-categories-hint`} className="small">
          {t("people.consent.dataCategoriesHint")}
        </p>
        <div className="row">
          {dataCategories.map((category) => (
            <div key={category} className="col-12 col-md-6">
              <div className="form-check">
                <input
                  id={`consent-category-${category}`}
                  type="checkbox"
                  value={category}
                  {...form.register("dataCategories")}
                />
                <label htmlFor={`consent-category-${category}`}>
                  {t(`dataCategories.${category}`)}
                  {isSpecialDataCategory(category) ? ` (${t("people.specialCategory")})` : ""}
                </label>
              </div>
            </div>
          ))}
        </div>
        <FieldErrorText id={`${id}-categories-error`} error={categoriesError} />
      </fieldset>
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField
            id="consent-given-on"
            type="date"
            className="mt-0"
            label={t("people.consent.givenOn")}
            required
            registration={form.register("givenOn")}
            error={errors.givenOn}
          />
        </div>
        <div className="col-12 col-md-6">
          <LanguageSelect
            id="consent-language"
            label={t("people.consent.explainedIn")}
            required
            value={language}
            registration={form.register("explainedInLanguage")}
            error={errors.explainedInLanguage}
          />
        </div>
      </div>
      <fieldset className="form-fieldset">
        <legend>{t("people.consent.document")}</legend>
        {signedForms.length > 0 ? (
          <SelectField
            id="consent-document"
            label={t("people.consent.existingDocument")}
            emptyLabel={t("common.noneOption")}
            options={signedForms.map((attachment) => ({ value: attachment.id, label: attachment.fileName }))}
            registration={form.register("documentId")}
            error={errors.documentId}
          />
        ) : null}
        <div className="form-group mt-0 mb-3">
          <label htmlFor="consent-file" className="active">
            {t("people.consent.uploadDocument")}
          </label>
          <input
            ref={fileInput}
            id="consent-file"
            type="file"
            className="form-control"
            accept="application/pdf,image/jpeg,image/png,image/webp,image/heic"
            aria-describedby={`consent-file-hint${fileError ? " consent-file-error" : ""}`}
            aria-invalid={fileError ? true : undefined}
            onChange={checkFile}
          />
          <small id="consent-file-hint" className="form-text">
            {t("people.consent.uploadHint")}
          </small>
          {fileError ? (
            <div id="consent-file-error" className="invalid-feedback d-block">
              {fileError}
            </div>
          ) : null}
        </div>
      </fieldset>
      <SubmitButton
        label={t("people.consent.record")}
        busyLabel={t("common.saving")}
        busy={isSubmitting}
        testId="consent-submit"
      />
    </form>
  );
}
