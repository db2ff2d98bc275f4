/**
 * Browser mode's workbook worker end to end in real Chromium (issue 18 item 3), on the production build in dist/:
 * the demo workbook is made and a 问卷星 export imported in the worker — the pane's own page never loads ExcelJS or
 * the workbook chunk — the progress shows its percent in the catalogue's words, and a file that is no workbook is
 * refused with the pane's message while the open workbook stays as it was.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { builtDist } from "../support/built-dist";
import { launchChromium } from "./support/chromium";
import { PaneDriver, pattern } from "./support/pane-driver";
import { serveFolder, type StaticServer } from "./support/static-server";

jest.setTimeout(300_000);

const WJX = join(__dirname, "../fixtures/import/wjx-evaluations.csv");

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let pane: PaneDriver;
const pageErrors: string[] = [];
const out = mkdtempSync(join(tmpdir(), "sqd-e2e-worker-"));

beforeAll(async () => {
  server = await serveFolder(builtDist().dir);
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 320, height: 800 },
    locale: "zh-CN",
    reducedMotion: "reduce",
  });
  await context.route("**/*", (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort("blockedbyclient"),
  );
  const page: Page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  pane = new PaneDriver(page, "zh-CN", "worker-zh-CN");
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

/** The scripts the pane's own page loaded (a worker's imports are the worker's, not the page's). */
const pageScripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((name) => name.endsWith(".js")),
  );

/** Starts noting every text the progress status shows, until `progressTexts` reads them. */
const watchProgress = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('[role="status"]')) seen.push(status.textContent ?? "");
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
const progressTexts = (page: Page) =>
  page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);

test("the demo workbook is made and an export imported in the worker, with progress in percent", async () => {
  await watchProgress(pane.page);
  await pane.startDemo();
  await pane.importFile(WJX);
  await pane.runImport();
  expect(
    pane.page
      .workers()
      .map((w) => w.url())
      .some((url) => /workbook-worker/.test(url)),
  ).toBe(true);
  const scripts = await pageScripts(pane.page);
  expect(scripts.some((s) => /taskpane/.test(s))).toBe(true);
  expect(scripts.filter((s) => /exceljs|[/]workbook\./.test(s))).toEqual([]);
  const percent = pattern(pane.t.progressPercent);
  expect((await progressTexts(pane.page)).some((text) => percent.test(text))).toBe(true);
  expect(pageErrors).toEqual([]);
});

test("a file that is no workbook is refused with the pane's message; the open workbook stays as it was", async () => {
  await pane.tab("tabStart");
  const list = pane.page.getByRole("list", { name: pane.t.startStatusListLabel });
  const before = await list.innerText();
  const bad = join(out, "坏.xlsx");
  writeFileSync(bad, "not a zip");
  // The import left changes that were not downloaded: the pane asks before replacing the workbook.
  pane.page.once("dialog", (dialog) => void dialog.accept());
  await pane.page.getByLabel(pane.t.startOpen, { exact: true }).setInputFiles(bad);
  await pane.idle();
  const alert = pane.page.getByRole("alert");
  await alert.waitFor();
  expect(await alert.innerText()).toContain(pane.t.errorWorkbookOpen);
  expect(await alert.innerText()).toContain("坏.xlsx: not a readable .xlsx workbook");
  expect(await list.innerText()).toBe(before);
  expect(pageErrors).toEqual([]);
});
