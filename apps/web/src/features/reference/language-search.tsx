import { type KeyboardEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { useDebouncedValue } from "../territories/use-debounced-value.ts";
import type { ReferenceItem } from "./reference-api.ts";
import { useAllLanguages } from "./use-languages.ts";

const maxShown = 20;

/** Lower case without diacritics, for matching "tigrè" with "tigre". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

interface LanguageSearchProps {
  onChoose: (language: ReferenceItem) => void;
}

/**
 * A search over every living language (name or ISO 639-3 code), for languages not among the common
 * ones: a text box and a list of buttons, like the municipality picker.
 */
export function LanguageSearch({ onChoose }: LanguageSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const q = fold(useDebouncedValue(text.trim(), 250));
  const { all, isPending, error } = useAllLanguages(q.length >= 2);
  const items = useMemo(() => {
    if (q.length < 2) return [];
    const exact = all.filter((item) => item.code === q);
    const byName = all.filter((item) => item.code !== q && fold(item.name).includes(q));
    return [...exact, ...byName].slice(0, maxShown);
  }, [all, q]);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") event.preventDefault();
  };
  const status =
    q.length < 2
      ? ""
      : isPending
        ? t("reference.languageSearching")
        : items.length > 0
          ? t("reference.languageResults", { n: items.length })
          : t("reference.languageNoResults");
  return (
    <div className="mb-3">
      <div className="form-group mt-4">
        <label htmlFor={`${id}-q`} className="active">
          {t("reference.languageSearch")}
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
          data-testid="language-search"
        />
        <small id={`${id}-hint`} className="form-text">
          {t("reference.languageSearchHint")}
        </small>
      </div>
      <p className="small mb-1" aria-live="polite">
        {status}
      </p>
      <ApiErrorAlert error={error} />
      {items.length > 0 ? (
        <ul className="list-unstyled mb-0">
          {items.map((item) => (
            <li key={item.code}>
              <button
                type="button"
                className="btn btn-link px-0 py-1 text-start"
                onClick={() => {
                  setText("");
                  onChoose(item);
                }}
              >
                <span className="visually-hidden">{t("reference.languageAdd")} </span>
                {item.name} ({item.code})
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
