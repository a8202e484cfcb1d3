// Journey: the language switcher in the header, before and after signing in (operatore.palermo, no
// TOTP): the page turns English (headings, labels, navigation, <html lang>), the choice is kept on
// the device across reloads and beats the profile's language, and Italian comes back.
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkPage, closePages, launchBrowser, openPage, screenshot } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { DEMO_PASSWORD, eventually, expectTitle, navLinks, textOf } from "./support/ui.ts";

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

const htmlLang = () => page.locator("html").getAttribute("lang");
const pressed = (language: "it" | "en") =>
  page.getByTestId(`language-${language}`).getAttribute("aria-pressed");

async function switchTo(language: "it" | "en"): Promise<void> {
  await page.getByRole("button", { name: language === "it" ? "Italiano" : "English", exact: true }).click();
  await eventually(htmlLang).toBe(language);
  expect(await pressed(language)).toBe("true");
  expect(await pressed(language === "it" ? "en" : "it")).toBe("false");
}

// generous for busy CI machines; on an idle one each journey takes a few seconds
describe("language switcher", { timeout: 120_000 }, () => {
  it("switches the sign-in page and the signed-in app to English and back, and remembers the choice", async () => {
    page = await openPage(browser, server.baseUrl);
    await page.goto("/");
    await expectTitle(page, "Accedi ad Approdo");
    expect(await htmlLang()).toBe("it");
    expect(await pressed("it")).toBe("true");
    // each button names its language in that language
    expect(await page.getByTestId("language-en").getAttribute("lang")).toBe("en");

    // before signing in
    await switchTo("en");
    await expectTitle(page, "Sign in to Approdo");
    expect(await page.title()).toContain("Sign in to Approdo");
    await page.getByLabel("Username", { exact: true }).waitFor();
    expect(await textOf(page.getByRole("button", { name: "Sign in", exact: true }))).toBe("Sign in");
    await checkPage(page, "sign-in (English)");
    await screenshot(page, "20-sign-in-en");

    await page.reload();
    await expectTitle(page, "Sign in to Approdo");
    expect(await htmlLang()).toBe("en");

    // signing in, in English: the device's choice wins over the profile's language (Italian)
    await page.getByLabel("Username", { exact: true }).fill("operatore.palermo");
    await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expectTitle(page, "Welcome");
    expect(await htmlLang()).toBe("en");
    expect(await textOf(page.locator("main .lead"))).toBe(
      "Hello Giulia Operatrice (demo), you are signed in for Comune di Palermo.",
    );
    const englishNav = await navLinks(page);
    expect(englishNav).toEqual(expect.arrayContaining(["Home", "My account"]));
    expect(englishNav).not.toContain("Il mio account");
    expect(await textOf(page.getByTestId("demo-banner"))).toContain("Demo environment");
    expect(await textOf(page.getByTestId("sign-out"))).toBe("Sign out");
    await checkPage(page, "home (English)");
    await screenshot(page, "21-home-en");

    await page
      .getByRole("navigation", { name: "Sections" })
      .getByRole("link", { name: "My account" })
      .click();
    await expectTitle(page, "My account");
    await checkPage(page, "account (English)");
    await screenshot(page, "22-account-en");

    await page.reload();
    await expectTitle(page, "My account");
    expect(await htmlLang()).toBe("en");

    // back to Italian, on the same page, and it sticks too
    await switchTo("it");
    await expectTitle(page, "Il mio account");
    const italianNav = await navLinks(page);
    expect(italianNav).toHaveLength(englishNav.length);
    expect(italianNav).toEqual(expect.arrayContaining(["Home", "Il mio account"]));
    expect(italianNav).not.toContain("My account");
    expect(await textOf(page.getByTestId("demo-banner"))).toContain("Ambiente dimostrativo");
    await checkPage(page, "account (Italian)");
    await page.reload();
    await expectTitle(page, "Il mio account");
    expect(await htmlLang()).toBe("it");
    await page.getByRole("navigation", { name: "Sezioni" }).getByRole("link", { name: "Home" }).click();
    await expectTitle(page, "Benvenuto");
    expect(await textOf(page.locator("main .lead"))).toBe(
      "Ciao Giulia Operatrice (demo), hai effettuato l'accesso per Comune di Palermo.",
    );
    await checkPage(page, "home (Italian again)");
  });
});
