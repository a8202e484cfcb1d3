import type { ReactNode } from "react";

/** A success or information notice, announced politely to screen readers. */
export function StatusMessage({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="alert alert-success" role="status" data-testid="status-message">
      {children}
    </div>
  );
}
