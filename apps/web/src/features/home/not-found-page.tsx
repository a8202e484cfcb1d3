import { useTranslation } from "react-i18next";
import { Link } from "../../app/router/link.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("notFound.title")} />
      <p>{t("notFound.body")}</p>
      <Link to="/">{t("notFound.home")}</Link>
    </>
  );
}
