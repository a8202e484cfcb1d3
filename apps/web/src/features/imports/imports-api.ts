import type { Import, ImportField, ImportPreview } from "@approdo/contracts";
import { apiGet, apiPost, apiUpload, buildUrl } from "../../app/api/api-client.ts";

export const importsPath = "/api/v1/imports";

export const importKeys = {
  all: ["imports"] as const,
  status: (id: string) => [...importKeys.all, "status", id] as const,
  result: (id: string) => [...importKeys.all, "result", id] as const,
};

const importPath = (id: string) => `${importsPath}/${encodeURIComponent(id)}`;

/** Uploads the spreadsheet; the answer previews it (columns, suggested mapping, first rows, counts). */
export function uploadImport(file: File, idempotencyKey: string): Promise<ImportPreview> {
  const body = new FormData();
  body.set("file", file, file.name);
  return apiUpload<ImportPreview>(`${importsPath}/people`, body, idempotencyKey);
}

export function startImport(
  id: string,
  mapping: Record<string, ImportField | null>,
): Promise<{ importId: string; status: string }> {
  return apiPost(`${importPath(id)}/start`, { mapping });
}

/** Progress only (no rows of the file) while polling; with the rejected rows once it has finished. */
export function fetchImport(id: string, includeRejections: boolean, signal?: AbortSignal): Promise<Import> {
  return apiGet<Import>(importPath(id), { includeRejections: String(includeRejections) }, signal);
}

/** A plain link (the session cookie authorises it); the server audits every download. */
export function rejectionsCsvUrl(id: string, locale: string): string {
  return buildUrl(`${importPath(id)}/rejections.csv`, { locale: locale.startsWith("en") ? "en" : "it" });
}
