import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../app/router/link.tsx";
import { formatDateTime } from "../../app/ui/format-date.ts";
import type { Approval } from "../cases/case-types.ts";
import { ApprovalDialog, approvalDescription } from "./approval-dialog.tsx";

/** Approvals waiting for the signed-in coordinator: approve or reject, each in a dialog. */
export function ApprovalsList({
  approvals,
  onStatus,
}: {
  approvals: readonly Approval[];
  onStatus: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<{ approval: Approval; decision: "approved" | "rejected" } | null>(null);
  return (
    <>
      {approvals.length === 0 ? <p>{t("worklist.noApprovals")}</p> : null}
      <ul className="list-group mb-3" data-testid="approvals-list">
        {approvals.map((approval) => (
          <li key={approval.id} className="list-group-item" data-testid="approval-item">
            <p className="mb-1">
              <Link to={`/cases/${approval.caseId}`} className="fw-semibold">
                {t("worklist.caseLink", { reference: approval.caseReference ?? "" })}
              </Link>
            </p>
            <p className="mb-1">{approvalDescription(approval, t)}</p>
            <p className="mb-2 small text-muted">
              {t("worklist.requestedBy", {
                name: approval.requestedBy?.displayName ?? "—",
                when: formatDateTime(approval.requestedAt, i18n.language),
              })}
            </p>
            <div className="d-flex flex-wrap gap-2">
              <button
                type="button"
                className="btn btn-primary btn-sm"
                onClick={() => setOpen({ approval, decision: "approved" })}
                aria-label={t("worklist.approveNamed", { reference: approval.caseReference ?? "" })}
                data-testid="approval-approve"
              >
                {t("worklist.approve")}
              </button>
              <button
                type="button"
                className="btn btn-outline-danger btn-sm"
                onClick={() => setOpen({ approval, decision: "rejected" })}
                aria-label={t("worklist.rejectNamed", { reference: approval.caseReference ?? "" })}
                data-testid="approval-reject"
              >
                {t("worklist.reject")}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ApprovalDialog
        approval={open?.approval ?? null}
        initialDecision={open?.decision ?? "approved"}
        onClose={() => setOpen(null)}
        onDone={(message) => {
          setOpen(null);
          onStatus(message);
        }}
      />
    </>
  );
}
