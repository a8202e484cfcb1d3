import type { Territory } from "@approdo/contracts";
import { useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { searchTerritories } from "./territories-api.ts";
import { useDebouncedValue } from "./use-debounced-value.ts";

interface TerritoryPickerProps {
  /** Receives the chosen municipality; the form puts its ISTAT code in its own field. */
  onChoose: (territory: Territory) => void;
}

/**
 * A search box with a list of buttons rather than an ARIA combobox: simple to operate with a
 * keyboard and a screen reader, and it never traps focus.
 */
export function TerritoryPicker({ onChoose }: TerritoryPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const [chosen, setChosen] = useState<Territory | null>(null);
  const q = useDebouncedValue(text.trim(), 300);
  const search = useQuery({
    queryKey: ["territories", q],
    queryFn: ({ signal }) => searchTerritories(q, signal),
    enabled: q.length >= 2,
    staleTime: 10 * 60_000,
  });
  const items = q.length >= 2 ? (search.data?.items ?? []) : [];

  const choose = (territory: Territory) => {
    setChosen(territory);
    setText("");
    onChoose(territory);
  };
  // Enter in the search box must not submit the surrounding form.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") event.preventDefault();
  };

  const statusText = (): string => {
    if (q.length < 2)
      return chosen ? t("territories.chosen", { name: chosen.name, code: chosen.istatCode }) : "";
    if (search.isFetching) return t("territories.searching");
    return items.length > 0 ? t("territories.results", { n: items.length }) : t("territories.noResults");
  };

  return (
    <div className="territory-picker mb-4">
      <div className="form-group">
        <label htmlFor={`${id}-q`} className="active">
          {t("territories.search")}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          className="form-control"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          data-testid="territory-search"
        />
        <small id={`${id}-hint`} className="form-text">
          {t("territories.searchHint")}
        </small>
      </div>
      <p className="small mb-1" aria-live="polite">
        {statusText()}
      </p>
      <ApiErrorAlert error={search.error} />
      {items.length > 0 ? (
        <ul className="list-unstyled mb-0">
          {items.slice(0, 20).map((territory) => (
            <li key={territory.istatCode}>
              <button
                type="button"
                className="btn btn-link px-0 py-1 text-start"
                onClick={() => choose(territory)}
              >
                <span className="visually-hidden">{t("territories.choose")} </span>
                {territory.name} ({territory.province}), {territory.region} — {territory.istatCode}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
