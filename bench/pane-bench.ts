import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { builtDist } from "../test/support/built-dist";
import { launchChromium } from "../test/e2e/support/chromium";
import { serveFolder } from "../test/e2e/support/static-server";
import budgets from "./budgets.json";

/** Issue 5 item 6 on the production build in dist/: what the pane loads at start, and how soon it first renders. */
export interface PaneBench {
  readonly pane: {
    readonly initialGzipKiB: number;
    readonly initialBudgetKiB: number;
    readonly firstRenderMs: number;
    readonly firstRenderRuns: readonly number[];
    readonly firstRenderBudgetMs: number;
  };
}

const RUNS = 5;

/** The task pane's initial JavaScript: every local script taskpane.html loads, gzipped at level 9 as the build does. */
function initialGzipKiB(dist: string): number {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const scripts = Array.from(
    html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g),
    (m) => m[1] ?? m[2] ?? m[3] ?? "",
  );
  const bytes = scripts
    .filter((src) => !/^https?:/.test(src))
    .reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

/** Milliseconds from navigation start to the pane's `pane-first-render` mark, in a fresh 320×800 page each run. */
async function firstRenders(dist: string): Promise<number[]> {
  const server = await serveFolder(dist);
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 }, locale: "zh-CN" });
      await context.route("**/*", (route) =>
        route.request().url().startsWith(server.url) ? route.continue() : route.abort("blockedbyclient"),
      );
      const page = await context.newPage();
      await page.goto(`${server.url}taskpane.html`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      const mark = await page.evaluate(() => performance.getEntriesByName("pane-first-render")[0]?.startTime);
      if (mark === undefined) throw new Error("the pane set no pane-first-render mark");
      times.push(Math.round(mark));
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
    await server.close();
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function benchPane(): Promise<PaneBench> {
  const { dir } = builtDist();
  const runs = await firstRenders(dir);
  const pane = {
    initialGzipKiB: initialGzipKiB(dir),
    initialBudgetKiB: budgets.taskpaneInitialGzipKiB,
    firstRenderMs: median(runs),
    firstRenderRuns: runs,
    firstRenderBudgetMs: budgets.firstRenderMs,
  };
  const verdict = (within: boolean) => (within ? "within budget" : "OVER BUDGET");
  console.log(
    `task pane initial JavaScript: ${pane.initialGzipKiB} KiB gzipped (budget ${pane.initialBudgetKiB} KiB): ` +
      verdict(pane.initialGzipKiB <= pane.initialBudgetKiB),
  );
  console.log(
    `task pane first render: ${pane.firstRenderMs} ms, median of ${RUNS} loads in headless Chromium ` +
      `(budget ${pane.firstRenderBudgetMs} ms): ${verdict(pane.firstRenderMs <= pane.firstRenderBudgetMs)}`,
  );
  return { pane };
}
