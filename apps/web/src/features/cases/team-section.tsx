import { teamRoles } from "@approdo/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDate } from "../../app/ui/format-date.ts";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TogglePanel } from "../people/toggle-panel.tsx";
import {
  type TeamMemberFormInput,
  type TeamMemberFormOutput,
  teamMemberFieldNames,
  teamMemberFormSchema,
} from "./case-form-schemas.ts";
import type { CaseSectionProps } from "./case-section.tsx";
import { currentTeam, type TeamMember } from "./case-types.ts";
import { addTeamMember, caseKeys, fetchTeamCandidates, removeTeamMember } from "./cases-api.ts";

/** The multidisciplinary team: who, in which role, from which organisation; add and remove members. */
export function TeamSection({ caseRecord, onStatus }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const canManage = caseRecord.access.canManage;
  const [removeError, setRemoveError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const hidden = t("cases.team.hiddenName");
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseRecord.id) }),
      queryClient.invalidateQueries({ queryKey: caseKeys.candidates(caseRecord.id) }),
      queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseRecord.id) }),
    ]);
  const remove = async (member: TeamMember) => {
    setRemoveError(null);
    setRemoving(member.id);
    try {
      await removeTeamMember(caseRecord.id, member.id);
      await refresh();
      onStatus(t("cases.team.removed", { name: member.displayName ?? hidden }));
      window.setTimeout(() => document.getElementById("case-team-title")?.focus(), 0);
    } catch (error) {
      setRemoveError(error);
    } finally {
      setRemoving(null);
    }
  };
  const members = currentTeam(caseRecord);
  return (
    <>
      <ApiErrorAlert error={removeError} />
      <div className="table-responsive">
        <table className="table caption-top" data-testid="team-table">
          <caption>{t("cases.team.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("cases.team.member")}</th>
              <th scope="col">{t("cases.team.role")}</th>
              <th scope="col">{t("cases.team.organization")}</th>
              <th scope="col">{t("cases.team.since")}</th>
              {canManage ? <th scope="col">{t("common.actions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {members.length === 0 ? (
              <tr>
                <td colSpan={canManage ? 5 : 4}>{t("cases.team.empty")}</td>
              </tr>
            ) : null}
            {members.map((member) => (
              <tr key={member.id}>
                <th scope="row">{member.displayName ?? hidden}</th>
                <td>{t(`teamRoles.${member.teamRole}`)}</td>
                <td>
                  {member.organizationName ?? "—"}
                  {member.partner ? (
                    <span className="badge bg-secondary ms-2">{t("cases.team.partner")}</span>
                  ) : null}
                </td>
                <td>{formatDate(member.addedAt, i18n.language)}</td>
                {canManage ? (
                  <td>
                    {member.teamRole === "case_manager" ? null : (
                      <button
                        type="button"
                        className="btn btn-outline-danger btn-sm"
                        disabled={removing === member.id}
                        onClick={() => void remove(member)}
                        aria-label={t("cases.team.removeNamed", { name: member.displayName ?? hidden })}
                      >
                        {t("common.remove")}
                      </button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canManage ? (
        <TogglePanel label={t("cases.team.add")} testId="team-add">
          {(close) => (
            <AddTeamMemberForm
              caseId={caseRecord.id}
              onAdded={refresh}
              onDone={(name) => {
                onStatus(t("cases.team.added", { name }));
                close();
              }}
            />
          )}
        </TogglePanel>
      ) : null}
    </>
  );
}

interface AddTeamMemberFormProps {
  caseId: string;
  onAdded: () => Promise<unknown>;
  onDone: (name: string) => void;
}

/** Candidates: colleagues and partner organisations' operators the server allows (agreement, consent). */
function AddTeamMemberForm({ caseId, onAdded, onDone }: AddTeamMemberFormProps) {
  const { t } = useTranslation();
  const key = useIdempotencyKey();
  const candidates = useQuery({
    queryKey: caseKeys.candidates(caseId),
    queryFn: ({ signal }) => fetchTeamCandidates(caseId, signal),
  });
  const form = useForm<TeamMemberFormInput, unknown, TeamMemberFormOutput>({
    resolver: formResolver(teamMemberFormSchema),
    defaultValues: { userId: "", teamRole: "" },
  });
  const submit = useSubmitHandler(
    form.setError,
    teamMemberFieldNames,
    async (values: TeamMemberFormOutput) => {
      await addTeamMember(caseId, values, key.current());
      key.renew();
      await onAdded();
      const chosen = candidates.data?.items.find((candidate) => candidate.id === values.userId);
      onDone(chosen?.displayName ?? "");
    },
  );
  const { errors, isSubmitting } = form.formState;
  const options = (candidates.data?.items ?? [])
    .filter((candidate) => !candidate.onTeam)
    .map((candidate) => ({
      value: candidate.id,
      label: `${candidate.displayName} — ${candidate.organizationName}`,
    }));
  return (
    <form
      onSubmit={form.handleSubmit(submit.onValid)}
      noValidate
      aria-label={t("cases.team.add")}
      data-testid="team-add-form"
    >
      <ApiErrorAlert error={submit.error ?? candidates.error} />
      {candidates.isPending ? <LoadingIndicator /> : null}
      <SelectField
        id="team-user"
        label={t("cases.team.candidate")}
        hint={t("cases.team.candidateHint")}
        required
        options={options}
        registration={form.register("userId")}
        error={errors.userId}
      />
      <SelectField
        id="team-role"
        label={t("cases.team.role")}
        required
        options={teamRoles.map((role) => ({ value: role, label: t(`teamRoles.${role}`) }))}
        registration={form.register("teamRole")}
        error={errors.teamRole}
      />
      <SubmitButton label={t("cases.team.addSubmit")} busyLabel={t("common.saving")} busy={isSubmitting} />
    </form>
  );
}
