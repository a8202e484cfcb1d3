import { type ReactNode, useId, useRef, useState } from "react";

interface TogglePanelProps {
  /** The button's text, e.g. "Aggiungi un permesso". */
  label: string;
  /** The panel's content; `close` hides it again and returns focus to the button. */
  children: (close: () => void) => ReactNode;
  testId?: string;
}

/** A button that shows and hides a form below it (aria-expanded tells its state). */
export function TogglePanel({ label, children, testId }: TogglePanelProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="mb-3">
      <button
        ref={button}
        type="button"
        className="btn btn-outline-primary btn-sm"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
        data-testid={testId}
      >
        {label}
      </button>
      <div id={id} hidden={!open} className="mt-3 p-3 border rounded">
        {open ? children(close) : null}
      </div>
    </div>
  );
}
