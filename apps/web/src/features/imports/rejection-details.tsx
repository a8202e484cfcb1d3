import type { ImportField } from "@approdo/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "../../app/router/link.tsx";
import { looseT } from "../../app/ui/loose-t.ts";

interface RejectionLike {
  code: string;
  field: ImportField | null;
  otherRow: number | null;
  personId?: string | null;
}

/** The reason of a rejected row in the user's language: the code, the field, the row or person it repeats. */
export function RejectionReason({ rejection }: { rejection: RejectionLike }) {
  const { t } = useTranslation();
  const lt = looseT(t);
  const parts: string[] = [];
  if (rejection.field) parts.push(t(`imports.fields.${rejection.field}`));
  if (rejection.otherRow !== null) {
    parts.push(
      rejection.code === "DUPLICATE_IN_FILE"
        ? t("imports.sameAsRow", { row: rejection.otherRow })
        : t("imports.seeRow", { row: rejection.otherRow }),
    );
  }
  return (
    <>
      <span>{lt(`imports.codes.${rejection.code}`)}</span>
      {parts.length > 0 ? <span className="text-muted"> — {parts.join(", ")}</span> : null}
      {rejection.personId ? (
        <>
          {" — "}
          <Link to={`/people/${rejection.personId}`}>{t("imports.existingPerson")}</Link>
        </>
      ) : null}
    </>
  );
}
