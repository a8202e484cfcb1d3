import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { useNavigate } from "../../app/router/use-router.ts";
import { BackLink } from "../../app/ui/back-link.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { UserForm } from "./user-form.tsx";
import { emptyUserForm, type UserCreateFormOutput, userCreateFormSchema } from "./user-form-schema.ts";
import { createUser, userKeys } from "./users-api.ts";

export function UserCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();

  const submit = async (values: UserCreateFormOutput) => {
    const created = await createUser(values, idempotencyKey.current());
    idempotencyKey.renew();
    queryClient.setQueryData(userKeys.detail(created.id), created);
    await queryClient.invalidateQueries({ queryKey: userKeys.list() });
    navigate(`/admin/users/${created.id}`, { flash: t("users.created") });
  };

  return (
    <>
      <PageHeader title={t("users.createTitle")} />
      <BackLink to="/admin/users" />
      <UserForm mode="create" schema={userCreateFormSchema} defaultValues={emptyUserForm} onSubmit={submit} />
    </>
  );
}
