// Journey: an operator of the Comune di Palermo (operatore.palermo, no TOTP) imports people from a
// CSV written in Italian: the columns are matched from the header, the first rows are checked before
// anything is written, the import runs as a background job, and of 8 rows 5 are registered and 3 are
// rejected (a wrong codice fiscale, an unknown country, a row repeated in the file), with the reasons
// in Italian and the rejected rows downloadable as CSV to be corrected.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Locator } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkPage, closePages, launchBrowser, openPage, screenshot } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { currentText, eventually, expectTitle, signIn, textOf } from "./support/ui.ts";

let server: RunningServer;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  // the import is a background job: this server runs its jobs; an empty registry, so that no row is
  // held back as "probably already registered" by one of the demo's fictional people
  server = await startServer({ work: true, demoPeople: false });
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), "approdo-import-journey-"));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach((context) => closePages(context));

const header = ["Nome", "Cognome", "Sesso", "Data di nascita", "Cittadinanza", "Codice fiscale"];
/** Data rows: the header is row 1, so these are rows 2…9 of the spreadsheet. */
const rows = [
  ["Fatima", "Diallo", "F", "12/03/1994", "Guinea", ""],
  // a correct codice fiscale (born 1 July 1988 in Eritrea, Z368)
  ["Yonas", "Tesfaye", "M", "01/07/1988", "Eritrea", "TSFYNS88L01Z368N"],
  ["Ahmad", "Rahimi", "M", "15/09/2001", "Afghanistan", ""],
  ["Olena", "Kovalenko", "F", "22/11/1979", "Ucraina", ""],
  // row 6: the check letter should be M
  ["Kofi", "Mensah", "M", "05/02/1992", "Ghana", "MNSKFO92B05Z318A"],
  // row 7: no such country
  ["Bilal", "Hussain", "M", "30/06/1985", "Atlantide", ""],
  // row 8: row 2 again
  ["Fatima", "Diallo", "F", "12/03/1994", "Guinea", ""],
  ["Sami", "Haddad", "M", "10/10/1999", "Siria", ""],
];
const fileName = "persone-sportello.csv";

/** How long the import job may take on a busy machine (it takes a few seconds on an idle one). */
const importWaitMs = 90_000;

/** The text of each cell of a table's body rows. */
async function tableRows(table: Locator): Promise<string[][]> {
  await table.waitFor();
  const out: string[][] = [];
  for (const row of await table.locator("tbody tr").all())
    out.push((await row.locator("th, td").allInnerTexts()).map((cell) => cell.trim()));
  return out;
}

/** A semicolon-separated CSV without quoted separators or line breaks (what this journey reads back). */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line !== "")
    .map((line) => line.split(";").map((cell) => cell.replace(/^"(.*)"$/, "$1").replace(/""/g, '"')));
}

// generous for busy CI machines; on an idle one the journey takes well under a minute
describe("importing people from a spreadsheet", { timeout: 240_000 }, () => {
  it("operator uploads an Italian CSV, checks the mapping, imports 5 rows and gets the 3 rejected ones with reasons", async () => {
    const csvPath = join(dir, fileName);
    writeFileSync(csvPath, `${[header, ...rows].map((row) => row.join(";")).join("\r\n")}\r\n`, "utf8");

    const page = await openPage(browser, server.baseUrl);
    await signIn(page, "operatore.palermo");
    await page
      .getByRole("navigation", { name: "Sezioni" })
      .getByRole("link", { name: "Persone", exact: true })
      .click();
    await expectTitle(page, "Persone");

    // ── step 1: the file ──
    await page.getByTestId("people-import").click();
    await expectTitle(page, "Importa persone da un foglio di calcolo");
    expect(page.url()).toBe(`${server.baseUrl}/people/import`);
    const steps = page.getByTestId("import-steps").locator("li");
    expect((await steps.allInnerTexts()).map((s) => s.trim())).toEqual([
      "Carica il file",
      "Abbina le colonne",
      "Importa",
    ]);
    expect(await steps.nth(0).getAttribute("aria-current")).toBe("step");
    await checkPage(page, "import, upload step");

    // no file chosen: stopped in the browser, in Italian
    await page.getByTestId("import-upload").click();
    await eventually(() => currentText(page.locator("#import-file-error"))).toBe(
      "Scegli un file da importare.",
    );
    expect(await page.getByTestId("import-file").getAttribute("aria-invalid")).toBe("true");
    await checkPage(page, "import, upload step without a file");

    await page.getByTestId("import-file").setInputFiles(csvPath);
    await page.getByTestId("import-upload").click();

    // ── step 2: the columns, matched from the Italian header, and the first rows checked ──
    const summary = page.getByTestId("import-file-summary");
    await eventually(() => currentText(summary)).toBe(`File «${fileName}»: 8 righe di dati.`);
    expect(await steps.nth(1).getAttribute("aria-current")).toBe("step");
    const suggested: Record<string, string> = {};
    for (const column of header)
      suggested[column] = await page.getByTestId(`import-map-${column}`).inputValue();
    expect(suggested).toEqual({
      Nome: "givenName",
      Cognome: "familyName",
      Sesso: "sex",
      "Data di nascita": "birthDate",
      Cittadinanza: "citizenship",
      "Codice fiscale": "taxCode",
    });
    // each select is labelled by its column's name; the first row is shown as an example
    expect(await page.getByLabel("Codice fiscale", { exact: true }).getAttribute("data-testid")).toBe(
      "import-map-Codice fiscale",
    );
    expect((await tableRows(page.getByTestId("import-mapping"))).map((cells) => cells.slice(0, 2))).toEqual(
      header.map((column, i) => [column, rows[0]?.[i] ?? ""]),
    );
    expect(await textOf(page.getByTestId("import-check-summary"))).toBe(
      "Con l'abbinamento proposto, delle prime 8 righe 5 sono valide e 3 hanno problemi. I doppioni tra le persone già registrate si cercano durante l'importazione.",
    );
    expect(
      (await page.getByTestId("import-sample-errors").locator("li").allInnerTexts()).map((s) => s.trim()),
    ).toEqual([
      "Riga 6: Codice fiscale non valido — Codice fiscale",
      "Riga 7: Paese non riconosciuto — Cittadinanza",
      "Riga 8: Ripetuta nel file — uguale alla riga 2",
    ]);
    // the preview: every row of the file as read
    expect(await tableRows(page.getByTestId("import-preview"))).toEqual(rows);
    await checkPage(page, "import, mapping step");
    await screenshot(page, "40-import-mapping");

    // ── step 3: the import runs in the background; its progress, then the result ──
    const imported: string[] = [];
    page.on("response", (response) => {
      const path = new URL(response.url()).pathname;
      if (response.request().method() === "POST" && /^\/api\/v1\/imports\/[^/]+\/start$/.test(path))
        imported.push(String(response.status()));
    });
    await page.getByTestId("import-start").click();
    const progress = page.getByTestId("import-progress");
    const result = page.getByTestId("import-result");
    await progress.or(result).first().waitFor({ timeout: importWaitMs });
    expect(imported).toEqual(["202"]);
    expect(await steps.nth(2).getAttribute("aria-current")).toBe("step");
    if (await progress.isVisible()) {
      // usually caught while queued or running: an accessible progress bar
      const now = Number(await progress.getAttribute("aria-valuenow"));
      expect(now).toBeGreaterThanOrEqual(0);
      expect(now).toBeLessThanOrEqual(100);
      expect(await progress.getAttribute("aria-valuetext")).toMatch(/^\d+% — /);
      await checkPage(page, "import, in progress");
    }
    await page
      .locator('[data-testid="import-result"][data-status="completed"]')
      .waitFor({ timeout: importWaitMs });
    await eventually(() => currentText(result.getByRole("status"))).toBe("Importazione completata.");
    expect(await textOf(page.getByTestId("import-accepted"))).toBe("5");
    expect(await textOf(page.getByTestId("import-rejected"))).toBe("3");

    // the rejected rows, by their row number in the spreadsheet, with the reasons in Italian
    const rejections = page.getByTestId("import-rejections");
    expect(await tableRows(rejections)).toEqual([
      ["6", "Codice fiscale non valido — Codice fiscale"],
      ["7", "Paese non riconosciuto — Cittadinanza"],
      ["8", "Ripetuta nel file — uguale alla riga 2"],
    ]);
    expect(
      await rejections
        .locator("tbody tr")
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-code"))),
    ).toEqual(["INVALID_TAX_CODE", "UNKNOWN_COUNTRY", "DUPLICATE_IN_FILE"]);
    await checkPage(page, "import, result");
    await screenshot(page, "41-import-result");

    // ── the rejected rows as CSV, to correct and import again ──
    const link = page.getByRole("link", { name: "Scarica righe scartate (CSV)" });
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/api\/v1\/imports\/[0-9a-f-]{36}\/rejections\.csv\?locale=it$/);
    const answer = await page.request.get(href ?? "");
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-type"]).toMatch(/^text\/csv\b/);
    expect(answer.headers()["content-disposition"]).toContain('filename="persone-sportello-scartate.csv"');
    // and what the user gets by clicking the link: a download of the same rows
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("persone-sportello-scartate.csv");
    const csv = parseCsv(readFileSync(await download.path(), "utf8"));
    expect(csv[0]).toEqual(["Riga", "Codice", "Motivo", "Dettagli", ...header]);
    expect(csv.slice(1).map((cells) => [cells[0], cells[1], cells[2], ...cells.slice(4)])).toEqual([
      ["6", "INVALID_TAX_CODE", "Codice fiscale non valido", ...(rows[4] ?? [])],
      ["7", "UNKNOWN_COUNTRY", "Paese non riconosciuto", ...(rows[5] ?? [])],
      ["8", "DUPLICATE_IN_FILE", "Ripetuta nel file", ...(rows[6] ?? [])],
    ]);
    expect(parseCsv(await answer.text())).toEqual(csv);

    // ── the five people are registered ──
    await result.getByRole("link", { name: "Vai all'elenco delle persone" }).click();
    await expectTitle(page, "Persone");
    // without reloading: the list loaded before the import is not shown from the cache
    await eventually(async () =>
      (await tableRows(page.getByTestId("people-table"))).map((cells) => cells[0]).sort(),
    ).toEqual(["Diallo Fatima", "Haddad Sami", "Kovalenko Olena", "Rahimi Ahmad", "Tesfaye Yonas"]);
    const tesfaye = (await tableRows(page.getByTestId("people-table"))).find(
      (cells) => cells[0] === "Tesfaye Yonas",
    );
    expect(tesfaye?.slice(2, 4)).toEqual(["Eritrea", "TSFYNS88L01Z368N"]);
    await checkPage(page, "people list after the import");
    await screenshot(page, "42-people-after-import");
  });
});
