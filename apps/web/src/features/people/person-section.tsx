import type { ReactNode } from "react";

interface PersonSectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

/**
 * A titled part of the person's page, reachable from the page's table of contents. Its heading can
 * take focus (`focusSection`) when an action removes the control that had it.
 */
export function PersonSection({ id, title, children }: PersonSectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mb-5" data-testid={id}>
      <h2 id={`${id}-title`} className="h4 border-bottom pb-2 mb-3" tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Moves focus to a section's heading once the current render is done. */
export function focusSection(id: string): void {
  window.setTimeout(() => document.getElementById(`${id}-title`)?.focus(), 0);
}
