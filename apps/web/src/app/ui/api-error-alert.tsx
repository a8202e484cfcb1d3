import { useTranslation } from "react-i18next";
import { isApiError, validationIssuesOf } from "../api/api-error.ts";
import { apiErrorMessage } from "../api/error-message.ts";

interface ApiErrorAlertProps {
  error: unknown;
  /** Offered on VERSION_CONFLICT: reload the record and discard the edits. */
  onReload?: () => void;
}

/** A translated server error in a role="alert" box. */
export function ApiErrorAlert({ error, onReload }: ApiErrorAlertProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const issues = validationIssuesOf(error);
  const conflict = isApiError(error, "VERSION_CONFLICT");
  return (
    <div className="alert alert-danger" role="alert" data-testid="error-alert">
      <p className="mb-0">{apiErrorMessage(error, t, i18n.language)}</p>
      {issues.length > 0 ? (
        <>
          <p className="mb-0 mt-2 small">{t("errors.serverIssues")}</p>
          <ul className="mb-0 small">
            {issues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                {issue.path ? <code>{issue.path}</code> : null} {issue.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {conflict && onReload ? (
        <button
          type="button"
          className="btn btn-primary btn-sm mt-3"
          onClick={onReload}
          data-testid="reload-latest"
        >
          {t("errors.reload")}
        </button>
      ) : null}
    </div>
  );
}
