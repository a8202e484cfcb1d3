import type { PersonSummary } from "@approdo/contracts";
import { useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { useCountries } from "../reference/use-countries.ts";
import { useDebouncedValue } from "../territories/use-debounced-value.ts";
import { personKeys, searchPeople } from "./people-api.ts";
import { birthLabel, fullName } from "./person-format.ts";

interface PersonPickerProps {
  label: string;
  /** Called with the chosen person; the picker then clears its search box. */
  onChoose: (person: PersonSummary) => void;
  /** People not offered (the record itself, members already listed). */
  excludeIds?: readonly string[];
  testId?: string;
}

/**
 * Finds a registered person by name (any spelling or script) or codice fiscale: a search box and a
 * list of buttons, like the municipality picker (no combobox to trap focus).
 */
export function PersonPicker({ label, onChoose, excludeIds = [], testId }: PersonPickerProps) {
  const { t, i18n } = useTranslation();
  const { countryName } = useCountries();
  const id = useId();
  const [text, setText] = useState("");
  const q = useDebouncedValue(text.trim(), 300);
  const search = useQuery({
    queryKey: personKeys.search(q),
    queryFn: ({ signal }) => searchPeople(q, signal),
    enabled: q.length >= 2,
    staleTime: 10_000,
  });
  const items = q.length >= 2 ? (search.data?.items ?? []).filter((p) => !excludeIds.includes(p.id)) : [];
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") event.preventDefault();
  };
  const status =
    q.length < 2
      ? ""
      : search.isFetching
        ? t("people.picker.searching")
        : items.length > 0
          ? t("people.picker.results", { count: items.length })
          : t("people.picker.none");
  return (
    <div className="mb-3" data-testid={testId}>
      <div className="form-group mt-0">
        <label htmlFor={`${id}-q`} className="active">
          {label}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          className="form-control"
          value={text}
          dir="auto"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
        />
        <small id={`${id}-hint`} className="form-text">
          {t("people.picker.hint")}
        </small>
      </div>
      <p className="small mb-1" aria-live="polite">
        {status}
      </p>
      <ApiErrorAlert error={search.error} />
      {items.length > 0 ? (
        <ul className="list-unstyled mb-0">
          {items.map((person) => (
            <li key={person.id}>
              <button
                type="button"
                className="btn btn-link px-0 py-1 text-start"
                onClick={() => {
                  setText("");
                  onChoose(person);
                }}
              >
                <span className="visually-hidden">{t("people.picker.choose")} </span>
                <span dir="auto">{fullName(person)}</span> — {birthLabel(person, i18n.language)},{" "}
                {countryName(person.citizenship)}
                {person.taxCode ? `, ${person.taxCode}` : ""}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
