import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { useCountries } from "../reference/use-countries.ts";
import type { MatchCandidate } from "./people-api.ts";
import { strongMatchScore } from "./person-form-schema.ts";
import { birthLabel, formatPercent, fullName } from "./person-format.ts";

interface MatchPanelProps {
  candidates: readonly MatchCandidate[];
  searched: boolean;
  isFetching: boolean;
  error: unknown;
  /** "Use this person" instead of registering a new one. */
  onUse: (candidate: MatchCandidate) => void;
}

/**
 * "Possibly already registered": the duplicate search as the user types, in a polite live region
 * (present from the start, so screen readers announce what appears in it).
 */
export function MatchPanel({ candidates, searched, isFetching, error, onUse }: MatchPanelProps) {
  const { t, i18n } = useTranslation();
  const { countryName } = useCountries();
  return (
    <div aria-live="polite" className="mb-4" data-testid="match-region">
      {error ? <ApiErrorAlert error={error} /> : null}
      {candidates.length > 0 ? (
        <section
          className="alert alert-warning"
          aria-labelledby="match-panel-title"
          data-testid="duplicate-warning"
        >
          <h2 id="match-panel-title" className="h5">
            {t("people.match.title")}
          </h2>
          <p>{t("people.match.intro")}</p>
          <ul className="list-unstyled mb-0">
            {candidates.map((candidate) => {
              const person = candidate.person;
              const strong = candidate.score >= strongMatchScore;
              return (
                <li key={candidate.personId} className="border-top pt-2 mt-2" data-testid="match-candidate">
                  <p className="mb-1">
                    <strong dir="auto">{fullName(person)}</strong>{" "}
                    {strong ? <span className="badge bg-danger ms-1">{t("people.match.strong")}</span> : null}
                  </p>
                  <p className="mb-1 small">
                    {t("people.match.details", {
                      birth: birthLabel(person, i18n.language),
                      citizenship: countryName(person.citizenship),
                      score: formatPercent(candidate.score, i18n.language),
                    })}
                    {person.taxCode ? ` — ${t("people.taxCode")}: ${person.taxCode}` : ""}
                  </p>
                  {candidate.reasons.length > 0 ? (
                    <p className="mb-1 small">
                      {t("people.match.reasons")}{" "}
                      {candidate.reasons.map((reason) => t(`people.matchReasons.${reason}`)).join("; ")}
                    </p>
                  ) : null}
                  <div className="d-flex flex-wrap gap-3 align-items-center">
                    {/* a new tab: what has been typed here stays */}
                    <a href={`/people/${person.id}`} target="_blank" rel="noopener">
                      {t("people.match.open")}
                      <span className="visually-hidden">
                        {" "}
                        {fullName(person)} {t("common.newTab")}
                      </span>
                    </a>
                    <button
                      type="button"
                      className="btn btn-outline-primary btn-sm"
                      onClick={() => onUse(candidate)}
                      data-testid="match-use"
                    >
                      {t("people.match.use")}
                      <span className="visually-hidden"> {fullName(person)}</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ) : (
        <p className="small mb-0">
          {isFetching ? t("people.match.searching") : searched ? t("people.match.none") : ""}
        </p>
      )}
    </div>
  );
}
