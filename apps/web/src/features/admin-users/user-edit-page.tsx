import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFlash } from "../../app/router/use-router.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { BackLink } from "../../app/ui/back-link.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { ResetTotpPanel } from "./reset-totp-panel.tsx";
import { SetPasswordPanel } from "./set-password-panel.tsx";
import { UserForm } from "./user-form.tsx";
import { type UserEditFormOutput, userEditFormSchema, userToForm } from "./user-form-schema.ts";
import { fetchUser, updateUser, userKeys } from "./users-api.ts";

export function UserEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const flash = useFlash();
  const [saved, setSaved] = useState(false);
  const query = useQuery({ queryKey: userKeys.detail(id), queryFn: ({ signal }) => fetchUser(id, signal) });

  const submit = async (values: UserEditFormOutput) => {
    if (!query.data) return;
    setSaved(false);
    const updated = await updateUser(id, { ...values, version: query.data.version });
    queryClient.setQueryData(userKeys.detail(id), updated);
    await queryClient.invalidateQueries({ queryKey: userKeys.list() });
    setSaved(true);
  };
  const reload = () => {
    setSaved(false);
    void query.refetch();
  };

  return (
    <>
      <PageHeader title={t("users.editTitle")} />
      <BackLink to="/admin/users" />
      <StatusMessage>{saved ? t("common.saved") : flash}</StatusMessage>
      {query.isPending ? <LoadingIndicator /> : null}
      {query.isError ? <ApiErrorAlert error={query.error} /> : null}
      {query.data ? (
        <>
          <h2 className="h4">
            {query.data.displayName} ({query.data.username})
          </h2>
          <UserForm
            key={query.data.version}
            mode="edit"
            schema={userEditFormSchema}
            defaultValues={userToForm(query.data)}
            onSubmit={submit}
            onReload={reload}
          />
          <SetPasswordPanel userId={id} />
          <ResetTotpPanel userId={id} totpEnabled={query.data.totpEnabled} />
        </>
      ) : null}
    </>
  );
}
