// Chromium (Debian's, through playwright-core), pages with an Italian locale, the demo TOTP codes,
// accessibility checks with axe-core and screenshots.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { AxeResults, ImpactValue } from "axe-core";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect, type TestContext } from "vitest";
import { DEMO_TOTP_SECRET } from "../../../server/src/modules/demo/index.ts";
import { TOTP_PERIOD_SECONDS, totpCode, totpStep } from "../../../server/src/platform/security/totp.ts";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

/** How long an action or a wait may take: generous, for busy CI machines (a pass takes far less). */
export const waitMs = 20_000;

const pageErrors = new WeakMap<Page, string[]>();
const openPages = new Set<Page>();

/**
 * A page in a fresh context (its own cookies and localStorage, like another device), Italian locale,
 * relative URLs resolved against the server. Uncaught script errors are collected; `closePages`
 * (in afterEach) closes every page opened by the test and fails if any had such an error.
 */
export async function openPage(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: "it-IT",
    timezoneId: "Europe/Rome",
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(waitMs);
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on("pageerror", (error) => errors.push(error.stack ?? error.message));
  openPages.add(page);
  return page;
}

/**
 * For afterEach: closes the pages the test opened; if the test failed, first saves a screenshot of
 * each (`.screenshots/FAILED-<test>-<n>.png`) to see what the browser showed. Fails on uncaught
 * errors in any page.
 */
export async function closePages(context: TestContext): Promise<void> {
  const failed = context.task.result?.state === "fail";
  const slug = context.task.name.replace(/[^\w]+/g, "-").slice(0, 60);
  const errors: string[] = [];
  let n = 0;
  for (const page of [...openPages]) {
    openPages.delete(page);
    n += 1;
    if (failed) await screenshot(page, `FAILED-${slug}-${n}`).catch(() => undefined);
    errors.push(...(pageErrors.get(page) ?? []));
    await page.context().close();
  }
  expect(errors, "uncaught errors in the page").toEqual([]);
}

// ── TOTP ──────────────────────────────────────────────────────────────────────────────────────────

const periodMs = TOTP_PERIOD_SECONDS * 1000;
/** The last time step used per username, in this test file (each file has its own server). */
const usedSteps = new Map<string, number>();

/**
 * The current code of the demo TOTP secret. The server refuses a step already used (replay guard):
 * if an earlier sign-in of the same user used the current 30 s step, this gives the next step's
 * code (the server accepts one step of drift); if that one is used too, it waits for the next step.
 */
export async function totp(username = "admin", secret = DEMO_TOTP_SECRET): Promise<string> {
  for (;;) {
    const now = Date.now();
    const current = totpStep(now);
    const last = usedSteps.get(username);
    if (last === undefined || last < current) {
      usedSteps.set(username, current);
      return totpCode(secret, now);
    }
    if (last === current) {
      usedSteps.set(username, current + 1);
      return totpCode(secret, now + periodMs);
    }
    await new Promise((resolve) => setTimeout(resolve, periodMs - (now % periodMs) + 50));
  }
}

/** A well-formed code that no step the server accepts right now (or soon) matches. */
export function wrongTotp(secret = DEMO_TOTP_SECRET): string {
  const now = Date.now();
  const valid = new Set([-1, 0, 1, 2].map((offset) => totpCode(secret, now + offset * periodMs)));
  for (const candidate of ["000000", "111111", "222222", "333333", "444444"])
    if (!valid.has(candidate)) return candidate;
  throw new Error("unreachable: five candidates cannot all be valid codes");
}

// ── Accessibility ─────────────────────────────────────────────────────────────────────────────────

const axeScript = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const blockingImpacts: readonly ImpactValue[] = ["serious", "critical"];

interface Violation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now and fails on any
 * "serious" or "critical" violation, listing each with its elements.
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const hasAxe = await page.evaluate(() => "axe" in window);
  if (!hasAxe) await page.addScriptTag({ path: axeScript });
  const violations: Violation[] = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? undefined,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(" "),
        html: n.html,
        summary: n.failureSummary ?? "",
      })),
    }));
  });
  const blocking = violations.filter((v) => v.impact !== undefined && blockingImpacts.includes(v.impact));
  const report = blocking
    .map((v) =>
      [
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map(
          (n) => `    at ${n.target}\n      ${n.html}\n      ${n.summary.replace(/\n/g, "\n      ")}`,
        ),
      ].join("\n"),
    )
    .join("\n");
  expect(blocking.length, `accessibility violations on "${label}" (${page.url()}):\n${report}`).toBe(0);
}

// ── Untranslated text ─────────────────────────────────────────────────────────────────────────────

/** The dictionary's top-level groups (app, nav, auth…): a missing key shows up as e.g. "nav.people". */
const keyGroups = Object.keys(
  JSON.parse(readFileSync(new URL("../../src/i18n/it.json", import.meta.url), "utf8")) as object,
);
const rawKey = new RegExp(
  `(?<![\\w.@-])(?:${keyGroups.join("|")})\\.[A-Za-z][\\w]*(?:\\.[A-Za-z][\\w]*)*(?![\\w@-])`,
  "g",
);

/** Fails if the page shows a translation key instead of text (in its text, title or ARIA labels). */
export async function expectNoUntranslatedKeys(page: Page, label: string): Promise<void> {
  const texts = await page.evaluate(() => [
    document.title,
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with line breaks between blocks
    document.body.innerText,
    ...Array.from(document.querySelectorAll("[aria-label], [title], [placeholder]")).flatMap((el) =>
      ["aria-label", "title", "placeholder"].map((name) => el.getAttribute(name) ?? ""),
    ),
  ]);
  const found = [...new Set(texts.flatMap((text) => text.match(rawKey) ?? []))];
  expect(found, `untranslated keys on "${label}" (${page.url()})`).toEqual([]);
}

/** The checks every journey runs on every page it visits: no raw translation keys, no serious axe violation. */
export async function checkPage(page: Page, label: string): Promise<void> {
  await expectNoUntranslatedKeys(page, label);
  await checkA11y(page, label);
}

// ── Screenshots ───────────────────────────────────────────────────────────────────────────────────

const screenshotDir = fileURLToPath(new URL("../.screenshots/", import.meta.url));

/** A full-page PNG in apps/web/e2e/.screenshots/<name>.png (gitignored), to look at by hand. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true, animations: "disabled" });
}
