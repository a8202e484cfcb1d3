import type { Person } from "@approdo/contracts";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../app/ui/format-date.ts";
import { useCountries } from "../reference/use-countries.ts";
import { useLanguageName } from "../reference/use-languages.ts";
import { DetailItem } from "./detail-item.tsx";
import { birthLabel } from "./person-format.ts";
import { TerritoryName } from "./territory-name.tsx";

/** The person's registry data, languages and contacts, as a description list. */
export function PersonDetails({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const { countryName } = useCountries();
  const languageName = useLanguageName();
  const language = i18n.language;
  return (
    <dl className="row mb-0">
      <DetailItem term={t("people.sex")}>{t(`sexes.${person.sex}`)}</DetailItem>
      <DetailItem term={person.birthDate ? t("people.birthDate") : t("people.birthYear")}>
        {birthLabel(person, language)}
      </DetailItem>
      <DetailItem term={t("people.citizenship")} testId="person-citizenship">
        {countryName(person.citizenship)}
      </DetailItem>
      <DetailItem term={t("people.countryOfBirth")}>{countryName(person.countryOfBirth)}</DetailItem>
      <DetailItem term={t("people.arrivalDate")}>{formatDate(person.arrivalDate, language)}</DetailItem>
      <DetailItem term={t("people.taxCode")} testId="person-tax-code">
        {person.taxCode ?? "—"}
      </DetailItem>
      <DetailItem term={t("people.stpCode")}>{person.stpCode ?? "—"}</DetailItem>
      <DetailItem term={t("people.eniCode")}>{person.eniCode ?? "—"}</DetailItem>
      <DetailItem term={t("people.italianLevel")}>
        {person.italianLevel ? t(`cefr.${person.italianLevel}`) : t("people.italianLevelUnknown")}
      </DetailItem>
      <DetailItem term={t("people.groupLanguages")}>
        {person.languages.length === 0 ? (
          "—"
        ) : (
          <ul className="list-unstyled mb-0">
            {person.languages.map((row) => (
              <li key={row.language}>
                {languageName(row.language)} ({row.language})
                {row.isPrimary ? ` — ${t("people.primaryLanguage").toLowerCase()}` : ""}
              </li>
            ))}
          </ul>
        )}
      </DetailItem>
      <DetailItem term={t("people.phone")}>{person.phone ?? "—"}</DetailItem>
      <DetailItem term={t("people.email")}>{person.email ?? "—"}</DetailItem>
      <DetailItem term={t("people.domicile")}>
        <TerritoryName code={person.domicileIstat} />
      </DetailItem>
      <DetailItem term={t("people.domicileAddress")}>{person.domicileAddress ?? "—"}</DetailItem>
      <DetailItem term={t("people.registeredAt")}>{formatDateTime(person.createdAt, language)}</DetailItem>
      <DetailItem term={t("people.updatedAt")}>{formatDateTime(person.updatedAt, language)}</DetailItem>
    </dl>
  );
}
