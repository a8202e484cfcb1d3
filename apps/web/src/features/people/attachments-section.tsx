import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDateTime } from "../../app/ui/format-date.ts";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { AttachmentForm } from "./attachment-form.tsx";
import { attachmentDownloadUrl, attachmentKeys, fetchAttachments } from "./attachments-api.ts";
import { PersonSection } from "./person-section.tsx";
import { TogglePanel } from "./toggle-panel.tsx";

/** "1,2 MB" in the UI language. */
function formatSize(bytes: number, language: string): string {
  const format = (value: number, unit: "kilobyte" | "megabyte") =>
    new Intl.NumberFormat(language, { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
  return bytes >= 1024 * 1024
    ? format(bytes / 1024 / 1024, "megabyte")
    : format(Math.max(bytes / 1024, 0.1), "kilobyte");
}

/** The person's documents (identity documents, signed consents…): list, download, upload. */
export function AttachmentsSection({ personId, readOnly }: { personId: string; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const [uploaded, setUploaded] = useState(false);
  const query = useQuery({
    queryKey: attachmentKeys.list(personId),
    queryFn: ({ signal }) => fetchAttachments(personId, signal),
  });
  const items = query.data ?? [];
  return (
    <PersonSection id="person-attachments" title={t("people.attachment.title")}>
      <StatusMessage>{uploaded ? t("people.attachment.uploaded") : null}</StatusMessage>
      {query.isPending ? <LoadingIndicator /> : null}
      {query.isError ? <ApiErrorAlert error={query.error} /> : null}
      {query.data && items.length === 0 ? <p>{t("people.attachment.none")}</p> : null}
      {items.length > 0 ? (
        <div className="table-responsive">
          <table className="table table-sm caption-top" data-testid="attachments-table">
            <caption>{t("people.attachment.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("people.attachment.fileName")}</th>
                <th scope="col">{t("people.attachment.kind")}</th>
                <th scope="col">{t("people.attachment.retention")}</th>
                <th scope="col">{t("people.attachment.size")}</th>
                <th scope="col">{t("people.attachment.uploadedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((attachment) => (
                <tr key={attachment.id}>
                  <th scope="row" className="text-break">
                    <a href={attachmentDownloadUrl(attachment.id)} download={attachment.fileName}>
                      <span className="visually-hidden">{t("people.attachment.download")} </span>
                      {attachment.fileName}
                    </a>
                  </th>
                  <td>{t(`attachmentKinds.${attachment.kind}`)}</td>
                  <td>{t(`retentionClasses.${attachment.retentionClass}`)}</td>
                  <td className="text-nowrap">{formatSize(attachment.sizeBytes, i18n.language)}</td>
                  <td>{formatDateTime(attachment.createdAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {readOnly ? null : (
        <TogglePanel label={t("people.attachment.add")} testId="attachment-add">
          {(close) => (
            <AttachmentForm
              personId={personId}
              onDone={() => {
                setUploaded(true);
                close();
              }}
            />
          )}
        </TogglePanel>
      )}
    </PersonSection>
  );
}
