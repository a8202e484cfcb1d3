import type { Person } from "@approdo/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "../../app/router/link.tsx";
import { looseT } from "../../app/ui/loose-t.ts";
import { PersonSection } from "./person-section.tsx";

/** The household the person currently lives in, or a way to start one with them. */
export function HouseholdCard({ person, readOnly }: { person: Person; readOnly: boolean }) {
  const { t } = useTranslation();
  const household = person.household;
  return (
    <PersonSection id="person-household" title={t("people.householdTitle")}>
      {household ? (
        <div className="card card-bg shadow-sm" data-testid="household-card">
          <div className="card-body">
            <p className="h5 mb-2">
              <Link to={`/households/${household.id}`}>{household.label}</Link>
            </p>
            {household.relation !== "reference_person" ? (
              <p className="mb-1">
                {t("households.relation")}:{" "}
                {looseT(t)(`householdRelations.${household.relation}`, { defaultValue: household.relation })}
              </p>
            ) : null}
            {household.isReference ? (
              <span className="badge bg-primary">{t("households.referencePerson")}</span>
            ) : null}
          </div>
        </div>
      ) : (
        <>
          <p>{t("people.noHousehold")}</p>
          {readOnly ? null : (
            <Link
              to={`/households/new?person=${encodeURIComponent(person.id)}`}
              className="btn btn-outline-primary btn-sm"
              data-testid="household-create-with-person"
            >
              {t("people.createHousehold")}
            </Link>
          )}
        </>
      )}
    </PersonSection>
  );
}
