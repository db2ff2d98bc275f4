import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import ts from "typescript";
import { launchChromium } from "../e2e/support/chromium";
import { serveFolder, type StaticServer } from "../e2e/support/static-server";

/**
 * The IndexedDB store of browser mode (issue 10 item 6) in real Chromium: a workbook written on one visit is read
 * back after a reload and on a new page of the same origin, byte for byte, and is gone once cleared.
 */
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "sqd-store-"));
  const source = readFileSync(join(__dirname, "../../src/taskpane/workbook/workbook-store.ts"), "utf8");
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  });
  writeFileSync(join(dir, "store.js"), js.outputText);
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><script type="module">import { indexedDbStore } from "./store.js"; window.store = indexedDbStore(); window.ready = true;</script>',
  );
  server = await serveFolder(dir);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Kept = { name: string; bytes: number[]; savedAt: number; unsaved: boolean } | null;

test("a kept workbook survives a reload and a new page, and clear removes it", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const visit = async (p = page) => {
    await p.goto(`${server.url}index.html`);
    await p.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  };
  type StoreWindow = {
    store: {
      load(): Promise<{ name: string; bytes: Uint8Array; savedAt: number; unsaved: boolean } | undefined>;
      save(w: unknown): Promise<void>;
      clear(): Promise<void>;
    };
  };
  const load = (p = page) =>
    p.evaluate(async (): Promise<Kept> => {
      const kept = await (window as unknown as StoreWindow).store.load();
      return kept ? { ...kept, bytes: [...kept.bytes] } : null;
    });
  await visit();
  expect(await load()).toBeNull();
  await page.evaluate(() =>
    (window as unknown as StoreWindow).store.save({
      name: "台账.xlsx",
      bytes: new Uint8Array([80, 75, 3, 4, 255]),
      savedAt: 1_700_000_000_000,
      unsaved: true,
    }),
  );
  await page.reload();
  await visit();
  const expected = { name: "台账.xlsx", bytes: [80, 75, 3, 4, 255], savedAt: 1_700_000_000_000, unsaved: true };
  expect(await load()).toEqual(expected);
  const other = await context.newPage();
  await visit(other);
  expect(await load(other)).toEqual(expected);
  await other.evaluate(() => (window as unknown as StoreWindow).store.clear());
  expect(await load()).toBeNull();
  await context.close();
}, 60_000);
