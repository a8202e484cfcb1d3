import { beneficiaryDocumentLanguages } from "@approdo/contracts";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { languageName } from "../../app/ui/language-name.ts";
import { planPdfUrl } from "./plans-api.ts";

/** Download of the plan summary PDF in a beneficiary language (Italian, English, French, Arabic). */
export function PlanPdfLink({ caseId, planId }: { caseId: string; planId: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [lang, setLang] = useState<string>("it");
  return (
    <div className="d-flex flex-wrap align-items-end gap-3 mb-4" data-testid="plan-pdf">
      <div className="select-wrapper">
        <label htmlFor={`${id}-lang`}>{t("plans.pdfLanguage")}</label>
        <select id={`${id}-lang`} value={lang} onChange={(event) => setLang(event.target.value)}>
          {beneficiaryDocumentLanguages.map((code) => (
            <option key={code} value={code}>
              {languageName(code, i18n.language)}
            </option>
          ))}
        </select>
      </div>
      <a
        className="btn btn-outline-primary"
        href={planPdfUrl(caseId, lang, planId)}
        download
        data-testid="plan-pdf-link"
      >
        {t("plans.downloadPdf")}
        <span className="visually-hidden"> ({languageName(lang, i18n.language)})</span>
      </a>
    </div>
  );
}
