import { useTranslation } from "react-i18next";
import { Link } from "../router/link.tsx";

export function BackLink({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <p className="mb-4">
      <Link to={to}>
        <span aria-hidden="true">← </span>
        {t("common.backToList")}
      </Link>
    </p>
  );
}
