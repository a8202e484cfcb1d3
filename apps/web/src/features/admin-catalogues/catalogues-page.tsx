import { type CatalogKind, type CatalogueEntry, catalogKinds } from "@approdo/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { fetchNetworks, projectKeys } from "../admin-projects/projects-api.ts";
import { TableRegion } from "../case-assessments/table-region.tsx";
import { TogglePanel } from "../people/toggle-panel.tsx";
import { CatalogueEntryForm } from "./catalogue-entry-form.tsx";
import {
  type CatalogueEntryCreateOutput,
  type CatalogueEntryUpdateOutput,
  catalogueEntryCreateFormSchema,
  catalogueEntryToForm,
  catalogueEntryUpdateFormSchema,
  emptyCatalogueEntryForm,
} from "./catalogue-form-schema.ts";
import {
  catalogueKeys,
  createCatalogueEntry,
  fetchCatalogue,
  updateCatalogueEntry,
} from "./catalogues-api.ts";

/**
 * Administration of the catalogues (service types, assessment domains with their level
 * definitions, closure outcomes, vulnerability categories): per kind and network, the entries in
 * use and the deactivated ones; add an entry, change its translations, CISIS code, definitions,
 * order, or deactivate it. Codes never change and entries are never deleted: history keeps resolving.
 */
export function CataloguesPage() {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const [kind, setKind] = useState<CatalogKind>("service_type");
  const [networkId, setNetworkId] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const networks = useQuery({
    queryKey: projectKeys.networks,
    queryFn: ({ signal }) => fetchNetworks(signal),
    staleTime: 5 * 60_000,
  });
  const list = useQuery({
    queryKey: [...catalogueKeys.kind(kind, true), "admin", networkId],
    queryFn: ({ signal }) => fetchCatalogue(kind, true, signal, networkId === "" ? undefined : networkId),
  });
  const entries = [...(list.data?.items ?? [])].sort(
    (a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code),
  );
  const networkName = (entry: CatalogueEntry) =>
    entry.networkId === null
      ? t("catalogues.instanceWide")
      : (networks.data?.items.find((network) => network.id === entry.networkId)?.name ?? entry.networkId);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
  };
  const create = async (values: CatalogueEntryCreateOutput) => {
    const created = await createCatalogueEntry(kind, values, idempotency.current());
    idempotency.renew();
    await refresh();
    setStatus(t("catalogues.created", { code: created.code }));
  };
  const update = (entry: CatalogueEntry) => async (values: CatalogueEntryUpdateOutput) => {
    const updated = await updateCatalogueEntry(kind, entry.id, values);
    await refresh();
    setEditing(null);
    setStatus(t("catalogues.updated", { code: updated.code }));
  };
  return (
    <>
      <PageHeader title={t("catalogues.title")} />
      <p>{t("catalogues.intro")}</p>
      <StatusMessage>{status}</StatusMessage>
      <div className="row g-3 mb-3">
        <div className="col-12 col-md-6">
          <div className="select-wrapper">
            <label htmlFor={`${id}-kind`}>{t("catalogues.kind")}</label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(event) => {
                setKind(event.target.value as CatalogKind);
                setEditing(null);
                setStatus(null);
              }}
              data-testid="catalogue-kind"
            >
              {catalogKinds.map((value) => (
                <option key={value} value={value}>
                  {t(`catalogues.kinds.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="col-12 col-md-6">
          <div className="select-wrapper">
            <label htmlFor={`${id}-network`}>{t("catalogues.network")}</label>
            <select
              id={`${id}-network`}
              value={networkId}
              onChange={(event) => {
                setNetworkId(event.target.value);
                setEditing(null);
                setStatus(null);
              }}
              aria-describedby={`${id}-network-hint`}
            >
              <option value="">{t("catalogues.ownNetwork")}</option>
              {(networks.data?.items ?? []).map((network) => (
                <option key={network.id} value={network.id}>
                  {network.name}
                </option>
              ))}
            </select>
            <small id={`${id}-network-hint`} className="form-text">
              {t("catalogues.networkHint")}
            </small>
          </div>
        </div>
      </div>
      <TogglePanel key={`new-${kind}-${networkId}`} label={t("catalogues.new")} testId="catalogue-new">
        {(close) => (
          <CatalogueEntryForm
            kind={kind}
            mode="create"
            schema={catalogueEntryCreateFormSchema(
              kind,
              networkId === "" ? (list.data?.networkId ?? null) : networkId,
            )}
            defaultValues={emptyCatalogueEntryForm}
            onSubmit={async (values) => {
              await create(values);
              close();
            }}
            testId="catalogue-create-form"
          />
        )}
      </TogglePanel>
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingIndicator />
      ) : (
        <TableRegion label={t("catalogues.caption", { kind: t(`catalogues.kinds.${kind}`) })}>
          <table className="table table-striped caption-top" data-testid="catalogue-table">
            <caption>{t("catalogues.caption", { kind: t(`catalogues.kinds.${kind}`) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("catalogues.code")}</th>
                <th scope="col">{t("catalogues.languages.it")}</th>
                <th scope="col">{t("catalogues.languages.en")}</th>
                {kind === "service_type" ? <th scope="col">{t("catalogues.cisisCode")}</th> : null}
                <th scope="col">{t("catalogues.sortOrder")}</th>
                <th scope="col">{t("catalogues.scope")}</th>
                <th scope="col">{t("common.status")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.length === 0 ? (
                <tr>
                  <td colSpan={kind === "service_type" ? 8 : 7}>{t("common.noResults")}</td>
                </tr>
              ) : null}
              {entries.map((entry) => (
                <CatalogueRow
                  key={entry.id}
                  entry={entry}
                  kind={kind}
                  scope={networkName(entry)}
                  editing={editing === entry.id}
                  onEdit={() => {
                    setStatus(null);
                    setEditing(editing === entry.id ? null : entry.id);
                  }}
                  onSubmit={update(entry)}
                  onReload={() => {
                    setEditing(null);
                    void list.refetch();
                  }}
                />
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}

interface CatalogueRowProps {
  entry: CatalogueEntry;
  kind: CatalogKind;
  scope: string;
  editing: boolean;
  onEdit: () => void;
  onSubmit: (values: CatalogueEntryUpdateOutput) => Promise<void>;
  onReload: () => void;
}

function CatalogueRow({ entry, kind, scope, editing, onEdit, onSubmit, onReload }: CatalogueRowProps) {
  const { t } = useTranslation();
  const columns = kind === "service_type" ? 8 : 7;
  return (
    <>
      <tr data-testid={`catalogue-row-${entry.code}`}>
        <th scope="row">
          <code>{entry.code}</code>
          {entry.specialCategory ? (
            <>
              {" "}
              <span className="badge bg-warning text-dark ms-2">{t("assessments.specialBadge")}</span>
            </>
          ) : null}
        </th>
        <td>{entry.labels.it}</td>
        <td>{entry.labels.en ?? "—"}</td>
        {kind === "service_type" ? <td>{entry.cisisCode ?? "—"}</td> : null}
        <td>{entry.sortOrder}</td>
        <td>{scope}</td>
        <td>{entry.active ? t("common.active") : t("common.inactive")}</td>
        <td>
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            aria-expanded={editing}
            aria-controls={`catalogue-edit-${entry.id}`}
            onClick={onEdit}
            data-testid={`catalogue-edit-${entry.code}`}
          >
            {t("common.edit")}
            <span className="visually-hidden"> {entry.labels.it}</span>
          </button>
        </td>
      </tr>
      {editing ? (
        <tr id={`catalogue-edit-${entry.id}`}>
          <td colSpan={columns}>
            <CatalogueEntryForm
              key={entry.version}
              kind={kind}
              mode="edit"
              schema={catalogueEntryUpdateFormSchema(kind, entry.version)}
              defaultValues={catalogueEntryToForm(entry)}
              onSubmit={onSubmit}
              onReload={onReload}
              testId="catalogue-edit-form"
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
