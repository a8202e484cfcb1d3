import type { Me } from "@approdo/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "../router/link.tsx";
import { DemoBanner } from "./demo-banner.tsx";
import { LanguageSwitcher } from "./language-switcher.tsx";
import { SignOutButton } from "./sign-out-button.tsx";

interface AppHeaderProps {
  me: Me | null;
  onSignOut?: (() => Promise<void>) | undefined;
}

export function AppHeader({ me, onSignOut }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="it-header-wrapper">
      {me?.demoMode ? <DemoBanner /> : null}
      <div className="it-header-slim-wrapper">
        <div className="container">
          <div className="it-header-slim-wrapper-content">
            <span className="navbar-brand text-white" data-testid="header-organization">
              {me ? (
                <>
                  <span className="visually-hidden">{t("header.organization")}: </span>
                  {me.organization.name}
                </>
              ) : (
                t("app.tagline")
              )}
            </span>
            <div className="it-header-slim-right-zone">
              <LanguageSwitcher />
            </div>
          </div>
        </div>
      </div>
      <div className="it-nav-wrapper">
        <div className="it-header-center-wrapper">
          <div className="container">
            <div className="it-header-center-content-wrapper">
              <div className="it-brand-wrapper">
                <Link to="/">
                  <div className="it-brand-text">
                    <div className="it-brand-title">{t("app.name")}</div>
                    <div className="it-brand-tagline d-none d-md-block">{t("app.tagline")}</div>
                  </div>
                </Link>
              </div>
              {me && onSignOut ? (
                <div className="it-right-zone gap-3">
                  <span className="text-white text-end small-on-phone" data-testid="header-user">
                    <span className="visually-hidden">{t("header.user")}: </span>
                    {me.user.displayName}
                  </span>
                  <SignOutButton onSignOut={onSignOut} />
                </div>
              ) : null}
            </div>
          </div>
        </div>
      </div>
    </header>
  );
}
