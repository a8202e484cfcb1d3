import type { Person } from "@approdo/contracts";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../app/ui/format-date.ts";
import { useCountries } from "../reference/use-countries.ts";
import { birthLabel } from "./person-format.ts";

/** The two records side by side before a merge: what stays and what comes from the duplicate. */
export function MergeCompare({ survivor, duplicate }: { survivor: Person; duplicate: Person }) {
  const { t, i18n } = useTranslation();
  const { countryName } = useCountries();
  const language = i18n.language;
  const rows: [string, (p: Person) => string][] = [
    [t("people.givenName"), (p) => p.givenName],
    [t("people.familyName"), (p) => p.familyName],
    [t("people.otherNames"), (p) => p.names.map((n) => `${n.givenName} ${n.familyName}`).join("; ") || "—"],
    [t("people.sex"), (p) => t(`sexes.${p.sex}`)],
    [t("people.birth"), (p) => birthLabel(p, language)],
    [t("people.citizenship"), (p) => countryName(p.citizenship)],
    [t("people.countryOfBirth"), (p) => countryName(p.countryOfBirth)],
    [t("people.taxCode"), (p) => p.taxCode ?? "—"],
    [t("people.stpCode"), (p) => p.stpCode ?? "—"],
    [t("people.eniCode"), (p) => p.eniCode ?? "—"],
    [t("people.arrivalDate"), (p) => formatDate(p.arrivalDate, language)],
    [t("people.phone"), (p) => p.phone ?? "—"],
    [t("people.email"), (p) => p.email ?? "—"],
    [t("people.domicileAddress"), (p) => p.domicileAddress ?? "—"],
    [t("people.groupLanguages"), (p) => p.languages.map((l) => l.language).join(", ") || "—"],
    [t("people.permitsTitle"), (p) => String(p.permits.length)],
    [t("people.vulnerabilitiesTitle"), (p) => String(p.vulnerabilities.length)],
    [t("people.householdTitle"), (p) => p.household?.label ?? "—"],
  ];
  return (
    <div className="table-responsive">
      <table className="table table-sm table-bordered caption-top" data-testid="merge-compare">
        <caption>{t("people.merge.compareCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("people.merge.field")}</th>
            <th scope="col">{t("people.merge.survivor")}</th>
            <th scope="col">{t("people.merge.duplicate")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => {
            const a = value(survivor);
            const b = value(duplicate);
            return (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td dir="auto">{a}</td>
                <td dir="auto" className={a !== b ? "fw-bold" : undefined}>
                  {b}
                  {a !== b ? <span className="visually-hidden"> ({t("people.merge.differs")})</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
