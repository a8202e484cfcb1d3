import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { AppError } from "../../../platform/errors/app-error.ts";

/** The flags the project runs Chromium with everywhere (see docs/adr and shared stack notes). */
export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
] as const;

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH?.trim() || "/usr/bin/chromium";
}

function unavailable(detail: string): AppError {
  return new AppError(
    "PDF_UNAVAILABLE",
    `The plan summary cannot be printed on this server: ${detail}. Install Chromium (Debian package chromium) or set CHROMIUM_PATH.`,
  );
}

/**
 * Prints HTML to PDF with one Chromium process, started on the first request and reused; each
 * print gets its own context (no JavaScript, offline) that is closed after. `close()` on shutdown.
 */
export class ChromiumPrinter {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly executablePath: string) {}

  private launch(): Promise<Browser> {
    if (!this.browser) {
      const started = chromium.launch({
        executablePath: this.executablePath,
        headless: true,
        args: [...chromiumFlags],
      });
      this.browser = started;
      started.then(
        (b) =>
          b.on("disconnected", () => {
            if (this.browser === started) this.browser = null;
          }),
        () => {
          if (this.browser === started) this.browser = null;
        },
      );
    }
    return this.browser;
  }

  /** Fails early (before any data is read) when there is no Chromium to print with. */
  assertAvailable(): void {
    if (!existsSync(this.executablePath)) throw unavailable(`no Chromium at ${this.executablePath}`);
  }

  async print(html: string): Promise<Buffer> {
    this.assertAvailable();
    try {
      return await this.printOnce(html);
    } catch (first) {
      // A browser that crashed or was killed: start a fresh one and try once more.
      await this.close();
      try {
        return await this.printOnce(html);
      } catch (second) {
        this.lastError = second instanceof Error ? second : first instanceof Error ? first : null;
        throw unavailable("Chromium could not print the page");
      }
    }
  }

  /** The last printing failure, for the server log (never sent to the client). */
  lastError: Error | null = null;

  private async printOnce(html: string): Promise<Buffer> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: "load" });
      return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const pending = this.browser;
    this.browser = null;
    if (!pending) return;
    const browser = await pending.catch(() => null);
    await browser?.close().catch(() => undefined);
  }
}
