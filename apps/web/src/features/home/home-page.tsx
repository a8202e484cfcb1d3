import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../app/router/link.tsx";
import { useNavigate } from "../../app/router/use-router.ts";
import { landsOnWorklist, visibleSections } from "../../app/sections.ts";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { useSession } from "../auth/use-session.ts";

export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const toWorklist = landsOnWorklist(me.roles);
  // case-work roles start from "Il mio lavoro" (the address "/" is replaced, so "back" does not loop)
  useEffect(() => {
    if (toWorklist) navigate(`/worklist${window.location.search}`, { replace: true });
  }, [toWorklist, navigate]);
  if (toWorklist) return <LoadingIndicator />;
  const sections = visibleSections(me.roles).filter((section) => section.key !== "home");
  return (
    <>
      <PageHeader title={t("home.title")} />
      <p className="lead">
        {t("home.greeting", { name: me.user.displayName, organization: me.organization.name })}
      </p>
      <h2 className="h4 mt-4">{t("home.sections")}</h2>
      <ul className="list-unstyled row g-3">
        {sections.map((section) => (
          <li key={section.key} className="col-12 col-md-6">
            <div className="card card-bg shadow-sm h-100">
              <div className="card-body">
                <Link to={section.path} className="h5 mb-0 d-block">
                  {t(`nav.${section.key}`)}
                </Link>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
