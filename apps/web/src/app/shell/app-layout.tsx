import type { Me } from "@approdo/contracts";
import { type ReactNode, useEffect } from "react";
import { useRouter } from "../router/use-router.ts";
import { AppFooter } from "./app-footer.tsx";
import { AppHeader } from "./app-header.tsx";
import { SideNav } from "./side-nav.tsx";
import { SkipLink } from "./skip-link.tsx";

interface AppLayoutProps {
  me: Me | null;
  onSignOut?: (() => Promise<void>) | undefined;
  /** The section navigation; hidden while signing in or during forced 2FA enrolment. */
  showNav: boolean;
  children: ReactNode;
}

export function AppLayout({ me, onSignOut, showNav, children }: AppLayoutProps) {
  const { location } = useRouter();

  // After an in-app navigation, move focus to the new page's h1 so screen readers announce it.
  useEffect(() => {
    if (location.navigationCount === 0) return;
    document.querySelector<HTMLElement>("main [data-page-title]")?.focus();
  }, [location.navigationCount]);

  return (
    <div className="app-root">
      <SkipLink />
      <AppHeader me={me} onSignOut={onSignOut} />
      <div className="container my-4 app-body">
        <div className="row">
          {showNav && me ? (
            <div className="col-12 col-lg-3">
              <SideNav roles={me.roles} />
            </div>
          ) : null}
          <main
            id="main-content"
            tabIndex={-1}
            className={showNav && me ? "col-12 col-lg-9" : "col-12 col-lg-8"}
          >
            {children}
          </main>
        </div>
      </div>
      <AppFooter />
    </div>
  );
}
