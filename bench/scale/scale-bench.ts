import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import budgets from "../budgets.json";
import type { Proof } from "./proof";

/** Time and peak resident memory of one child process. */
export interface Run {
  readonly seconds: number;
  readonly peakRssMB: number;
  /** "ok", or how the child ended otherwise (exit code, signal, the time limit). */
  readonly outcome: string;
}

interface Compared {
  readonly cli: Run;
  readonly floor?: Run;
  readonly baseline?: Run;
  /** The CLI's time and peak RSS over the floor's. */
  readonly timeOverFloor?: number;
  readonly rssOverFloor?: number;
  /** The baseline's time over the CLI's (how much faster the product is than the ExcelJS path). */
  readonly baselineOverCli?: number;
  /** Microseconds and bytes per issue row, CLI and floor. */
  readonly cliMicrosPerRow: number;
  readonly floorMicrosPerRow?: number;
  readonly cliBytesPerRow: number;
  /** Size of the workbook the CLI wrote. */
  readonly fileMB: number;
  /**
   * Against bench/budgets.json (issue 18): time at most scaleTimeOverFloor × the floor, peak RSS at most
   * scalePeakRssMB up to 100,000 rows and scaleLargePeakRssMB above. Reported, not enforced.
   */
  readonly withinBudget: { readonly time?: boolean; readonly rss: boolean };
}

export interface ScaleBench {
  readonly scale: {
    readonly note: string;
    readonly rows: Readonly<Record<string, { init: Compared; import: Compared; report: Compared }>>;
    /** The package check and the LibreOffice proof on the largest init workbook (BENCH_SCALE_PROOF=0 skips it). */
    readonly proof?: { readonly rows: number; readonly run: Run; readonly result?: Proof };
  };
}

const ROOT = join(__dirname, "..", "..");
const PEAK_RSS = join(__dirname, "peak-rss.ts");
const CHILD = join(__dirname, "child.ts");
const CLI = join(ROOT, "src", "cli", "main.ts");
const MONTH = "2024-02";

const sizesOf = (value: string | undefined, fallback: readonly number[]) =>
  value ? value.split(",").map((s) => Number(s.trim())) : fallback;

/**
 * Runs `node --import tsx <script> …args` in a child process, with the peak-RSS preload, a heap limit and a time
 * limit; a child that fails or is stopped is a figure too (its outcome says how it ended).
 */
async function measure(script: string, args: readonly string[], dir: string, limitSeconds: number): Promise<Run> {
  const rssFile = join(dir, `rss-${process.hrtime.bigint()}`);
  const start = performance.now();
  const child = spawn(
    process.execPath,
    ["--max-old-space-size=8192", "--import", "tsx", "--import", PEAK_RSS, script, ...args],
    { cwd: ROOT, env: { ...process.env, BENCH_PEAK_RSS_FILE: rssFile }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const timer = setTimeout(() => child.kill("SIGKILL"), limitSeconds * 1000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on("close", (c, s) => resolve([c, s])),
  );
  clearTimeout(timer);
  const seconds = Math.round((performance.now() - start) / 10) / 100;
  const peak = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : Number.NaN;
  const outcome =
    code === 0
      ? "ok"
      : signal === "SIGKILL" && seconds >= limitSeconds
        ? `stopped at the ${limitSeconds} s limit`
        : `failed (${signal ?? `exit ${String(code)}`}): ${stderr.trim().split("\n").slice(-3).join(" | ")}`;
  return { seconds, peakRssMB: Math.round(peak / 2 ** 20), outcome };
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

function compared(rows: number, file: string, cli: Run, floor?: Run, baseline?: Run): Compared {
  const size = existsSync(file) ? readFileSync(file).byteLength : Number.NaN;
  return {
    cli,
    floor,
    baseline,
    timeOverFloor: floor && ratio(cli.seconds, floor.seconds),
    rssOverFloor: floor && ratio(cli.peakRssMB, floor.peakRssMB),
    baselineOverCli: baseline && (baseline.outcome === "ok" ? ratio(baseline.seconds, cli.seconds) : undefined),
    cliMicrosPerRow: Math.round((cli.seconds * 1e6) / rows),
    floorMicrosPerRow: floor && Math.round((floor.seconds * 1e6) / rows),
    cliBytesPerRow: Math.round((cli.peakRssMB * 2 ** 20) / rows),
    fileMB: Math.round((size / 2 ** 20) * 10) / 10,
    withinBudget: {
      time: floor && cli.outcome === "ok" && cli.seconds <= budgets.scaleTimeOverFloor * floor.seconds,
      rss:
        cli.outcome === "ok" &&
        cli.peakRssMB <= (rows > 100_000 ? budgets.scaleLargePeakRssMB : budgets.scalePeakRssMB),
    },
  };
}

/**
 * The file path at scale (issue 18), every figure from a child process of its own, in the same run on the same
 * data (demo seed "bench"):
 * - init N: `cli init --demo --rows N` — N issues and the other tables at the demo's proportions (about 3.15 × N
 *   rows in all);
 * - import N: `cli import --into issues` of a CSV export of N demo issues into a set-up workbook without records;
 * - report N: `cli report --month 2024-02` on the init N workbook;
 * - the floor: the same cells written by a string builder and node:zlib (bench/scale/floor-writer.ts), after the
 *   same set-up or import work; the baseline: the same work saved through ExcelJS's whole-model writer.
 * Sizes: BENCH_SCALE_ROWS (default 20000,100000); the baseline only at BENCH_SCALE_BASELINE_ROWS (default 20000,
 * slow and memory-hungry above it); each child is stopped after BENCH_SCALE_LIMIT_S seconds (default 1800). The
 * largest init workbook then goes through the package check and the LibreOffice proof (bench/scale/proof.ts).
 */
export async function benchScale(): Promise<ScaleBench> {
  const sizes = sizesOf(process.env["BENCH_SCALE_ROWS"], [20_000, 100_000]);
  const baselineSizes = sizesOf(process.env["BENCH_SCALE_BASELINE_ROWS"], [20_000]);
  const limit = Number(process.env["BENCH_SCALE_LIMIT_S"] ?? 1800);
  const dir = mkdtempSync(join(tmpdir(), "sqd-scale-"));
  const out: Record<string, { init: Compared; import: Compared; report: Compared }> = {};
  let proof: ScaleBench["scale"]["proof"];
  try {
    const empty = join(dir, "empty.xlsx");
    await must(measure(CLI, ["init", empty], dir, limit), "set up the empty workbook");
    for (const rows of sizes) {
      const n = String(rows);
      const withBaseline = baselineSizes.includes(rows);
      const csv = join(dir, `issues-${n}.csv`);
      await must(measure(CHILD, ["csv", n, csv], dir, limit), `write the CSV of ${n} issues`);
      const book = join(dir, `init-${n}.xlsx`);
      const init = compared(
        rows,
        book,
        await measure(CLI, ["init", book, "--demo", "--rows", n, "--seed", "bench"], dir, limit),
        await measure(CHILD, ["floor-init", n, join(dir, "floor-init")], dir, limit),
        withBaseline ? await measure(CHILD, ["baseline-init", n, join(dir, "baseline.xlsx")], dir, limit) : undefined,
      );
      const imported = join(dir, `import-${n}.xlsx`);
      const imp = compared(
        rows,
        imported,
        await measure(CLI, ["import", empty, "--into", "issues", "--from", csv, "--out", imported], dir, limit),
        await measure(CHILD, ["floor-import", csv, empty, join(dir, "floor-import")], dir, limit),
        withBaseline
          ? await measure(CHILD, ["baseline-import", csv, empty, join(dir, "baseline.xlsx")], dir, limit)
          : undefined,
      );
      const reported = join(dir, `report-${n}.xlsx`);
      const report = compared(
        rows,
        reported,
        await measure(CLI, ["report", book, "--month", MONTH, "--out", reported], dir, limit),
        undefined,
        withBaseline
          ? await measure(CHILD, ["baseline-report", book, MONTH, join(dir, "baseline.xlsx")], dir, limit)
          : undefined,
      );
      out[n] = { init, import: imp, report };
      printRow(n, out[n]);
      rmSync(csv, { force: true });
      if (rows === Math.max(...sizes) && process.env["BENCH_SCALE_PROOF"] !== "0") {
        const result = join(dir, "proof.json");
        const run = await measure(CHILD, ["proof", book, result], dir, limit);
        proof = {
          rows,
          run,
          result: existsSync(result) ? (JSON.parse(readFileSync(result, "utf8")) as Proof) : undefined,
        };
        console.error(`proof ${n}: ${JSON.stringify(proof)}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    scale: {
      note: "seconds and peak RSS of each child process; per-row figures per issue row (init writes ~3.15 rows per issue)",
      rows: out,
      proof,
    },
  };
}

async function must(run: Promise<Run>, what: string): Promise<void> {
  const done = await run;
  if (done.outcome !== "ok") throw new Error(`scale bench could not ${what}: ${done.outcome}`);
}

function printRow(rows: string, figures: { init: Compared; import: Compared; report: Compared }): void {
  const show = (r: Run | undefined) =>
    r ? `${r.seconds} s ${r.peakRssMB} MB${r.outcome === "ok" ? "" : ` (${r.outcome})`}` : "-";
  for (const [task, c] of Object.entries(figures)) {
    console.error(
      `${task} ${rows}: cli ${show(c.cli)} · floor ${show(c.floor)} · baseline ${show(c.baseline)} · ` +
        `cli/floor ${c.timeOverFloor ?? "-"}× time ${c.rssOverFloor ?? "-"}× RSS · ` +
        `${c.cliMicrosPerRow} µs/row (floor ${c.floorMicrosPerRow ?? "-"}) · ` +
        `budget time ${c.withinBudget.time ?? "-"} RSS ${c.withinBudget.rss}`,
    );
  }
}
