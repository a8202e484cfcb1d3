import type { HouseholdDetail, PersonSummary } from "@approdo/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PersonPicker } from "../people/person-picker.tsx";
import { AddMemberForm } from "./add-member-form.tsx";
import { InlinePersonRegistration } from "./inline-person-registration.tsx";

interface AddMemberPanelProps {
  household: HouseholdDetail;
  onDone: (household: HouseholdDetail, person: PersonSummary) => void;
  onReload: () => void;
}

/** Find a registered person (or register one here), then say how they join the household. */
export function AddMemberPanel({ household, onDone, onReload }: AddMemberPanelProps) {
  const { t } = useTranslation();
  const [person, setPerson] = useState<PersonSummary | null>(null);
  if (person) {
    return (
      <AddMemberForm
        household={household}
        person={person}
        onDone={(updated) => onDone(updated, person)}
        onCancel={() => setPerson(null)}
        onReload={onReload}
      />
    );
  }
  return (
    <>
      <PersonPicker
        label={t("households.searchPerson")}
        excludeIds={household.members.map((member) => member.personId)}
        onChoose={setPerson}
        testId="add-member-picker"
      />
      <InlinePersonRegistration onPerson={(chosen) => setPerson(chosen)} />
    </>
  );
}
