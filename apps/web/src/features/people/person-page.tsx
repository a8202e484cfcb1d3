import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "../../app/router/link.tsx";
import { useFlash } from "../../app/router/use-router.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { BackLink } from "../../app/ui/back-link.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { useDocumentTitle } from "../../app/ui/use-document-title.ts";
import { useSession } from "../auth/use-session.ts";
import { OpenCasePanel } from "../cases/open-case-panel.tsx";
import { AttachmentsSection } from "./attachments-section.tsx";
import { ConsentsSection } from "./consents-section.tsx";
import { HouseholdCard } from "./household-card.tsx";
import { MergeSection } from "./merge-section.tsx";
import { MergedNotice } from "./merged-notice.tsx";
import { NamesSection } from "./names-section.tsx";
import { fetchPerson, personKeys } from "./people-api.ts";
import { PermitsSection } from "./permits-section.tsx";
import { PersonDetails } from "./person-details.tsx";
import { fullName } from "./person-format.ts";
import { personPermissions } from "./person-roles.ts";
import { PersonSection } from "./person-section.tsx";
import { VulnerabilitiesSection } from "./vulnerabilities-section.tsx";

const contents = [
  ["person-data", "people.dataTitle"],
  ["person-names", "people.namesTitle"],
  ["person-permits", "people.permitsTitle"],
  ["person-vulnerabilities", "people.vulnerabilitiesTitle"],
  ["person-household", "people.householdTitle"],
  ["person-consents", "people.consent.title"],
  ["person-attachments", "people.attachment.title"],
  ["person-merges", "people.merge.title"],
] as const;

/** Sections whose records moved to the surviving record when this one was merged. */
const movedOnMerge: readonly string[] = ["person-consents", "person-attachments"];

/**
 * Everything about one person. The h1 is the person's name; the browser's title stays generic
 * ("Scheda persona") so names do not end up in the history of a shared desk computer.
 */
export function PersonPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const { me } = useSession();
  const permissions = personPermissions(me.roles);
  const query = useQuery({
    queryKey: personKeys.detail(id),
    queryFn: ({ signal }) => fetchPerson(id, signal),
  });
  const person = query.data;
  useDocumentTitle(t("people.personTitle"));

  const readOnly = person?.mergedIntoId != null;
  return (
    <>
      {/* one h1 from loading to loaded: the focus the layout puts on it after navigating stays */}
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-3 mb-4">
        <h1 className="h2 mb-0" tabIndex={-1} data-page-title dir="auto">
          {person ? fullName(person) : t("people.personTitle")}
        </h1>
        {person && !readOnly ? (
          <Link
            to={`/people/${person.id}/edit`}
            className="btn btn-outline-primary"
            data-testid="person-edit"
          >
            {t("people.edit")}
          </Link>
        ) : null}
      </div>
      <BackLink to="/people" />
      <StatusMessage>{flash}</StatusMessage>
      {query.isPending ? <LoadingIndicator /> : null}
      {query.isError ? <ApiErrorAlert error={query.error} /> : null}
      {person ? (
        <>
          {person.mergedIntoId ? <MergedNotice survivorId={person.mergedIntoId} /> : null}
          <nav aria-label={t("people.contents")} className="mb-4">
            <ul className="list-inline mb-0 small">
              {contents
                .filter(([anchor]) => !(readOnly && movedOnMerge.includes(anchor)))
                .map(([anchor, key]) => (
                  <li key={anchor} className="list-inline-item me-3">
                    <a href={`#${anchor}`}>{t(key)}</a>
                  </li>
                ))}
            </ul>
          </nav>
          <PersonSection id="person-data" title={t("people.dataTitle")}>
            <PersonDetails person={person} />
            {readOnly ? null : <OpenCasePanel subject={{ personId: person.id }} />}
          </PersonSection>
          <NamesSection person={person} readOnly={readOnly} />
          <PermitsSection person={person} readOnly={readOnly} />
          <VulnerabilitiesSection
            person={person}
            readOnly={readOnly}
            specialCategory={permissions.specialCategory}
          />
          <HouseholdCard person={person} readOnly={readOnly} />
          {/* a merged record's consents and documents now belong to the surviving record */}
          {readOnly ? null : <ConsentsSection personId={person.id} readOnly={readOnly} />}
          {readOnly ? null : <AttachmentsSection personId={person.id} readOnly={readOnly} />}
          <MergeSection
            person={person}
            readOnly={readOnly}
            canMerge={permissions.merge}
            canUndo={permissions.undoMerge}
          />
        </>
      ) : null}
    </>
  );
}
