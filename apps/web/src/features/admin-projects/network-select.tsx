import { useQuery } from "@tanstack/react-query";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { fetchNetworks, projectKeys } from "./projects-api.ts";

interface NetworkSelectProps {
  id: string;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
}

export function NetworkSelect({ id, registration, error }: NetworkSelectProps) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: projectKeys.networks,
    queryFn: ({ signal }) => fetchNetworks(signal),
    staleTime: 5 * 60_000,
  });
  if (query.isPending) return <LoadingIndicator label={`${t("projects.network")}: ${t("app.loading")}`} />;
  if (query.isError) return <ApiErrorAlert error={query.error} />;
  const options = query.data.items.map((network) => ({ value: network.id, label: network.name }));
  return (
    <SelectField
      id={id}
      label={t("projects.network")}
      emptyLabel={t("common.noneOption")}
      options={options}
      registration={registration}
      error={error}
    />
  );
}
