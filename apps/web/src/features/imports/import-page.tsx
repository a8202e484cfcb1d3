import type { ImportPreview } from "@approdo/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BackLink } from "../../app/ui/back-link.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { MappingStep } from "./mapping-step.tsx";
import { ProgressStep } from "./progress-step.tsx";
import { UploadStep } from "./upload-step.tsx";

type Step =
  | { kind: "upload" }
  | { kind: "mapping"; preview: ImportPreview }
  | { kind: "run"; importId: string };

const stepKeys = ["upload", "mapping", "run"] as const;

/** `/people/import`: upload a spreadsheet, match its columns, run the import and see what was rejected. */
export function ImportPage() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: "upload" });
  const labels = {
    upload: t("imports.stepUpload"),
    mapping: t("imports.stepMapping"),
    run: t("imports.stepRun"),
  };
  return (
    <>
      <BackLink to="/people" />
      <PageHeader title={t("imports.title")} />
      <p>{t("imports.intro")}</p>
      <nav aria-label={t("imports.steps")} className="mb-4">
        <ol className="d-flex flex-wrap ps-0 mb-0" data-testid="import-steps">
          {stepKeys.map((key) => (
            <li
              key={key}
              aria-current={step.kind === key ? "step" : undefined}
              className={`me-4 ${step.kind === key ? "fw-bold" : "text-muted"}`}
              style={{ listStylePosition: "inside" }}
            >
              {labels[key]}
            </li>
          ))}
        </ol>
      </nav>
      {step.kind === "upload" ? (
        <UploadStep onUploaded={(preview) => setStep({ kind: "mapping", preview })} />
      ) : null}
      {step.kind === "mapping" ? (
        <MappingStep
          preview={step.preview}
          onStarted={() => setStep({ kind: "run", importId: step.preview.importId })}
          onCancel={() => setStep({ kind: "upload" })}
        />
      ) : null}
      {step.kind === "run" ? (
        <ProgressStep importId={step.importId} onNewImport={() => setStep({ kind: "upload" })} />
      ) : null}
    </>
  );
}
