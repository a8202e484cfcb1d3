import { type ReactNode, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";

interface ModalDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

/**
 * A modal dialog on the native <dialog> element (focus kept inside, Escape closes, the rest of the
 * page inert), styled like Bootstrap Italia's modal. Focus goes to the first field on opening and
 * back to the control that opened it on closing.
 */
export function ModalDialog({ open, title, onClose, children, testId }: ModalDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>(
        "select, textarea, input:not([type=hidden]), [data-autofocus]",
      );
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    if (open) return;
    const target = opener.current;
    opener.current = null;
    if (target?.isConnected) target.focus();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="app-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      data-testid={testId}
    >
      {open ? (
        <div className="modal-content">
          <div className="modal-header d-flex justify-content-between align-items-start gap-3">
            <h2 id={`${id}-title`} className="modal-title h4 mb-0">
              {title}
            </h2>
            <button type="button" className="btn-close" aria-label={t("common.close")} onClick={onClose} />
          </div>
          <div className="modal-body pt-3">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}
