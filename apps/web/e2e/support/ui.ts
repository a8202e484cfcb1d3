// Small waiting helpers on top of playwright-core (which has no auto-retrying assertions) and the
// Italian sign-in used by the journeys.
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { DEMO_PASSWORD } from "../../../server/src/modules/demo/index.ts";
import { totp, waitMs } from "./browser.ts";

export { DEMO_PASSWORD };

/** Retries an assertion until it holds: `await eventually(() => currentText(x)).toBe("…")`. */
export function eventually<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: waitMs, interval: 100 });
}

/**
 * The visible text of the one element the locator finds right now, or null if there is none: for
 * `eventually`, whose failure then shows what the page last had.
 */
export async function currentText(locator: Locator): Promise<string | null> {
  if ((await locator.count()) === 0) return null;
  // biome-ignore lint/performance/useDomNodeTextContent: what the user sees (rendered, whitespace collapsed)
  return (await locator.innerText({ timeout: 1_000 })).trim();
}

/** The visible text of the one element the locator finds, once it is there. */
export async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor();
  // biome-ignore lint/performance/useDomNodeTextContent: what the user sees (rendered, whitespace collapsed)
  return (await locator.innerText()).trim();
}

/** Waits until the page's h1 reads exactly `title`; returns the heading. */
export async function expectTitle(page: Page, title: string): Promise<Locator> {
  const h1 = page.getByRole("heading", { level: 1 });
  await eventually(() => currentText(h1)).toBe(title);
  return h1;
}

/** The links of the section navigation, in order. */
export async function navLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole("navigation", { name: /^(Sezioni|Sections)$/ });
  await nav.waitFor();
  return (await nav.getByRole("link").allInnerTexts()).map((text) => text.trim());
}

/**
 * Signs in through the Italian sign-in page (with the demo TOTP code when `withTotp`). `landing` is
 * the title of the first page: "Benvenuto", or "Il mio lavoro" for case-work roles.
 */
export async function signIn(
  page: Page,
  username: string,
  options: { password?: string; withTotp?: boolean; landing?: string } = {},
): Promise<void> {
  await page.goto("/");
  await expectTitle(page, "Accedi ad Approdo");
  await page.getByLabel("Nome utente", { exact: true }).fill(username);
  await page.getByLabel("Password", { exact: true }).fill(options.password ?? DEMO_PASSWORD);
  await page.getByRole("button", { name: "Accedi", exact: true }).click();
  if (options.withTotp) {
    await expectTitle(page, "Verifica in due passaggi");
    await page.getByLabel("Codice di verifica", { exact: true }).fill(await totp(username));
    await page.getByRole("button", { name: "Verifica", exact: true }).click();
  }
  await expectTitle(page, options.landing ?? "Benvenuto");
}
