// Journey: an administrator creates an operator of the Comune di Palermo through the users pages
// (bad input first: nothing is created), finds them in the list and renames them twice (the form
// sends the version it loaded); the new operator then signs in and sees only their own sections.
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkPage, closePages, launchBrowser, openPage, screenshot } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { currentText, eventually, expectTitle, navLinks, signIn, textOf } from "./support/ui.ts";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach((context) => closePages(context));

const newPage = (): Promise<Page> => openPage(browser, server.baseUrl);

const newUser = {
  username: "mario.rossi",
  displayName: "Mario Rossi",
  password: "una frase lunga e segreta",
};

/** The users list's search: fills the box and waits for the list request it triggers. */
async function searchUsers(page: Page, q: string): Promise<void> {
  await page.getByLabel("Cerca per nome utente o nome", { exact: true }).fill(q);
  await Promise.all([
    page.waitForResponse((r) => r.url().includes("/api/v1/users?") && r.url().includes(`q=${q}`)),
    page.getByRole("button", { name: "Cerca", exact: true }).click(),
  ]);
}

/** The text of each cell of the users table's body rows. */
async function userRows(page: Page): Promise<string[][]> {
  const rows = page.getByTestId("users-table").locator("tbody tr");
  const out: string[][] = [];
  for (const row of await rows.all())
    out.push((await row.locator("th, td").allInnerTexts()).map((cell) => cell.trim()));
  return out;
}

// generous for busy CI machines; on an idle one each journey takes a few seconds
describe("user administration", { timeout: 120_000 }, () => {
  it("admin creates an operator, finds and renames them; the operator signs in and sees only their sections", async () => {
    const admin = await newPage();
    const userWrites: string[] = [];
    admin.on("request", (request) => {
      if (request.url().includes("/api/v1/users") && request.method() !== "GET")
        userWrites.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    await signIn(admin, "admin", { withTotp: true });

    // the list, reached from the navigation
    await admin.getByRole("navigation", { name: "Sezioni" }).getByRole("link", { name: "Utenti" }).click();
    await expectTitle(admin, "Utenti");
    expect(admin.url()).toBe(`${server.baseUrl}/admin/users`);
    await eventually(async () => (await userRows(admin)).length).toBeGreaterThanOrEqual(10);
    expect((await userRows(admin)).map((cells) => cells[0])).toContain("operatore.palermo");
    await checkPage(admin, "users list");
    await screenshot(admin, "10-users-list");

    // the create form
    await admin.getByRole("link", { name: "Nuovo utente", exact: true }).click();
    await expectTitle(admin, "Nuovo utente");
    const form = admin.getByTestId("user-form");
    await form.getByLabel("Ente", { exact: true }).waitFor(); // the organisations are loaded
    await checkPage(admin, "new user form");

    // bad input: a username with capitals and spaces and a short password, stopped in the browser
    await form.getByLabel("Nome utente", { exact: true }).fill("Mario Rossi!");
    await form.getByLabel("Nome e cognome", { exact: true }).fill("Utente Sbagliato");
    await form.getByLabel("Password iniziale", { exact: true }).fill("corta");
    await form.getByLabel("Ente", { exact: true }).selectOption({ label: "Comune di Palermo" });
    await form.getByLabel("Operatore di sportello", { exact: true }).check({ force: true });
    await admin.getByTestId("user-submit").click();
    const usernameError = admin.locator("#user-username-error");
    await eventually(() => currentText(usernameError)).toBe(
      "Da 3 a 60 caratteri: lettere minuscole, cifre, punto, trattino basso o trattino.",
    );
    expect(await textOf(admin.locator("#user-password-error"))).toBe("Inserisci almeno 12 caratteri.");
    expect(await admin.getByTestId("field-error").count()).toBe(2);
    expect(await form.getByLabel("Nome utente", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await form.getByLabel("Password iniziale", { exact: true }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    await expectTitle(admin, "Nuovo utente");
    await checkPage(admin, "new user form with errors");
    await screenshot(admin, "11-user-create-errors");
    expect(userWrites).toEqual([]);

    // bad input the server refuses: a username already taken
    await form.getByLabel("Nome utente", { exact: true }).fill("operatore.palermo");
    await form.getByLabel("Password iniziale", { exact: true }).fill(newUser.password);
    await admin.getByTestId("user-submit").click();
    await eventually(() => currentText(admin.getByRole("alert"))).toBe(
      "Esiste già un elemento con questi dati.",
    );
    await expectTitle(admin, "Nuovo utente");
    expect(userWrites).toEqual(["POST /api/v1/users"]);

    // nothing was created
    await admin.getByRole("link", { name: "Torna all'elenco" }).click();
    await expectTitle(admin, "Utenti");
    await searchUsers(admin, "sbagliato");
    expect(await userRows(admin)).toEqual([["Nessun risultato."]]);

    // now right
    await admin.getByRole("link", { name: "Nuovo utente", exact: true }).click();
    await expectTitle(admin, "Nuovo utente");
    await form.getByLabel("Ente", { exact: true }).waitFor();
    await form.getByLabel("Nome utente", { exact: true }).fill(newUser.username);
    await form.getByLabel("Nome e cognome", { exact: true }).fill(newUser.displayName);
    await form.getByLabel("Password iniziale", { exact: true }).fill(newUser.password);
    await form.getByLabel("Ente", { exact: true }).selectOption({ label: "Comune di Palermo" });
    await form.getByLabel("Operatore di sportello", { exact: true }).check({ force: true });
    expect(await form.getByLabel("Lingua dell'interfaccia", { exact: true }).inputValue()).toBe("it");
    await admin.getByTestId("user-submit").click();

    await expectTitle(admin, "Modifica utente");
    expect(await textOf(admin.getByRole("status"))).toBe("Utente creato.");
    expect(await textOf(admin.getByRole("heading", { level: 2 }).first())).toBe("Mario Rossi (mario.rossi)");
    expect(admin.url()).toMatch(/\/admin\/users\/[0-9a-f-]{36}$/);
    const editUrl = admin.url();
    await checkPage(admin, "edit user");
    await screenshot(admin, "12-user-edit");

    // in the list
    await admin.getByRole("link", { name: "Torna all'elenco" }).click();
    await expectTitle(admin, "Utenti");
    await searchUsers(admin, "mario");
    expect(await userRows(admin)).toEqual([
      ["mario.rossi", "Mario Rossi", "Comune di Palermo", "Operatore di sportello", "Attivo"],
    ]);

    // rename twice in a row: each save sends the version of the record it has, so no conflict
    await admin.getByRole("link", { name: "mario.rossi", exact: true }).click();
    await expectTitle(admin, "Modifica utente");
    expect(admin.url()).toBe(editUrl);
    const displayName = admin.getByTestId("user-form").getByLabel("Nome e cognome", { exact: true });
    await eventually(() => displayName.inputValue()).toBe("Mario Rossi");
    await displayName.fill("Mario Rossi Bianchi");
    await admin.getByTestId("user-submit").click();
    await eventually(() => currentText(admin.getByRole("status"))).toBe("Modifiche salvate.");
    await eventually(() => currentText(admin.getByRole("heading", { level: 2 }).first())).toBe(
      "Mario Rossi Bianchi (mario.rossi)",
    );
    await displayName.fill("Mario Bianchi");
    await admin.getByTestId("user-submit").click();
    await eventually(() => currentText(admin.getByRole("heading", { level: 2 }).first())).toBe(
      "Mario Bianchi (mario.rossi)",
    );
    expect(await textOf(admin.getByRole("status"))).toBe("Modifiche salvate.");
    expect(await admin.getByRole("alert").count()).toBe(0);
    await checkPage(admin, "edit user after saving");

    await admin.getByRole("link", { name: "Torna all'elenco" }).click();
    await searchUsers(admin, "mario");
    expect(await userRows(admin)).toEqual([
      ["mario.rossi", "Mario Bianchi", "Comune di Palermo", "Operatore di sportello", "Attivo"],
    ]);
    expect(userWrites.filter((write) => write.startsWith("PATCH"))).toHaveLength(2);

    // the new operator, on another device
    const operator = await newPage();
    await signIn(operator, newUser.username, { password: newUser.password });
    expect(await textOf(operator.locator("main .lead"))).toBe(
      "Ciao Mario Bianchi, hai effettuato l'accesso per Comune di Palermo.",
    );
    expect(await textOf(operator.getByTestId("header-user"))).toContain("Mario Bianchi");
    // their own sections, none of the administration (people/households may come with the operator role)
    const operatorNav = await navLinks(operator);
    expect(operatorNav).toEqual(expect.arrayContaining(["Home", "Il mio account"]));
    for (const adminSection of ["Utenti", "Enti", "Progetti", "Punti di servizio", "Registro attività"])
      expect(operatorNav).not.toContain(adminSection);
    expect(await operator.getByRole("link", { name: "Utenti" }).count()).toBe(0);
    await checkPage(operator, "home (new operator)");
    await screenshot(operator, "13-home-new-operator");

    // an admin page opened by address is "not found" for them
    await operator.goto("/admin/users");
    await expectTitle(operator, "Pagina non trovata");
    await checkPage(operator, "not found (operator on /admin/users)");
    await operator.getByRole("link", { name: "Il mio account" }).click();
    await expectTitle(operator, "Il mio account");
    await checkPage(operator, "account (new operator)");
    await screenshot(operator, "14-account-new-operator");
  });
});
