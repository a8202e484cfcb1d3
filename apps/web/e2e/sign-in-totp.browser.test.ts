// Journey: an administrator signs in with password and a TOTP code (a wrong code first), lands on the
// home page of the demo instance and signs out; wrong passwords and a locked account are refused in Italian.
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  checkPage,
  closePages,
  launchBrowser,
  openPage,
  screenshot,
  totp,
  wrongTotp,
} from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { currentText, DEMO_PASSWORD, eventually, expectTitle, navLinks, textOf } from "./support/ui.ts";

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach((context) => closePages(context));

/** Fills and submits the password step; resolves with the error code the server answered (null: signed in). */
async function submitPassword(username: string, password: string): Promise<string | null> {
  await page.getByLabel("Nome utente", { exact: true }).fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/api/v1/auth/login") && r.request().method() === "POST"),
    page.getByRole("button", { name: "Accedi", exact: true }).click(),
  ]);
  if (response.ok()) return null;
  const body = (await response.json()) as { error?: { code?: string } };
  return body.error?.code ?? `HTTP ${response.status()}`;
}

// generous for busy CI machines; on an idle one each journey takes a few seconds
describe("sign-in with two-step verification", { timeout: 120_000 }, () => {
  it("admin: password, wrong code refused, right code → home of the demo instance; sign out → sign-in page", async () => {
    page = await openPage(browser, server.baseUrl);
    await page.goto("/");
    await expectTitle(page, "Accedi ad Approdo");
    expect(await page.title()).toContain("Accedi ad Approdo");
    expect(await page.locator("html").getAttribute("lang")).toBe("it");
    // no session yet: neither the navigation nor the demo banner (it comes with the profile)
    expect(await page.getByRole("navigation", { name: "Sezioni" }).count()).toBe(0);
    await checkPage(page, "sign-in");
    await screenshot(page, "01-sign-in");

    expect(await submitPassword("admin", DEMO_PASSWORD)).toBeNull();
    await expectTitle(page, "Verifica in due passaggi");
    const code = page.getByLabel("Codice di verifica", { exact: true });
    await eventually(() => code.evaluate((el) => el === document.activeElement)).toBe(true);
    await checkPage(page, "TOTP step");
    await screenshot(page, "02-totp-step");

    await code.fill(wrongTotp());
    await page.getByRole("button", { name: "Verifica", exact: true }).click();
    await eventually(() => currentText(page.getByRole("alert"))).toBe(
      "Il codice di verifica non è corretto o è scaduto.",
    );
    await expectTitle(page, "Verifica in due passaggi");
    await checkPage(page, "TOTP step, wrong code");
    await screenshot(page, "03-totp-wrong-code");

    await code.fill(await totp("admin"));
    await page.getByRole("button", { name: "Verifica", exact: true }).click();
    await expectTitle(page, "Benvenuto");
    expect(await textOf(page.getByTestId("header-user"))).toContain("Amministratore di sistema");
    expect(await textOf(page.locator("main .lead"))).toBe(
      "Ciao Amministratore di sistema, hai effettuato l'accesso per Ministero dell'Interno – Dipartimento per le Libertà Civili e l'Immigrazione.",
    );
    expect(await textOf(page.getByTestId("demo-banner"))).toContain("Ambiente dimostrativo");
    expect(await navLinks(page)).toEqual(
      expect.arrayContaining([
        "Home",
        "Enti",
        "Progetti",
        "Punti di servizio",
        "Utenti",
        "Registro attività",
      ]),
    );
    await checkPage(page, "home (admin)");
    await screenshot(page, "04-home-admin");

    // the session survives a reload (cookie), then signing out ends it
    await page.reload();
    await expectTitle(page, "Benvenuto");
    await page.getByRole("button", { name: "Esci", exact: true }).click();
    await expectTitle(page, "Accedi ad Approdo");
    expect(await textOf(page.getByRole("status"))).toBe("Sei uscito da Approdo.");
    expect(await page.getByTestId("header-user").count()).toBe(0);
    expect(await page.getByTestId("demo-banner").count()).toBe(0);
    await checkPage(page, "sign-in after sign-out");
    await page.reload();
    await expectTitle(page, "Accedi ad Approdo");
  });

  it("a wrong password or an unknown user gets the same Italian message, and no session", async () => {
    page = await openPage(browser, server.baseUrl);
    await page.goto("/");
    await expectTitle(page, "Accedi ad Approdo");

    expect(await submitPassword("admin", "not-the-password")).toBe("INVALID_CREDENTIALS");
    await eventually(() => currentText(page.getByRole("alert"))).toBe("Nome utente o password non corretti.");
    await expectTitle(page, "Accedi ad Approdo");
    await checkPage(page, "sign-in, wrong password");
    await screenshot(page, "05-sign-in-wrong-password");

    expect(await submitPassword("nessuno.qui", "not-the-password")).toBe("INVALID_CREDENTIALS");
    await eventually(() => currentText(page.getByRole("alert"))).toBe("Nome utente o password non corretti.");

    // a form left empty is stopped in the browser, with a message under each field
    await page.getByLabel("Nome utente", { exact: true }).fill("");
    await page.getByLabel("Password", { exact: true }).fill("");
    await page.getByRole("button", { name: "Accedi", exact: true }).click();
    await eventually(() => page.getByTestId("field-error").allInnerTexts()).toEqual([
      "Campo obbligatorio.",
      "Campo obbligatorio.",
    ]);
    expect(await page.getByLabel("Nome utente", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await checkPage(page, "sign-in, empty fields");

    await page.reload();
    await expectTitle(page, "Accedi ad Approdo");
  });

  it("five wrong passwords lock the account: the right password is then refused too", async () => {
    page = await openPage(browser, server.baseUrl);
    await page.goto("/");
    await expectTitle(page, "Accedi ad Approdo");
    const alert = page.getByRole("alert");
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await submitPassword("formazione", `wrong-password-${attempt}`)).toBe("INVALID_CREDENTIALS");
      await eventually(() => currentText(alert)).toBe("Nome utente o password non corretti.");
    }
    // the fifth failure locks the account for a minute
    expect(await submitPassword("formazione", "wrong-password-5")).toBe("ACCOUNT_LOCKED");
    await eventually(() => currentText(alert)).toBe(
      "Troppi tentativi non riusciti: l'accesso è temporaneamente bloccato. Riprova tra 1 minuto.",
    );
    await checkPage(page, "sign-in, account locked");
    await screenshot(page, "06-sign-in-locked");

    // while locked, even the right password is refused (the remaining time counts down)
    expect(await submitPassword("formazione", DEMO_PASSWORD)).toBe("ACCOUNT_LOCKED");
    await eventually(() => currentText(alert)).toMatch(
      /^Troppi tentativi non riusciti: l'accesso è temporaneamente bloccato\. Riprova tra (1 minuto|\d+ secondi)\.$/,
    );
    await expectTitle(page, "Accedi ad Approdo");
    expect(await page.getByTestId("header-user").count()).toBe(0);
  });
});
