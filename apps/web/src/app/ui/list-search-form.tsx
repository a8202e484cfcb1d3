import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";

interface ListSearchFormProps {
  label: string;
  hint?: string;
  onSearch: (q: string) => void;
  /** Extra filters (e.g. a type select) rendered beside the text box. */
  children?: ReactNode;
}

/** A search landmark above a list: a text box and a button; submitting applies it. */
export function ListSearchForm({ label, hint, onSearch, children }: ListSearchFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <search className="mb-4">
      <form onSubmit={submit} className="row align-items-end g-3" data-testid="list-search">
        <div className="col-12 col-md-6">
          <div className="form-group mb-0">
            <label htmlFor={`${id}-q`} className="active">
              {label}
            </label>
            <input
              id={`${id}-q`}
              type="search"
              className="form-control"
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-describedby={hint ? `${id}-hint` : undefined}
            />
            {hint ? (
              <small id={`${id}-hint`} className="form-text">
                {hint}
              </small>
            ) : null}
          </div>
        </div>
        {children}
        <div className="col-12 col-md-auto">
          <button type="submit" className="btn btn-outline-primary">
            {t("common.search")}
          </button>
        </div>
      </form>
    </search>
  );
}
