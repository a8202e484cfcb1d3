// Journey: a case manager of the Comune di Palermo (assistente.palermo, with TOTP) lands on "Il mio
// lavoro", finds a fictional household, opens a case for it ("Apri presa in carico"), moves it
// referred → assessment → active → monitoring (the control offers only the state machine's next
// states), and asks to close it with an outcome: the Comune requires a coordinator's approval, so the
// case waits. She signs out; the coordinator (coordinatore.palermo) signs in, finds the request on
// his worklist, approves it in a dialog; the case shows closed with the outcome, and the timeline has
// the closure with its outcome. On the way she records an assessment, a plan and a service (the
// sections of engineer WEB-PLAN). Every page is checked with axe-core and for untranslated keys.
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkPage, closePages, launchBrowser, openPage, screenshot } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { currentText, DEMO_PASSWORD, eventually, expectTitle, signIn, textOf } from "./support/ui.ts";

let server: RunningServer;
let browser: Browser;

const mediator = "Amina Mediatrice (demo)";

/** A fictional household registered for this journey only (no demo case can exist for it). */
const householdLabel = "Nucleo Quispe Mamani";

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await registerHousehold(server.baseUrl);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach((context) => closePages(context));

/** Registers two people and their household through the API, as the Comune di Palermo's desk operator. */
async function registerHousehold(baseUrl: string): Promise<void> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "operatore.palermo", password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const post = async (path: string, body: unknown): Promise<{ id: string }> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: cookie, "X-CSRF-Token": csrfToken },
      body: JSON.stringify(body),
    });
    expect(response.status, `${path}: ${await response.clone().text()}`).toBe(201);
    return (await response.json()) as { id: string };
  };
  const rosa = await post("/api/v1/people", {
    givenName: "Rosa",
    familyName: "Quispe Mamani",
    sex: "female",
    birthYear: 1988,
    citizenship: "PE",
  });
  const luz = await post("/api/v1/people", {
    givenName: "Luz",
    familyName: "Quispe Mamani",
    sex: "female",
    birthYear: new Date().getFullYear() - 9,
    citizenship: "PE",
  });
  await post("/api/v1/households", {
    label: householdLabel,
    members: [
      { personId: rosa.id, relation: "reference_person" },
      { personId: luz.id, relation: "child" },
    ],
  });
}

/** Bootstrap Italia draws radios and checkboxes on their labels: check the input itself. */
async function tick(control: Locator): Promise<void> {
  await control.check({ force: true });
}

/** The labels of a select's options, without the empty "Seleziona…" one. */
async function optionLabels(select: Locator): Promise<string[]> {
  const labels = await select.locator("option").allInnerTexts();
  return labels.map((label) => label.trim()).filter((label) => label !== "Seleziona…");
}

/** Moves the case with the transition control and waits for the page to say so. */
async function moveTo(page: Page, option: string, reason: string, expectedStatus: string): Promise<void> {
  const form = page.getByTestId("transition-form");
  await form.getByLabel("Nuovo stato", { exact: true }).selectOption({ label: option });
  await form.getByLabel("Motivo", { exact: true }).fill(reason);
  await form.getByTestId("transition-submit").click();
  await eventually(() => currentText(page.getByTestId("status-message"))).toBe(expectedStatus);
}

// generous for busy CI machines; on an idle one the journey takes well under a minute
describe("case lifecycle", { timeout: 240_000 }, () => {
  it("a case manager takes a household from first contact to a closure request; the coordinator approves it", async () => {
    const page = await openPage(browser, server.baseUrl);

    // ── the case manager lands on her worklist ──
    await signIn(page, "assistente.palermo", { withTotp: true, landing: "Il mio lavoro" });
    expect(new URL(page.url()).pathname).toBe("/worklist");
    await page.getByTestId("worklist-cases-table").waitFor();
    await checkPage(page, "worklist (case manager)");
    await screenshot(page, "60-worklist-case-manager");

    // ── finds the household ──
    const nav = page.getByRole("navigation", { name: "Sezioni" });
    await nav.getByRole("link", { name: "Nuclei familiari", exact: true }).click();
    await expectTitle(page, "Nuclei familiari");
    await page.getByLabel("Cerca per nome del nucleo", { exact: true }).fill("Quispe");
    await page.getByTestId("list-search").getByRole("button", { name: "Cerca" }).click();
    await page.getByRole("link", { name: householdLabel, exact: true }).click();
    await expectTitle(page, householdLabel);
    await checkPage(page, "household page");

    // ── opens a case for it ──
    const openButton = page.getByTestId("case-open");
    expect(await textOf(openButton)).toBe("Apri presa in carico");
    await openButton.click();
    const openForm = page.getByTestId("case-open-form");
    await openForm.waitFor();
    expect(await openForm.getByLabel("Origine", { exact: true }).inputValue()).toBe("walk_in");
    await openForm
      .getByLabel("Sintesi", { exact: true })
      .fill("Madre sola con una figlia di 9 anni: cerca casa e lavoro, iscrizione scolastica da fare.");
    await checkPage(page, "open a case");
    await screenshot(page, "61-open-case");
    await openForm.getByTestId("case-open-submit").click();
    const h1 = page.getByRole("heading", { level: 1 });
    await eventually(() => currentText(h1)).toMatch(/^Presa in carico \S+$/);
    const reference = (await textOf(h1)).replace("Presa in carico ", "").trim();
    expect(page.url()).toMatch(/\/cases\/[0-9a-f-]{36}$/);
    const casePath = new URL(page.url()).pathname;
    expect(await textOf(page.getByTestId("status-message"))).toBe(`Presa in carico aperta: ${reference}.`);
    expect(await textOf(page.getByTestId("case-state"))).toBe("Segnalato / primo contatto");
    expect(await textOf(page.getByTestId("case-subject"))).toBe(householdLabel);
    await checkPage(page, "case page (referred)");
    await screenshot(page, "62-case-referred");

    // ── the team: the cultural mediator joins, from the candidates the server offers ──
    const team = page.getByTestId("case-team");
    await team.getByTestId("team-add").click();
    const teamForm = team.getByTestId("team-add-form");
    await teamForm
      .getByLabel("Operatore", { exact: true })
      .selectOption({ label: `${mediator} — Comune di Palermo` });
    await teamForm
      .getByLabel("Ruolo nell'équipe", { exact: true })
      .selectOption({ label: "Mediatore/mediatrice culturale" });
    await teamForm.getByRole("button", { name: "Aggiungi all'équipe" }).click();
    await eventually(() => currentText(page.getByTestId("status-message"))).toBe(
      `${mediator} aggiunto/a all'équipe.`,
    );
    const teamRows = team.getByTestId("team-table").locator("tbody tr");
    await eventually(() => teamRows.count()).toBe(2);
    expect(await textOf(teamRows.nth(1))).toContain("Mediatore/mediatrice culturale");
    await checkPage(page, "case page (team)");

    // ── referred → assessment → active → monitoring, only the allowed moves on offer ──
    const to = page.getByTestId("transition-form").getByLabel("Nuovo stato", { exact: true });
    expect(await optionLabels(to)).toEqual(["Valutazione", "Chiudi la presa in carico"]);
    await moveTo(
      page,
      "Valutazione",
      "Primo colloquio fissato con la mediatrice.",
      "Stato aggiornato: Valutazione.",
    );
    await eventually(() => currentText(page.getByTestId("case-state"))).toBe("Valutazione");
    expect(await optionLabels(to)).toEqual(["Presa in carico attiva", "Chiudi la presa in carico"]);

    // the assessment (engineer WEB-PLAN's section): two domains with their need level
    const assessment = page.getByTestId("case-assessment");
    await assessment.getByTestId("assessment-toggle").click();
    const assessmentForm = assessment.getByTestId("assessment-form");
    await assessmentForm.waitFor();
    const housing = assessmentForm.getByRole("group", { name: "Abitare", exact: true });
    await tick(housing.getByRole("radio", { name: "3 — Bisogno elevato", exact: true }));
    await housing.getByLabel("Note", { exact: true }).fill("Ospiti di una parrocchia, senza contratto.");
    const work = assessmentForm.getByRole("group", { name: "Lavoro", exact: true });
    await tick(work.getByRole("radio", { name: "2 — Bisogno medio", exact: true }));
    await assessmentForm.getByTestId("assessment-submit").click();
    await eventually(() => currentText(page.getByTestId("status-message"))).toBe("Valutazione registrata.");
    await assessment.getByTestId("assessment-progress-table").waitFor();

    await moveTo(
      page,
      "Presa in carico attiva",
      "Valutazione completata, progetto concordato.",
      "Stato aggiornato: Presa in carico attiva.",
    );
    await eventually(() => currentText(page.getByTestId("case-state"))).toBe("Presa in carico attiva");
    expect(await optionLabels(to)).toEqual([
      "Torna a Valutazione",
      "Monitoraggio",
      "Chiudi la presa in carico",
    ]);

    // the personalised plan (WEB-PLAN's section): goals proposed from the assessment, kept as a draft
    const planSection = page.getByTestId("case-plan");
    await planSection.getByTestId("plan-new").click();
    const planForm = planSection.getByTestId("plan-form");
    await planForm.waitFor();
    await planForm.getByLabel("Data di revisione del progetto", { exact: true }).fill("2030-09-30");
    await planForm.getByTestId("plan-submit").click();
    await eventually(() => currentText(page.getByTestId("status-message"))).toBe(
      "Progetto personalizzato creato.",
    );

    // a service delivered (WEB-PLAN's section): legal advice, for the whole household
    const quick = page.getByTestId("service-form");
    await quick.getByLabel("Cerca il tipo di intervento", { exact: true }).fill("legale");
    await tick(quick.getByRole("radio", { name: "Consulenza legale", exact: true }));
    await quick.getByTestId("service-submit").click();
    await eventually(() => currentText(page.getByTestId("status-message"))).toBe(
      "Intervento registrato: Consulenza legale.",
    );
    await checkPage(page, "case page (active, with assessment, plan and service)");
    await screenshot(page, "62b-case-active");

    await moveTo(page, "Monitoraggio", "Casa e lavoro trovati.", "Stato aggiornato: Monitoraggio.");
    await eventually(() => currentText(page.getByTestId("case-state"))).toBe("Monitoraggio");
    await checkPage(page, "case page (monitoring)");

    // ── asks to close with an outcome: the Comune requires approval ──
    const transition = page.getByTestId("transition-form");
    await to.selectOption({ label: "Chiudi la presa in carico" });
    const outcome = transition.getByLabel("Esito della chiusura", { exact: true });
    await outcome.waitFor();
    // the reason and the outcome are required: stopped in the browser, in Italian
    await transition.getByTestId("transition-submit").click();
    await eventually(() => currentText(page.locator("#case-transition-outcome-error"))).toBe(
      "Campo obbligatorio.",
    );
    await outcome.selectOption({ label: "Autonomia raggiunta" });
    await transition
      .getByLabel("Motivo", { exact: true })
      .fill("Percorso concluso: autonomia abitativa e lavorativa.");
    expect(await textOf(transition.getByTestId("transition-submit"))).toBe("Chiedi la chiusura");
    await checkPage(page, "case page (closure form)");
    await transition.getByTestId("transition-submit").click();
    await eventually(() => currentText(page.getByTestId("status-message"))).toBe(
      "Richiesta di chiusura inviata: in attesa di approvazione del coordinatore.",
    );
    await page.getByTestId("pending-approval-banner").waitFor();
    expect(await textOf(page.getByTestId("case-state"))).toBe("Monitoraggio");
    expect(await page.getByTestId("transition-form").count()).toBe(0);
    await checkPage(page, "case page (closure pending)");
    await screenshot(page, "63-case-closure-pending");

    // ── signs out ──
    await page.getByRole("button", { name: "Esci", exact: true }).click();
    await expectTitle(page, "Accedi ad Approdo");

    // ── the coordinator approves from his worklist ──
    await signIn(page, "coordinatore.palermo", { landing: "Il mio lavoro" });
    const approvals = page.getByTestId("approvals-list");
    const request = approvals
      .getByTestId("approval-item")
      .filter({ hasText: reference })
      .filter({ hasText: "Richiesta di chiusura" });
    await request.waitFor();
    expect(await textOf(request)).toContain("Richiesta di chiusura con esito «Autonomia raggiunta».");
    await checkPage(page, "worklist (coordinator)");
    await screenshot(page, "64-worklist-coordinator");

    const approveButton = request.getByTestId("approval-approve");
    await approveButton.click();
    const dialog = page.getByRole("dialog", { name: `Decisione sulla richiesta ${reference}` });
    await dialog.waitFor();
    // focus moved into the dialog, on the decision
    await eventually(() =>
      page.evaluate(() => document.activeElement?.closest("dialog")?.hasAttribute("open") ?? false),
    ).toBe(true);
    expect(await dialog.getByLabel("Approva", { exact: true }).isChecked()).toBe(true);
    // rejecting needs a note
    // (Bootstrap Italia draws the radio on its label, which is what a user clicks)
    await dialog.locator('label[for="approval-decision-rejected"]').click();
    await dialog.getByTestId("approval-submit").click();
    await eventually(() => currentText(dialog.locator("#approval-note-error"))).toBe(
      "Per rifiutare scrivi una nota che spieghi il motivo.",
    );
    await checkPage(page, "approval dialog");
    await screenshot(page, "65-approval-dialog");
    await dialog.locator('label[for="approval-decision-approved"]').click();
    await dialog.getByTestId("approval-submit").click();
    await eventually(() => currentText(page.getByTestId("status-message"))).toBe(
      `Richiesta approvata: ${reference}.`,
    );
    await eventually(() => dialog.isVisible()).toBe(false);
    await eventually(() => request.count()).toBe(0);
    await checkPage(page, "worklist after approval");

    // ── the case is closed, with the outcome, and the timeline says so ──
    await page.goto(casePath);
    await expectTitle(page, `Presa in carico ${reference}`);
    await eventually(() => currentText(page.getByTestId("case-state"))).toBe("Chiuso");
    expect(await textOf(page.getByTestId("case-outcome"))).toBe("Autonomia raggiunta");
    expect(await page.getByTestId("pending-approval-banner").count()).toBe(0);
    const entries = page.getByTestId("timeline-entry");
    await eventually(async () => (await entries.count()) >= 4).toBe(true);
    const newest = await textOf(entries.first());
    expect(newest).toContain("Cambio di stato");
    expect(newest).toContain("Da «Monitoraggio» a «Chiuso» — esito: Autonomia raggiunta");
    // the assessment, the plan version and the service are in the timeline too
    const kinds = (await entries.locator("strong").allInnerTexts()).map((kind) => kind.trim());
    expect(kinds).toEqual(
      expect.arrayContaining(["Cambio di stato", "Valutazione", "Versione del progetto", "Servizio erogato"]),
    );
    // closed: the control offers only reopening
    expect(
      await optionLabels(page.getByTestId("transition-form").getByLabel("Nuovo stato", { exact: true })),
    ).toEqual(["Riapri in Valutazione"]);
    await checkPage(page, "case page (closed)");
    await screenshot(page, "66-case-closed");

    // ── the coordinator's other views ──
    await nav.getByRole("link", { name: "Carichi di lavoro", exact: true }).click();
    await expectTitle(page, "Carichi di lavoro");
    const byState = page.getByTestId("caseload-by-state-table");
    await byState.waitFor();
    // the demo's cases and this one: some closed (the table beside the chart gives the figures)
    const closedCount = await textOf(byState.getByRole("row", { name: /^Chiuso/ }).locator("td"));
    expect(Number(closedCount)).toBeGreaterThanOrEqual(1);
    await checkPage(page, "caseload");
    await screenshot(page, "67-caseload");
    await nav.getByRole("link", { name: "Prese in carico", exact: true }).click();
    await expectTitle(page, "Prese in carico");
    await page.getByTestId("cases-table").waitFor();
    await checkPage(page, "cases list");

    // ── on a phone: the case page reflows and stays accessible ──
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(casePath);
    await expectTitle(page, `Presa in carico ${reference}`);
    await page.getByTestId("timeline-entry").first().waitFor();
    // nothing wider than the screen (tables scroll inside their own region)
    const overflowing = await page.evaluate(() =>
      Array.from(document.querySelectorAll("main *"))
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((el) => !el.closest(".table-responsive, [role=region]"))
        .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}`.slice(0, 120))
        .slice(0, 10),
    );
    expect(overflowing).toEqual([]);
    await checkPage(page, "case page (phone)");
    await screenshot(page, "68-case-phone");
  });
});
