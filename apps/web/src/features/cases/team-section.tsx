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
import type { TeamMember } from "./case-types.ts";
import { addTeamMember, caseKeys, fetchTeam, fetchTeamCandidates, removeTeamMember } from "./cases-api.ts";

/** The multidisciplinary team: who, in which role, from which organisation; add and remove members. */
export function TeamSection({ caseRecord, onStatus }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const canManage = caseRecord.permissions.canManageTeam;
  const team = useQuery({
    queryKey: caseKeys.team(caseRecord.id),
    queryFn: ({ signal }) => fetchTeam(caseRecord.id, signal),
  });
  const [removeError, setRemoveError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const remove = async (member: TeamMember) => {
    setRemoveError(null);
    setRemoving(member.id);
    try {
      await removeTeamMember(caseRecord.id, member.id);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.team(caseRecord.id) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.candidates(caseRecord.id) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseRecord.id) }),
      ]);
      onStatus(t("cases.team.removed", { name: member.displayName }));
      window.setTimeout(() => document.getElementById("case-team-title")?.focus(), 0);
    } catch (error) {
      setRemoveError(error);
    } finally {
      setRemoving(null);
    }
  };
  const members = team.data?.items ?? [];
  return (
    <>
      {team.isPending ? <LoadingIndicator /> : null}
      <ApiErrorAlert error={team.error ?? removeError} />
      {team.data ? (
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
                  <th scope="row">{member.displayName}</th>
                  <td>{t(`teamRoles.${member.teamRole}`)}</td>
                  <td>{member.organizationName}</td>
                  <td>{formatDate(member.addedAt, i18n.language)}</td>
                  {canManage ? (
                    <td>
                      {member.teamRole === "case_manager" ? null : (
                        <button
                          type="button"
                          className="btn btn-outline-danger btn-sm"
                          disabled={removing === member.id}
                          onClick={() => void remove(member)}
                          aria-label={t("cases.team.removeNamed", { name: member.displayName })}
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
      ) : null}
      {canManage ? (
        <TogglePanel label={t("cases.team.add")} testId="team-add">
          {(close) => (
            <AddTeamMemberForm
              caseId={caseRecord.id}
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

function AddTeamMemberForm({ caseId, onDone }: { caseId: string; onDone: (name: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
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
      const member = await addTeamMember(caseId, values, key.current());
      key.renew();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.team(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.candidates(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) }),
      ]);
      const chosen = candidates.data?.items.find((candidate) => candidate.userId === values.userId);
      onDone(member?.displayName ?? chosen?.displayName ?? "");
    },
  );
  const { errors, isSubmitting } = form.formState;
  const options = (candidates.data?.items ?? []).map((candidate) => ({
    value: candidate.userId,
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
