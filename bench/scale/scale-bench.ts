import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_DEFAULTS } from "../../src/demo/demo-data";
import { shiftMonth } from "../../src/domain/report/month";
import { benchImportLimits } from "../import-limits-bench";
import type { ImportLimitsBench } from "../import-limits-bench";
import type { PerRow, ProofFigure, SizeFigures, Task, VerdictItem } from "./figures";
import { compared, perRow, scaleVerdict } from "./figures";
import { keepInitBook } from "./kept-books";
import type { Figure, NotRun, Run } from "./measure";
import { measure, ok, ROOT } from "./measure";
import { printScale, printVerdict } from "./print";
import type { Proof } from "./proof";

export interface ScaleBench {
  readonly scale: {
    readonly note: string;
    readonly sizes: readonly number[];
    readonly month: string;
    /** Each size's figures, keyed by its number of issue rows. */
    readonly rows: Readonly<Record<string, SizeFigures>>;
    /** Per issue row at each size side by side, and the growth from the smallest size to the largest. */
    readonly perRow: Readonly<Record<Task, PerRow>>;
    readonly proof: ProofFigure | (NotRun & { readonly rows: number });
    /** Issue 18's acceptance figures this run measured: met, not met, or not measured. */
    readonly verdict: Readonly<Record<string, VerdictItem>>;
  };
  readonly importLimits?: ImportLimitsBench["importLimits"];
}

const CHILD = join(__dirname, "child.ts");
const CLI = join(ROOT, "src", "cli", "main.ts");
/** The demo's last month, the one its 超时判断截止时间 closes. */
const MONTH = shiftMonth(DEMO_DEFAULTS.startMonth, DEMO_DEFAULTS.months - 1);
/** The measured children get a heap large enough that a slow path still ends with a figure, not an abort. */
const HEAP_MB = 8192;

const sizesOf = (value: string | undefined, fallback: readonly number[]) =>
  value ? value.split(",").map((s) => Number(s.trim())) : fallback;
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/**
 * The file path at scale (issue 18), every figure from a child process of its own, in one run on the same data
 * (demo seed "bench"), for each size N:
 * - init: `cli init --demo --rows N` — N issues and the other tables at the demo's proportions (~3.15 × N rows);
 * - import: `cli import --into issues` of a CSV export of N demo issues into a set-up workbook without records;
 * - report: `cli report --month <the demo's last month>` on the init N workbook;
 * - share: `cli share` (the masked copy, its month reports generated again) of the init N workbook;
 * - the floor (init and import): the same cells written by a string builder and node:zlib
 *   (bench/scale/floor-writer.ts) after the same set-up or import work; the baseline: the same work saved through
 *   ExcelJS's whole-model writer (bench/scale/child.ts).
 * Then the package check and the LibreOffice proof on one size's init workbook, and the import of 1,048,576 rows
 * (bench/import-limits-bench.ts). Environment: BENCH_SCALE_ROWS (sizes, default 20000,100000,500000);
 * BENCH_SCALE_BASELINE_MAX_ROWS (the baseline up to this size, default 20000; 0: none); BENCH_SCALE_LIMIT_S (each
 * child is stopped after it, default 1800); BENCH_SCALE_PROOF_ROWS (default 100000) or BENCH_SCALE_PROOF=0;
 * BENCH_SCALE_ROW_LIMIT=0 skips the 1,048,576-row import; BENCH_BROWSER_ROWS names the size whose init workbook is
 * kept for the browser bench of the same run.
 */
export async function benchScale(): Promise<ScaleBench> {
  const sizes = sizesOf(process.env["BENCH_SCALE_ROWS"], [20_000, 100_000, 500_000]);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`BENCH_SCALE_ROWS must list positive whole numbers: ${String(process.env["BENCH_SCALE_ROWS"])}`);
  const baselineMax = env("BENCH_SCALE_BASELINE_MAX_ROWS", 20_000);
  const limit = env("BENCH_SCALE_LIMIT_S", 1800);
  const proofRows = process.env["BENCH_SCALE_PROOF"] === "0" ? undefined : env("BENCH_SCALE_PROOF_ROWS", 100_000);
  const browserRows = env("BENCH_BROWSER_ROWS", 100_000);
  const dir = mkdtempSync(join(tmpdir(), "sqd-scale-"));
  const rows: Record<string, SizeFigures> = {};
  let proof: ScaleBench["scale"]["proof"] =
    proofRows === undefined
      ? { rows: 100_000, notRun: "BENCH_SCALE_PROOF=0" }
      : { rows: proofRows, notRun: `${String(proofRows)} is not among the sizes run (BENCH_SCALE_ROWS)` };
  try {
    const empty = join(dir, "empty.xlsx");
    await must(measure(CLI, ["init", empty], dir, limit, HEAP_MB), "set up the empty workbook");
    for (const size of sizes) {
      const n = String(size);
      const run = (script: string, args: readonly string[]) => measure(script, args, dir, limit, HEAP_MB);
      const baseline = (args: readonly string[]): Promise<Figure> =>
        size <= baselineMax
          ? run(CHILD, args)
          : Promise.resolve({ notRun: `above BENCH_SCALE_BASELINE_MAX_ROWS=${String(baselineMax)}` });
      const csv = join(dir, `issues-${n}.csv`);
      await must(run(CHILD, ["csv", n, csv]), `write the CSV of ${n} issues`);
      console.log(`scale ${n}: init`);
      const book = join(dir, `init-${n}.xlsx`);
      const initCli = await run(CLI, ["init", book, "--demo", "--rows", n, "--seed", "bench"]);
      const init = compared(
        size,
        book,
        initCli,
        await baseline(["baseline-init", n, join(dir, "baseline.xlsx")]),
        await run(CHILD, ["floor-init", n, join(dir, "floor-init")]),
      );
      console.log(`scale ${n}: import`);
      const imported = join(dir, `import-${n}.xlsx`);
      const imp = compared(
        size,
        imported,
        await run(CLI, ["import", empty, "--into", "issues", "--from", csv, "--out", imported]),
        await baseline(["baseline-import", csv, empty, join(dir, "baseline.xlsx")]),
        await run(CHILD, ["floor-import", csv, empty, join(dir, "floor-import")]),
      );
      rmSync(csv, { force: true });
      rmSync(imported, { force: true });
      const noBook: NotRun = { notRun: `no init workbook: ${initCli.outcome}` };
      console.log(`scale ${n}: report`);
      const reported = join(dir, `report-${n}.xlsx`);
      const report = compared(
        size,
        reported,
        ok(initCli) ? await run(CLI, ["report", book, "--month", MONTH, "--out", reported]) : noBook,
        ok(initCli) ? await baseline(["baseline-report", book, MONTH, join(dir, "baseline.xlsx")]) : noBook,
      );
      rmSync(reported, { force: true });
      console.log(`scale ${n}: share`);
      const shared = join(dir, `share-${n}.xlsx`);
      const share = compared(
        size,
        shared,
        ok(initCli) ? await run(CLI, ["share", book, "--out", shared]) : noBook,
        ok(initCli) ? await baseline(["baseline-share", book, join(dir, "baseline.xlsx")]) : noBook,
      );
      rmSync(shared, { force: true });
      rows[n] = { init, import: imp, report, share };
      if (size === proofRows && ok(initCli)) {
        console.log(`scale ${n}: package check and LibreOffice proof`);
        proof = await proveBook(size, book, dir, limit);
      }
      if (size === browserRows && ok(initCli)) keepInitBook(size, book, initCli.seconds);
      rmSync(book, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const importLimits =
    process.env["BENCH_SCALE_ROW_LIMIT"] === "0" ? undefined : (await benchImportLimits()).importLimits;
  const costs = perRow(sizes, rows);
  const verdict = scaleVerdict(rows, costs, proof, importLimits);
  printScale(sizes, rows, costs);
  printVerdict(verdict);
  return {
    scale: {
      note:
        "seconds and peak RSS of each child process (heap limit 8 GB; the 1,048,576-row import with Node's default); " +
        "per-row figures per issue row (init writes ~3.15 rows per issue); the floor: bench/scale/floor-writer.ts",
      sizes,
      month: MONTH,
      rows,
      perRow: costs,
      proof,
      verdict,
    },
    importLimits,
  };
}

async function proveBook(rows: number, book: string, dir: string, limit: number): Promise<ProofFigure> {
  const result = join(dir, "proof.json");
  const run: Run = await measure(CHILD, ["proof", book, result], dir, limit, HEAP_MB);
  const proved = existsSync(result) ? (JSON.parse(readFileSync(result, "utf8")) as Proof) : undefined;
  rmSync(result, { force: true });
  return { rows, run, result: proved };
}

async function must(run: Promise<Run>, what: string): Promise<void> {
  const done = await run;
  if (done.outcome !== "ok") throw new Error(`scale bench could not ${what}: ${done.outcome}`);
}
