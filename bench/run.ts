import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { benchOfficeHost } from "./office-bench";
import { benchPane } from "./pane-bench";
import { benchReport } from "./report-bench";
import { benchImportLimits } from "./import-limits-bench";
import { benchKeywords } from "./keyword-bench";
import { benchScale } from "./scale/scale-bench";
import { benchBrowser } from "./browser-bench";

/**
 * `npm run bench [-- report|office|pane|import|keywords|scale|browser …]` (all by default): the domain report against arquero on
 * 100,000 issues and feedback rows (wall time, medians), the Office host's round trips and request sizes on the
 * Excel stand-in, the production pane's initial JavaScript and first render against their budgets
 * (bench/budgets.json), the refusal of a source over Excel's row limit (import-limits-bench.ts), the TOP-5 keyword
 * precision and recall on the labelled set (keyword-bench.ts), the file path at scale (bench/scale/scale-bench.ts:
 * CLI init/import/report/share at 20,000, 100,000 and 500,000 rows against the floor writer and the ExcelJS
 * baseline, per-row cost, the proof on the 100,000-row workbook and the 1,048,576-row import, with issue 18's
 * verdict), and browser mode opening a large workbook and reporting against the 200 ms long-task budget
 * (browser-bench.ts). Written to bench/results.json; a partial run replaces only its own keys.
 */
const PARTS = {
  report: async () => benchReport(),
  office: async () => ({ office: (await benchOfficeHost()).office }),
  pane: benchPane,
  import: benchImportLimits,
  keywords: async () => benchKeywords(),
  scale: benchScale,
  browser: benchBrowser,
} as const;

type Part = keyof typeof PARTS;

/** Parts that print their own summary lines as they run; the others' results are printed as JSON. */
const SUMMARISED: readonly Part[] = ["pane", "import", "scale", "browser"];

async function main(args: readonly string[]): Promise<void> {
  const unknown = args.filter((arg) => !(arg in PARTS));
  if (unknown.length > 0)
    throw new Error(`unknown bench part ${unknown.join(", ")}: use ${Object.keys(PARTS).join(", ")}`);
  const asked = (args.length > 0 ? args : Object.keys(PARTS)) as Part[];
  // The scale part runs the 1,048,576-row import too (unless BENCH_SCALE_ROW_LIMIT=0): not twice in one run.
  const parts = asked.filter(
    (p) => p !== "import" || !asked.includes("scale") || process.env["BENCH_SCALE_ROW_LIMIT"] === "0",
  );
  const file = join(__dirname, "results.json");
  let results: Record<string, unknown> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  // Each part's figures are written as soon as it ends: a later part that fails (a stale dist/) keeps them.
  for (const part of parts) {
    const figures = await PARTS[part]();
    if (!SUMMARISED.includes(part)) console.log(JSON.stringify(figures, null, 2));
    results = { ...results, ...figures };
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nwrote ${file} (${part})`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
