import { type ImportPreview, importAcceptedTypes, importMaxBytes, importMaxRows } from "@approdo/contracts";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../app/api/api-error.ts";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { FieldLabel } from "../../app/ui/field-label.tsx";
import { type LooseT, looseT } from "../../app/ui/loose-t.ts";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { uploadImport } from "./imports-api.ts";

const maxMegabytes = importMaxBytes / 1024 / 1024;

/** What the server said about the file itself, in the user's language; null: a generic error. */
function fileProblem(error: unknown, t: LooseT, rows: string): string | null {
  if (!(error instanceof ApiError)) return null;
  const details = (error.details ?? {}) as { reason?: unknown; maxRows?: unknown };
  if (error.code === "PAYLOAD_TOO_LARGE") return t("imports.uploadErrors.tooLarge", { mb: maxMegabytes });
  if (error.code === "UNSUPPORTED_MEDIA_TYPE") {
    return /UTF-8/i.test(error.message)
      ? t("imports.uploadErrors.notUtf8")
      : t("imports.uploadErrors.format");
  }
  if (error.code === "UNPROCESSABLE") {
    if (details.maxRows !== undefined) return t("imports.uploadErrors.tooManyRows", { rows });
    if (details.reason === "EMPTY") return t("imports.uploadErrors.empty");
    if (details.reason === "UNREADABLE" || details.reason === "NO_WORKSHEET") {
      return t("imports.uploadErrors.unreadable");
    }
  }
  return null;
}

/** Step 1: choose the file; the server stores it encrypted and previews it. */
export function UploadStep({ onUploaded }: { onUploaded: (preview: ImportPreview) => void }) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const idempotencyKey = useIdempotencyKey();
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const rows = importMaxRows.toLocaleString(i18n.language);

  const checkFile = (): File | null => {
    const file = input.current?.files?.[0] ?? null;
    if (!file) setFileError(t("imports.fileRequired"));
    else if (file.size > importMaxBytes) setFileError(t("imports.fileTooLarge", { mb: maxMegabytes }));
    else setFileError(null);
    return file && file.size <= importMaxBytes ? file : null;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = checkFile();
    if (!file) {
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const preview = await uploadImport(file, idempotencyKey.current());
      idempotencyKey.renew();
      onUploaded(preview);
    } catch (caught) {
      const problem = fileProblem(caught, looseT(t), rows);
      if (problem) {
        setFileError(problem);
        input.current?.focus();
      } else setError(caught);
      // A new file is a new upload.
      idempotencyKey.renew();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="import-upload-form">
      <ApiErrorAlert error={error} />
      <div className="form-group mb-4">
        <FieldLabel htmlFor="import-file" label={t("imports.file")} required />
        <input
          ref={input}
          id="import-file"
          type="file"
          className="form-control"
          required
          accept={importAcceptedTypes.join(",")}
          aria-describedby={`import-file-hint${fileError ? " import-file-error" : ""}`}
          aria-invalid={fileError ? true : undefined}
          data-testid="import-file"
          onChange={() => {
            setFileError(null);
            setError(null);
          }}
        />
        <small id="import-file-hint" className="form-text">
          {t("imports.fileHint", { mb: maxMegabytes, rows })}
        </small>
        {fileError ? (
          <div id="import-file-error" className="invalid-feedback d-block" role="alert">
            {fileError}
          </div>
        ) : null}
      </div>
      <SubmitButton
        label={t("imports.upload")}
        busyLabel={t("imports.uploading")}
        busy={busy}
        testId="import-upload"
      />
    </form>
  );
}
