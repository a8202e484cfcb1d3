import type { Import } from "@approdo/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../app/router/link.tsx";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { fetchImport, importKeys, rejectionsCsvUrl, startImport } from "./imports-api.ts";
import { RejectionReason } from "./rejection-details.tsx";

const finished = (status: string | undefined) => status === "completed" || status === "failed";

function ProgressBar({ data }: { data: Import }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language);
  const percent = Math.round(data.progress * 100);
  const checking = data.status === "running" && data.processedRows < data.totalRows;
  const text =
    data.status === "completed"
      ? t("imports.completed")
      : data.status === "queued"
        ? t("imports.statusQueued")
        : checking
          ? t("imports.statusChecking", {
              processed: number(data.processedRows),
              total: number(data.totalRows),
            })
          : t("imports.statusWriting", {
              accepted: number(data.acceptedRows),
              toWrite: number(Math.max(0, data.totalRows - data.rejectedRows)),
            });
  return (
    <div className="mb-4">
      <p id="import-progress-label" className="mb-1 fw-semibold">
        {t("imports.progressLabel")}
      </p>
      <div
        className="progress"
        role="progressbar"
        aria-labelledby="import-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% — ${text}`}
        data-testid="import-progress"
        style={{ height: "1.25rem" }}
      >
        <div className="progress-bar" style={{ width: `${percent}%` }}>
          {percent}%
        </div>
      </div>
      {data.status === "completed" ? null : (
        <>
          <p className="mt-2 mb-1">{text}</p>
          <p className="small text-muted">{t("imports.progressNote")}</p>
        </>
      )}
    </div>
  );
}

function Result({ importId, onNewImport }: { importId: string; onNewImport: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [retryError, setRetryError] = useState<unknown>(null);
  const query = useQuery({
    queryKey: importKeys.result(importId),
    queryFn: ({ signal }) => fetchImport(importId, true, signal),
  });
  useEffect(() => {
    if (query.data) heading.current?.focus();
  }, [query.data]);
  if (query.isPending) return <LoadingIndicator />;
  if (query.error || !query.data) return <ApiErrorAlert error={query.error} />;
  const data = query.data;
  const number = (n: number) => n.toLocaleString(i18n.language);
  const retry = async () => {
    setRetryError(null);
    try {
      await startImport(importId, data.mapping);
      queryClient.removeQueries({ queryKey: importKeys.result(importId) });
      await queryClient.invalidateQueries({ queryKey: importKeys.status(importId) });
    } catch (caught) {
      setRetryError(caught);
    }
  };
  return (
    <section aria-labelledby="import-result-title" data-testid="import-result" data-status={data.status}>
      <h2 id="import-result-title" className="h4" tabIndex={-1} ref={heading}>
        {t("imports.resultTitle")}
      </h2>
      {data.status === "failed" ? (
        <div className="alert alert-danger" role="alert">
          <p className="mb-1">{t("imports.failed")}</p>
          {data.error ? (
            <p className="mb-0 small">{t("imports.failedReason", { reason: data.error })}</p>
          ) : null}
        </div>
      ) : (
        <div className="alert alert-success" role="status">
          {t("imports.completed")}
        </div>
      )}
      <ApiErrorAlert error={retryError} />
      <dl className="row">
        <dt className="col-sm-4">{t("imports.accepted")}</dt>
        <dd className="col-sm-8" data-testid="import-accepted">
          {number(data.acceptedRows)}
        </dd>
        <dt className="col-sm-4">{t("imports.rejected")}</dt>
        <dd className="col-sm-8" data-testid="import-rejected">
          {number(data.rejectedRows)}
        </dd>
      </dl>
      <div className="d-flex flex-wrap gap-2 mb-4">
        {data.status === "failed" ? (
          <button type="button" className="btn btn-primary" onClick={retry} data-testid="import-retry">
            {t("imports.retry")}
          </button>
        ) : (
          <Link to="/people" className="btn btn-primary">
            {t("imports.goToPeople")}
          </Link>
        )}
        <button type="button" className="btn btn-outline-primary" onClick={onNewImport}>
          {t("imports.newImport")}
        </button>
      </div>
      <h3 className="h5">{t("imports.rejectionsTitle")}</h3>
      {data.rejectedRows === 0 ? (
        <p data-testid="import-rejections">{t("imports.noRejections")}</p>
      ) : (
        <>
          <p>
            <a href={rejectionsCsvUrl(importId, i18n.language)} download data-testid="import-download">
              {t("imports.download")}
            </a>
          </p>
          <div className="table-responsive">
            <table className="table table-striped caption-top" data-testid="import-rejections">
              <caption>{t("imports.rejectionsCaption", { n: data.rejections.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("imports.row")}</th>
                  <th scope="col">{t("imports.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {data.rejections.map((r) => (
                  <tr key={r.rowNumber} data-code={r.code}>
                    <th scope="row">{r.rowNumber}</th>
                    <td>
                      <RejectionReason rejection={r} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** Step 3: the job's progress (polled every second, without the file's rows), then the result. */
export function ProgressStep({ importId, onNewImport }: { importId: string; onNewImport: () => void }) {
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: importKeys.status(importId),
    queryFn: ({ signal }) => fetchImport(importId, false, signal),
    staleTime: 0,
    refetchInterval: (query) => (finished(query.state.data?.status) ? false : 1000),
  });
  const done = status.data?.status === "completed";
  useEffect(() => {
    // Lists loaded before the import must not be shown from the cache.
    if (done) {
      void queryClient.invalidateQueries({ queryKey: ["people"] });
      void queryClient.invalidateQueries({ queryKey: ["households"] });
    }
  }, [done, queryClient]);
  if (status.isPending) return <LoadingIndicator />;
  if (status.error || !status.data) return <ApiErrorAlert error={status.error} />;
  // The bar stays, full, above the result of a completed import.
  return (
    <>
      {status.data.status === "failed" ? null : <ProgressBar data={status.data} />}
      {finished(status.data.status) ? <Result importId={importId} onNewImport={onNewImport} /> : null}
    </>
  );
}
