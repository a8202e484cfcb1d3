import type { Role } from "@approdo/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "../router/link.tsx";
import { useRouter } from "../router/use-router.ts";
import { isSectionActive, visibleSections } from "../sections.ts";

/** Only the sections the user's roles allow. */
export function SideNav({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const { location } = useRouter();
  return (
    <nav className="sidebar-wrapper" aria-label={t("nav.label")} data-testid="main-nav">
      <div className="sidebar-linklist-wrapper">
        <div className="link-list-wrapper">
          <ul className="link-list">
            {visibleSections(roles).map((section) => {
              const active = isSectionActive(section, location.pathname);
              return (
                <li key={section.key}>
                  <Link
                    to={section.path}
                    className={`list-item${active ? " active" : ""}`}
                    aria-current={active ? "page" : undefined}
                  >
                    <span>{t(`nav.${section.key}`)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </nav>
  );
}
