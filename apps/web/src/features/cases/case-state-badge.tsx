import type { CaseState } from "@approdo/contracts";
import { useTranslation } from "react-i18next";

/** Bootstrap Italia badge colours with AA contrast for their text. */
const badgeClass: Record<CaseState, string> = {
  referred: "bg-secondary",
  assessment: "bg-warning text-dark",
  active: "bg-primary",
  monitoring: "bg-success",
  closed: "bg-dark",
};

/** The case's state as a badge; the text says it (colour is only a help). */
export function CaseStateBadge({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${badgeClass[state]}`} data-testid="case-state">
      {t(`caseStates.${state}`)}
    </span>
  );
}
