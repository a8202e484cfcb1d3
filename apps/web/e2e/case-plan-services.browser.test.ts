// Journey: a case manager of the Comune di Palermo (assistente.palermo, with TOTP) works on a
// household's case in assessment: she records the first multidimensional assessment (need levels
// 0–3 with the catalogue's definitions), then a re-assessment that starts prefilled from the first;
// the progress table shows the change. She creates the personalised plan, whose goals are proposed
// from the domains with need level 2 or more, adds an action, approves or submits it, records the
// beneficiary's agreement in Arabic, changes it (a new version; the first stays readable), records a
// service with the quick form on a phone-sized screen (a double tap records it once), and writes a
// note. Every page is checked with axe-core and for untranslated keys.
//
// The case is opened through the API for a household registered for this journey only, so what the
// sections show is exactly what the journey recorded (the demo's cases already have assessments and
// plans of their own).
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkPage, closePages, launchBrowser, openPage, screenshot, totp } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { currentText, DEMO_PASSWORD, eventually, expectTitle, signIn, textOf } from "./support/ui.ts";

let server: RunningServer;
let browser: Browser;
let openCase: { id: string; reference: string };

const householdLabel = "Nucleo Okafor";

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  openCase = await openCaseThroughApi(server.baseUrl);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach((context) => closePages(context));

interface Session {
  get: (path: string) => Promise<Record<string, unknown>>;
  post: (path: string, body: unknown, expected?: number) => Promise<Record<string, unknown>>;
}

/** Signs in through the API (with the demo TOTP code when `withTotp`); the session's POST helper. */
async function apiSession(baseUrl: string, username: string, withTotp: boolean): Promise<Session> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  let cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  let { csrfToken } = (await login.json()) as { csrfToken: string };
  if (withTotp) {
    const verify = await fetch(`${baseUrl}/api/v1/auth/totp`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: cookie },
      body: JSON.stringify({ code: await totp(username) }),
    });
    expect(verify.status, await verify.clone().text()).toBe(200);
    cookie = (verify.headers.get("set-cookie") ?? "").split(";")[0] || cookie;
    ({ csrfToken } = (await verify.json()) as { csrfToken: string });
  }
  return {
    async get(path) {
      const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie } });
      expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
      return (await response.json()) as Record<string, unknown>;
    },
    async post(path, body, expected = 201) {
      const response = await fetch(`${baseUrl}${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: cookie, "X-CSRF-Token": csrfToken },
        body: JSON.stringify(body),
      });
      expect(response.status, `${path}: ${await response.clone().text()}`).toBe(expected);
      return (await response.json()) as Record<string, unknown>;
    },
  };
}

/**
 * The desk operator registers a mother and her son as a household; the case manager opens a case
 * for it and moves it to assessment.
 */
async function openCaseThroughApi(baseUrl: string): Promise<{ id: string; reference: string }> {
  const desk = await apiSession(baseUrl, "operatore.palermo", false);
  const grace = await desk.post("/api/v1/people", {
    givenName: "Grace",
    familyName: "Okafor",
    sex: "female",
    birthYear: 1991,
    citizenship: "NG",
  });
  const daniel = await desk.post("/api/v1/people", {
    givenName: "Daniel",
    familyName: "Okafor",
    sex: "male",
    birthYear: new Date().getFullYear() - 8,
    citizenship: "NG",
  });
  const household = await desk.post("/api/v1/households", {
    label: householdLabel,
    members: [
      { personId: grace.id, relation: "reference_person" },
      { personId: daniel.id, relation: "child" },
    ],
  });
  const manager = await apiSession(baseUrl, "assistente.palermo", true);
  const created = await manager.post("/api/v1/cases", { householdId: household.id });
  const id = String(created.id);
  await manager.post(
    `/api/v1/cases/${id}/transitions`,
    { to: "assessment", reason: "Primo colloquio con la mediatrice." },
    200,
  );
  return { id, reference: String(created.reference) };
}

/** Ticks a radio button or checkbox (Bootstrap Italia draws its own over the native one). */
async function tick(control: Locator): Promise<void> {
  await control.check({ force: true });
}

/** The text of each cell of a table's body rows. */
async function tableRows(table: Locator): Promise<string[][]> {
  await table.waitFor();
  const out: string[][] = [];
  for (const row of await table.locator("tbody tr").all())
    out.push((await row.locator("th, td").allInnerTexts()).map((cell) => cell.trim()));
  return out;
}

async function expectStatus(page: Page, text: string): Promise<void> {
  await eventually(() => currentText(page.getByTestId("status-message"))).toBe(text);
}

/** POSTs that record a service, as the browser sent them. */
function recordServicePosts(page: Page): string[] {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (
      request.method() === "POST" &&
      /\/api\/v1\/cases\/[^/]+\/services$/.test(new URL(request.url()).pathname)
    )
      posts.push(request.headers()["idempotency-key"] ?? "");
  });
  return posts;
}

// generous for busy CI machines; on an idle one the journey takes about a minute
describe("assessment, plan and services of a case", { timeout: 300_000 }, () => {
  it("a case manager assesses a household, builds and agrees the plan, and records a service on a phone", async () => {
    const page = await openPage(browser, server.baseUrl);
    const servicePosts = recordServicePosts(page);
    await signIn(page, "assistente.palermo", { withTotp: true, landing: "Il mio lavoro" });
    await page.goto(`/cases/${openCase.id}`);
    await expectTitle(page, `Presa in carico ${openCase.reference}`);

    // ── first assessment ──
    const assessment = page.getByTestId("case-assessment");
    await eventually(() =>
      currentText(assessment.getByText("Nessuna valutazione registrata per questo caso.")),
    ).toBe("Nessuna valutazione registrata per questo caso.");
    await assessment.getByTestId("assessment-toggle").click();
    const form = assessment.getByTestId("assessment-form");
    await form.waitFor();
    const housing = form.getByRole("group", { name: "Abitare", exact: true });
    // the catalogue's definition of each level is the radio's description
    const housingHigh = housing.getByRole("radio", { name: "3 — Bisogno elevato", exact: true });
    const described = await housingHigh.getAttribute("aria-describedby");
    expect(await textOf(page.locator(`#${described}`))).toBe("Senza dimora o in emergenza abitativa");
    await tick(housingHigh);
    await housing.getByLabel("Note", { exact: true }).fill("Ospiti di una connazionale, in una stanza.");
    const work = form.getByRole("group", { name: "Lavoro", exact: true });
    await tick(work.getByRole("radio", { name: "2 — Bisogno medio", exact: true }));
    // Italian, per member: the mother and the boy separately
    const italian = form.getByRole("group", { name: "Lingua italiana", exact: true });
    await tick(italian.getByLabel("Valuta separatamente ogni componente del nucleo", { exact: true }));
    await tick(
      italian
        .getByRole("group", { name: "Livello di bisogno di Grace Okafor", exact: true })
        .getByRole("radio", { name: "2 — Bisogno medio", exact: true }),
    );
    await tick(
      italian
        .getByRole("group", { name: "Livello di bisogno di Daniel Okafor", exact: true })
        .getByRole("radio", { name: "1 — Bisogno lieve", exact: true }),
    );
    await checkPage(page, "assessment form");
    await screenshot(page, "70-assessment-form");
    await form.getByTestId("assessment-submit").click();
    await expectStatus(page, "Valutazione registrata.");
    const progress = assessment.getByTestId("assessment-progress-table");
    await eventually(async () => (await tableRows(progress)).map((row) => [row[0], row[1]])).toEqual([
      ["Abitare", "3"],
      ["Lavoro", "2"],
      // members in the order the server lists the case's subject people
      ["Lingua italiana — Daniel Okafor", "1"],
      ["Lingua italiana — Grace Okafor", "2"],
    ]);

    // ── re-assessment, prefilled from the first ──
    await assessment.getByTestId("assessment-toggle").click();
    const again = assessment.getByTestId("assessment-form");
    await again.waitFor();
    await again.getByText(/precompilati dall'ultima valutazione/).waitFor();
    const housingAgain = again.getByRole("group", { name: "Abitare", exact: true });
    expect(
      await housingAgain.getByRole("radio", { name: "3 — Bisogno elevato", exact: true }).isChecked(),
    ).toBe(true);
    expect(await housingAgain.getByLabel("Note", { exact: true }).inputValue()).toBe(
      "Ospiti di una connazionale, in una stanza.",
    );
    expect(
      await again
        .getByRole("group", { name: "Lingua italiana", exact: true })
        .getByLabel("Valuta separatamente ogni componente del nucleo", { exact: true })
        .isChecked(),
    ).toBe(true);
    await tick(housingAgain.getByRole("radio", { name: "2 — Bisogno medio", exact: true }));
    await again.getByTestId("assessment-submit").click();
    await expectStatus(page, "Valutazione registrata.");
    await eventually(async () => (await tableRows(progress))[0]).toEqual([
      "Abitare",
      "3",
      "2",
      "Bisogno diminuito di 1",
    ]);
    // the chart shows the same numbers; the table is what assistive technologies read
    await assessment.getByRole("img", { name: /Grafico dell'andamento/ }).waitFor();
    await checkPage(page, "assessment progress");
    await screenshot(page, "71-assessment-progress");

    // ── the plan, goals proposed from the needs of level 2 or more ──
    const planSection = page.getByTestId("case-plan");
    await planSection.getByTestId("plan-new").click();
    const planForm = planSection.getByTestId("plan-form");
    await planForm.waitFor();
    const goalDescriptions = await planForm.locator("textarea[id$='-description'][id^='plan-goal-']").all();
    const proposed: string[] = [];
    for (const box of goalDescriptions) {
      const id = (await box.getAttribute("id")) ?? "";
      if (/^plan-goal-\d+-description$/.test(id)) proposed.push(await box.inputValue());
    }
    expect(proposed).toEqual([
      "Abitare: ridurre il bisogno (livello attuale 2)",
      "Lavoro: ridurre il bisogno (livello attuale 2)",
      "Lingua italiana — Grace Okafor: ridurre il bisogno (livello attuale 2)",
    ]);
    const goal1 = planForm.getByTestId("plan-goal-0");
    await goal1.getByTestId("plan-goal-0-add-action").click();
    const action = goal1.getByRole("group", { name: "Azione 1 dell'obiettivo 1", exact: true });
    await action
      .getByLabel("Azione", { exact: true })
      .fill("Domanda per l'alloggio di transizione del Comune");
    await action
      .getByLabel("Ente responsabile", { exact: true })
      .selectOption({ label: "Comune di Palermo" });
    await action.getByLabel("Scadenza", { exact: true }).fill("2030-06-30");
    await planForm.getByLabel("Data di revisione del progetto", { exact: true }).fill("2030-09-30");
    await checkPage(page, "new plan");
    await screenshot(page, "72-plan-new");
    await planForm.getByTestId("plan-submit").click();
    await expectStatus(page, "Progetto personalizzato creato.");
    await eventually(() => currentText(planSection.getByTestId("plan-status"))).toMatch(/^Bozza/);

    // approve (or submit, where the organisation wants a coordinator's approval)
    const decide = planSection.getByTestId("plan-decide");
    const decision = await textOf(decide);
    expect(["Approva questa versione", "Invia al coordinatore per l'approvazione"]).toContain(decision);
    await decide.click();
    await expectStatus(
      page,
      decision === "Approva questa versione"
        ? "Versione del progetto approvata."
        : "Progetto inviato al coordinatore per l'approvazione.",
    );

    // the beneficiary's agreement, explained in Arabic
    await planSection.getByTestId("plan-agreement").click();
    const agreement = planSection.getByTestId("plan-agreement-form");
    await agreement
      .getByLabel("Lingua in cui è stato spiegato e firmato", { exact: true })
      .selectOption({ value: "ara" });
    await agreement.getByTestId("plan-agreement-submit").click();
    await expectStatus(page, "Adesione del beneficiario registrata.");
    await eventually(() =>
      currentText(planSection.getByTestId("plan-version-1").locator("dd").nth(3)),
    ).toMatch(/^Firmato il .+, in arabo$/);

    // where the Comune wants a coordinator's approval, the coordinator approves (through the API:
    // the approval dialog is the case-lifecycle journey's)
    if (decision !== "Approva questa versione") {
      const coordinator = await apiSession(server.baseUrl, "coordinatore.palermo", false);
      const approvals = (await coordinator.get("/api/v1/approvals?limit=200")).items as {
        id: string;
        caseId: string;
        kind: string;
      }[];
      const request = approvals.find((item) => item.caseId === openCase.id && item.kind === "plan_version");
      expect(request, "the plan's approval request").toBeDefined();
      await coordinator.post(`/api/v1/approvals/${request?.id}/decision`, { decision: "approved" }, 200);
      await page.reload();
      await eventually(() => currentText(page.getByTestId("plan-status"))).toMatch(/^In vigore/);
    }

    // a change to the approved, signed version makes version 2; version 1 stays readable
    {
      await planSection.getByTestId("plan-edit").click();
      const edit = planSection.getByTestId("plan-form");
      await edit.getByText(/si crea una nuova versione/).waitFor();
      await edit
        .getByTestId("plan-goal-1")
        .getByLabel("Obiettivo", { exact: true })
        .fill("Lavoro: tirocinio di sei mesi");
      await edit.getByLabel("Nota sulla modifica", { exact: true }).fill("Obiettivo sul lavoro più preciso");
      await edit.getByTestId("plan-submit").click();
      await expectStatus(page, "Progetto salvato come versione 2.");
      await eventually(
        async () => (await tableRows(planSection.getByTestId("plan-versions-table"))).length,
      ).toBe(2);
      await planSection.getByTestId("plan-version-open-1").click();
      await planSection.getByRole("heading", { name: "Versione 1 (sola lettura)" }).waitFor();
      expect(await textOf(planSection.locator("#plan-version-read"))).toContain(
        "Lavoro: ridurre il bisogno (livello attuale 2)",
      );
    }
    // an action's progress is recorded without a new version
    await planSection.getByTestId("plan-action-status").first().selectOption({ label: "In corso" });
    await expectStatus(page, "Stato dell'azione aggiornato: In corso.");
    await eventually(() => currentText(planSection.getByTestId("plan-status"))).toContain(
      "Versione attuale: 2",
    );

    // the summary PDF in the beneficiary's language
    await planSection
      .getByTestId("plan-pdf")
      .getByLabel("Lingua della sintesi", { exact: true })
      .selectOption("ar");
    const pdfHref = (await planSection.getByTestId("plan-pdf-link").getAttribute("href")) ?? "";
    expect(pdfHref).toMatch(
      new RegExp(`^/api/v1/cases/${openCase.id}/plan\\.pdf\\?lang=ar&planId=[0-9a-f-]{36}$`),
    );
    const pdf = await page.request.get(pdfHref);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await checkPage(page, "plan");
    await screenshot(page, "73-plan");

    // ── a service on a phone: type found by search, date and people already there ──
    await page.setViewportSize({ width: 390, height: 844 });
    const quick = page.getByTestId("service-form");
    await quick.scrollIntoViewIfNeeded();
    await quick.getByLabel("Cerca il tipo di intervento", { exact: true }).fill("legale");
    await tick(quick.getByRole("radio", { name: "Consulenza legale", exact: true }));
    // the type's usual duration is proposed
    expect(await quick.getByLabel("Durata (minuti)", { exact: true }).inputValue()).toBe("60");
    const people = quick.getByRole("group", { name: "Persone", exact: true });
    expect(await people.getByLabel("Grace Okafor", { exact: true }).isChecked()).toBe(true);
    expect(await people.getByLabel("Daniel Okafor", { exact: true }).isChecked()).toBe(true);
    await people.getByLabel("Daniel Okafor", { exact: true }).uncheck({ force: true });
    // nothing wider than the phone: wide tables scroll inside their own focusable regions
    expect(await page.evaluate(() => document.body.getBoundingClientRect().width)).toBeLessThanOrEqual(390);
    await checkPage(page, "record a service (phone)");
    await screenshot(page, "74-service-phone");
    // a double tap records the service once
    await quick.getByTestId("service-submit").dblclick();
    await expectStatus(page, "Intervento registrato: Consulenza legale.");
    const services = page.getByTestId("services-table");
    await eventually(async () => (await tableRows(services)).map((row) => row.slice(1, 3))).toEqual([
      ["Consulenza legale", "Grace Okafor"],
    ]);
    expect(servicePosts.length).toBeGreaterThanOrEqual(1);
    expect(new Set(servicePosts).size).toBe(1);
    await page.setViewportSize({ width: 1280, height: 900 });

    // recorded by mistake: voided with a reason, still listed
    await services.getByTestId("service-void").click();
    const voidForm = page.getByTestId("service-void-form");
    await voidForm
      .getByLabel("Motivo dell'annullamento", { exact: true })
      .fill("Registrato sul caso sbagliato");
    await voidForm.getByTestId("service-void-submit").click();
    await expectStatus(page, "Intervento annullato.");
    await eventually(() => currentText(services.getByTestId("service-row").first().locator("th"))).toBe(
      "Consulenza legale Annullato\nMotivo dell'annullamento: Registrato sul caso sbagliato",
    );

    // ── a note only the case manager reads ──
    const notes = page.getByTestId("case-notes");
    await notes.getByTestId("note-new").click();
    const noteForm = notes.getByTestId("note-form");
    await noteForm
      .getByLabel("Testo della nota", { exact: true })
      .fill("La signora chiede di non essere chiamata di mattina.");
    await tick(noteForm.getByRole("radio", { name: "Solo case manager", exact: true }));
    await noteForm.getByTestId("note-submit").click();
    await expectStatus(page, "Nota aggiunta.");
    await eventually(() =>
      currentText(notes.getByTestId("note-item").first().locator(".badge").first()),
    ).toBe("Solo case manager");
    // "correggi": a correction note; the original stays, marked as corrected
    await notes.getByTestId("note-correct").first().click();
    const correction = notes.getByTestId("note-correction-form");
    await correction
      .getByLabel("Testo corretto", { exact: true })
      .fill("La signora chiede di non essere chiamata prima delle 11.");
    await correction.getByTestId("note-correction-submit").click();
    await expectStatus(page, "Correzione registrata.");
    const items = notes.getByTestId("note-item");
    await eventually(async () => (await items.locator("p:first-child").allInnerTexts()).length).toBe(2);
    expect(await textOf(items.nth(0).locator("p").first())).toMatch(/^Solo case manager .+ Correzione$/);
    expect(await textOf(items.nth(1).locator("p").first())).toMatch(/^Solo case manager .+ Corretta$/);
    await checkPage(page, "case page with assessment, plan, service and note");
    await screenshot(page, "75-case-sections");
  });
  it("an administrator adds a service type with its translations and CISIS code, then deactivates it", async () => {
    const page = await openPage(browser, server.baseUrl);
    await signIn(page, "admin", { withTotp: true });
    await page
      .getByRole("navigation", { name: "Sezioni" })
      .getByRole("link", { name: "Cataloghi", exact: true })
      .click();
    await expectTitle(page, "Cataloghi");
    expect(await page.getByTestId("catalogue-kind").inputValue()).toBe("service_type");
    const table = page.getByTestId("catalogue-table");
    await eventually(async () => (await tableRows(table)).length).toBeGreaterThan(5);
    await checkPage(page, "catalogues (service types)");

    // a new entry: the Italian label is required, the CISIS code checked, in the browser
    await page.getByTestId("catalogue-new").click();
    const create = page.getByTestId("catalogue-create-form");
    await create.getByLabel("Codice", { exact: true }).fill("sportello_casa");
    await create.getByLabel("Codice CISIS", { exact: true }).fill("casa");
    await create.getByTestId("catalogue-create-form-submit").click();
    await eventually(async () => (await create.getByTestId("field-error").allInnerTexts()).length).toBe(2);
    await checkPage(page, "new catalogue entry, errors");
    await create.getByLabel("Italiano", { exact: true }).fill("Sportello casa");
    await create.getByLabel("Inglese", { exact: true }).fill("Housing desk");
    await create.getByLabel("Arabo", { exact: true }).fill("مكتب السكن");
    await create.getByLabel("Codice CISIS", { exact: true }).fill("A2.01");
    await create.getByLabel("Durata predefinita (minuti)", { exact: true }).fill("30");
    await create.getByTestId("catalogue-create-form-submit").click();
    await expectStatus(page, "Voce sportello_casa aggiunta.");
    const row = page.getByTestId("catalogue-row-sportello_casa");
    await eventually(async () =>
      (await row.locator("th, td").allInnerTexts()).map((cell) => cell.trim()).slice(0, 4),
    ).toEqual(["sportello_casa", "Sportello casa", "Housing desk", "A2.01"]);
    await screenshot(page, "76-catalogue-created");

    // deactivated, never deleted
    await page.getByTestId("catalogue-edit-sportello_casa").click();
    const edit = page.getByTestId("catalogue-edit-form");
    expect(await edit.getByLabel("Arabo", { exact: true }).inputValue()).toBe("مكتب السكن");
    await edit.getByLabel("Voce in uso", { exact: true }).uncheck({ force: true });
    await checkPage(page, "edit catalogue entry");
    await edit.getByTestId("catalogue-edit-form-submit").click();
    await expectStatus(page, "Voce sportello_casa aggiornata.");
    await eventually(async () =>
      (await row.locator("td").allInnerTexts()).map((cell) => cell.trim()),
    ).toContain("Non attivo");

    // the assessment domains carry the definition of each need level
    await page.getByTestId("catalogue-kind").selectOption("assessment_domain");
    await page.getByTestId("catalogue-edit-housing").click();
    const domain = page.getByTestId("catalogue-edit-form");
    const level3 = domain.getByRole("group", { name: "Definizione del livello 3", exact: true });
    expect(await level3.getByLabel("Italiano", { exact: true }).inputValue()).toBe(
      "Senza dimora o in emergenza abitativa",
    );
    await checkPage(page, "edit an assessment domain");
    await screenshot(page, "77-catalogue-domain");
  });
});
