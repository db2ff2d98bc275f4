import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Lang } from "../../../src/domain/schema/types";
import { builtDist } from "../../support/built-dist";
import { launchChromium } from "./chromium";
import { serveFolder, type StaticServer } from "./static-server";

export interface PaneSession {
  /** A 320×800 pane in `locale`; only the local server answers (Office.js's CDN never does, as on these machines). */
  open(locale: Lang, colorScheme?: "light" | "dark"): Promise<Page>;
  /** Every uncaught page error so far, prefixed with the pane's locale and colour scheme. */
  readonly pageErrors: readonly string[];
}

/** Serves dist/ and starts Chromium before the file's tests, and closes both (and every pane) after them. */
export function paneSession(): PaneSession {
  let server: StaticServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serveFolder(builtDist().dir);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  return {
    pageErrors,
    async open(locale, colorScheme = "light") {
      // Reduced motion: Fluent skips its transitions, so screenshots never catch a tab indicator or accordion mid-way.
      const context = await browser.newContext({
        viewport: { width: 320, height: 800 },
        locale,
        colorScheme,
        reducedMotion: "reduce",
      });
      contexts.push(context);
      await context.route("**/*", (route) =>
        route.request().url().startsWith(server.url) ? route.continue() : route.abort("blockedbyclient"),
      );
      const page = await context.newPage();
      page.on("pageerror", (error) => pageErrors.push(`${locale} ${colorScheme}: ${error.message}`));
      await page.goto(`${server.url}taskpane.html`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      return page;
    },
  };
}
