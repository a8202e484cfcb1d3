import type { CaseNote, NoteConfidentiality } from "@approdo/contracts";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { FieldErrorText } from "../../app/ui/field-error-text.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextareaField } from "../../app/ui/textarea-field.tsx";
import {
  type NoteFormInput,
  type NoteFormOutput,
  noteFieldNames,
  noteFormSchema,
} from "./note-form-schema.ts";
import { createNote } from "./notes-api.ts";

interface NoteFormProps {
  caseId: string;
  levels: readonly NoteConfidentiality[];
  /** A correction of this note (which stays, marked as corrected). */
  corrects?: CaseNote;
  onDone: (note: CaseNote) => Promise<void> | void;
}

/** A new note, or the correction of one, with the confidentiality levels the reader may use. */
export function NoteForm({ caseId, levels, corrects, onDone }: NoteFormProps) {
  const { t } = useTranslation();
  const idempotency = useIdempotencyKey();
  const defaults: NoteFormInput = {
    confidentiality:
      corrects && levels.includes(corrects.confidentiality)
        ? corrects.confidentiality
        : (levels[0] ?? "team"),
    body: corrects?.body ?? "",
  };
  const form = useForm<NoteFormInput, unknown, NoteFormOutput>({
    resolver: formResolver(noteFormSchema(corrects?.id)),
    defaultValues: defaults,
  });
  const submit = useSubmitHandler(form.setError, noteFieldNames, async (values: NoteFormOutput) => {
    const note = await createNote(caseId, values, idempotency.current());
    idempotency.renew();
    form.reset(defaults);
    await onDone(note);
  });
  const { errors, isSubmitting } = form.formState;
  const prefix = corrects ? `note-correct-${corrects.id}` : "note-new";
  return (
    <form
      onSubmit={form.handleSubmit(submit.onValid)}
      noValidate
      data-testid={corrects ? "note-correction-form" : "note-form"}
    >
      <ApiErrorAlert error={submit.error} />
      <TextareaField
        id={`${prefix}-body`}
        label={corrects ? t("caseNotes.correctedText") : t("caseNotes.body")}
        required
        rows={4}
        registration={form.register("body")}
        error={errors.body}
      />
      <fieldset
        className="mb-3"
        aria-describedby={errors.confidentiality ? `${prefix}-confidentiality-error` : undefined}
      >
        <legend className="h6">{t("caseNotes.confidentiality")}</legend>
        {levels.map((level) => (
          <div key={level} className="form-check py-1">
            <input
              id={`${prefix}-confidentiality-${level}`}
              type="radio"
              value={level}
              aria-describedby={`${prefix}-confidentiality-${level}-hint`}
              {...form.register("confidentiality")}
            />
            <label htmlFor={`${prefix}-confidentiality-${level}`}>{t(`caseNotes.levels.${level}`)}</label>
            <small id={`${prefix}-confidentiality-${level}-hint`} className="d-block form-text ms-5 mt-0">
              {t(`caseNotes.levelHints.${level}`)}
            </small>
          </div>
        ))}
        <FieldErrorText id={`${prefix}-confidentiality-error`} error={errors.confidentiality} />
      </fieldset>
      {corrects ? <p className="small">{t("caseNotes.correctionExplained")}</p> : null}
      <SubmitButton
        label={corrects ? t("caseNotes.saveCorrection") : t("caseNotes.add")}
        busyLabel={t("common.saving")}
        busy={isSubmitting}
        testId={corrects ? "note-correction-submit" : "note-submit"}
      />
    </form>
  );
}
