import type { ReactNode } from "react";

/**
 * A table that may scroll sideways on a phone: the scrolling box is a named region (a labelled
 * section) that takes keyboard focus, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-responsive" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
