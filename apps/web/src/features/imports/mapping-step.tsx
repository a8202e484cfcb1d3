import { type ImportField, type ImportPreview, importFields, requiredImportFields } from "@approdo/contracts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { startImport } from "./imports-api.ts";
import {
  initialMapping,
  isImportField,
  type MappingForm,
  type MappingProblem,
  mappingProblems,
  mappingToSend,
} from "./mapping.ts";
import { RejectionReason } from "./rejection-details.tsx";

interface MappingStepProps {
  preview: ImportPreview;
  onStarted: () => void;
  onCancel: () => void;
}

/** Step 2: each column of the file → a field of the person (preselected from the header), the check of the first rows, a preview. */
export function MappingStep({ preview, onStarted, onCancel }: MappingStepProps) {
  const { t, i18n } = useTranslation();
  const [mapping, setMapping] = useState<MappingForm>(() =>
    initialMapping(preview.columns, preview.suggestedMapping),
  );
  const [problems, setProblems] = useState<MappingProblem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const number = (n: number) => n.toLocaleString(i18n.language);
  const fieldLabel = (field: ImportField) => t(`imports.fields.${field}`);
  const firstRow = preview.preview.rows[0] ?? {};
  const mapped = new Set(Object.values(mapping).filter(Boolean));

  const problemText = (problem: MappingProblem) => {
    if (problem.kind === "required") {
      return t("imports.mappingErrors.required", { fields: problem.fields.map(fieldLabel).join(", ") });
    }
    if (problem.kind === "twice") {
      return t("imports.mappingErrors.twice", {
        field: fieldLabel(problem.field),
        columns: problem.columns.join(", "),
      });
    }
    return t("imports.mappingErrors.household");
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = mappingProblems(mapping);
    setProblems(found);
    if (found.length > 0) {
      document.getElementById("import-mapping-problems")?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await startImport(preview.importId, mappingToSend(mapping));
      onStarted();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="import-mapping-form">
      <p data-testid="import-file-summary">
        {t("imports.fileSummary", { name: preview.fileName, rows: number(preview.totalRows) })}
      </p>
      <h2 className="h4">{t("imports.mappingTitle")}</h2>
      <p>{t("imports.mappingIntro")}</p>
      <p className="small">{t("imports.householdHint")}</p>
      <p className="mb-2">
        <strong>{t("imports.requiredFields")}:</strong>{" "}
        {requiredImportFields.map((field, i) => (
          <span key={field}>
            {i > 0 ? ", " : ""}
            {fieldLabel(field)} ({mapped.has(field) ? t("imports.mapped") : t("imports.notMapped")})
          </span>
        ))}
      </p>
      {problems.length > 0 ? (
        <div
          id="import-mapping-problems"
          className="alert alert-danger"
          role="alert"
          tabIndex={-1}
          data-testid="import-mapping-problems"
        >
          <ul className="mb-0">
            {problems.map((problem) => (
              <li key={JSON.stringify(problem)}>{problemText(problem)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ApiErrorAlert error={error} />
      <div className="table-responsive mb-4">
        <table className="table caption-top" data-testid="import-mapping">
          <caption>{t("imports.mappingCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("imports.column")}</th>
              <th scope="col">{t("imports.example")}</th>
              <th scope="col">{t("imports.field")}</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((column, i) => {
              const id = `import-map-${i}`;
              return (
                <tr key={column}>
                  <th scope="row">
                    <label htmlFor={id} className="mb-0 fw-semibold">
                      {column}
                    </label>
                  </th>
                  <td dir="auto">{firstRow[column] ?? ""}</td>
                  <td>
                    <select
                      id={id}
                      className="form-select"
                      value={mapping[column] ?? ""}
                      data-testid={`import-map-${column}`}
                      onChange={(event) => {
                        const value = event.target.value;
                        setMapping((current) => ({
                          ...current,
                          [column]: isImportField(value) ? value : "",
                        }));
                      }}
                    >
                      <option value="">{t("imports.ignore")}</option>
                      {importFields.map((field) => (
                        <option key={field} value={field}>
                          {fieldLabel(field)}
                          {requiredImportFields.includes(field) ? ` ${t("common.requiredMark")}` : ""}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2 className="h4">{t("imports.checkTitle")}</h2>
      <p data-testid="import-check-summary">
        {t("imports.checkSummary", {
          checked: number(preview.preview.checked),
          valid: number(preview.preview.valid),
          invalid: number(preview.preview.invalid),
        })}
      </p>
      {preview.preview.sampleErrors.length > 0 ? (
        <>
          <h3 className="h5">{t("imports.sampleErrors")}</h3>
          <ul data-testid="import-sample-errors">
            {preview.preview.sampleErrors.map((e) => (
              <li key={e.rowNumber}>
                {t("imports.row")} {e.rowNumber}: <RejectionReason rejection={e} />
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 className="h4">{t("imports.previewTitle")}</h2>
      <div className="table-responsive mb-4">
        <table className="table table-sm table-striped caption-top" data-testid="import-preview">
          <caption>{t("imports.previewCaption", { n: preview.preview.rows.length })}</caption>
          <thead>
            <tr>
              {preview.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.preview.rows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the rows have no identity but their position
              <tr key={i}>
                {preview.columns.map((column) => (
                  <td key={column} dir="auto">
                    {row[column] ?? ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="d-flex flex-wrap gap-2">
        <SubmitButton
          label={t("imports.start")}
          busyLabel={t("imports.starting")}
          busy={busy}
          testId="import-start"
        />
        <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
          {t("imports.chooseAnother")}
        </button>
      </div>
    </form>
  );
}
