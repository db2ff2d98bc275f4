import { existsSync, statSync } from "node:fs";
import budgets from "../budgets.json";
import type { LimitCase } from "../import-limits-bench";
import type { Figure, NotRun, Run } from "./measure";
import type { Proof } from "./proof";
import { ok, ran } from "./measure";

export const TASKS = ["init", "import", "report", "share"] as const;
export type Task = (typeof TASKS)[number];

/** One task at one size: the command line, the floor (init and import) and the ExcelJS baseline. */
export interface Compared {
  readonly cli: Figure;
  readonly floor?: Figure;
  readonly baseline: Figure;
  /** The command line's time and peak RSS over the floor's. */
  readonly timeOverFloor?: number;
  readonly rssOverFloor?: number;
  /** The baseline's time over the command line's (how much faster the product is than the ExcelJS path). */
  readonly baselineOverCli?: number;
  /** Size of the workbook the command line wrote. */
  readonly fileMB?: number;
  /**
   * Against bench/budgets.json (issue 18): time at most scaleTimeOverFloor × the floor (where there is one), peak
   * RSS at most scalePeakRssMB up to 100,000 rows and scaleLargePeakRssMB above; a task that did not finish is over.
   */
  readonly withinBudget: { readonly time?: boolean; readonly rss?: boolean };
}

export type SizeFigures = Readonly<Record<Task, Compared>>;

/** Per issue row at each size; null where the task did not finish. */
export interface PerRow {
  readonly cliMicros: Readonly<Record<string, number | null>>;
  readonly cliBytes: Readonly<Record<string, number | null>>;
  readonly floorMicros?: Readonly<Record<string, number | null>>;
  readonly floorBytes?: Readonly<Record<string, number | null>>;
  /**
   * The command line's per-row cost at the largest size over that at the smallest: 1 is linear, below 1 the fixed
   * cost (start-up, the set-up sheets) spread over more rows, above budgets.scaleLinearGrowthMax faster than linear.
   */
  readonly growth: {
    readonly from: number;
    readonly to: number;
    readonly time: number | null;
    readonly rss: number | null;
    readonly linear: boolean | null;
  };
}

/** The package check and the LibreOffice workbook proof on one size's init workbook. */
export interface ProofFigure {
  readonly rows: number;
  readonly run: Run;
  readonly result?: Proof;
}

export type Met = "met" | "not met" | "not measured";

export interface VerdictItem {
  readonly met: Met;
  readonly figure: string;
}

export const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

const rssBudget = (rows: number) => (rows > 100_000 ? budgets.scaleLargePeakRssMB : budgets.scalePeakRssMB);

export function compared(rows: number, file: string, cli: Figure, baseline: Figure, floor?: Figure): Compared {
  const both = ok(cli) && ok(floor);
  return {
    cli,
    floor,
    baseline,
    timeOverFloor: both ? ratio(cli.seconds, floor.seconds) : undefined,
    rssOverFloor: both ? ratio(cli.peakRssMB, floor.peakRssMB) : undefined,
    baselineOverCli: ok(cli) && ok(baseline) ? ratio(baseline.seconds, cli.seconds) : undefined,
    fileMB: ok(cli) && existsSync(file) ? Math.round((statSync(file).size / 2 ** 20) * 10) / 10 : undefined,
    withinBudget: {
      time: !ran(cli) || !ok(floor) ? undefined : ok(cli) && cli.seconds <= budgets.scaleTimeOverFloor * floor.seconds,
      rss: ran(cli) ? ok(cli) && cli.peakRssMB <= rssBudget(rows) : undefined,
    },
  };
}

function perSize(
  sizes: readonly number[],
  figure: (rows: number) => Figure | undefined,
  of: (seconds: number, peakRssMB: number, rows: number) => number,
): Record<string, number | null> {
  return Object.fromEntries(
    sizes.map((rows) => {
      const f = figure(rows);
      return [String(rows), ok(f) ? of(f.seconds, f.peakRssMB, rows) : null];
    }),
  );
}

const micros = (seconds: number, _rss: number, rows: number) => Math.round((seconds * 1e6) / rows);
const bytes = (_seconds: number, rss: number, rows: number) => Math.round((rss * 2 ** 20) / rows);

export function perRow(sizes: readonly number[], rows: Readonly<Record<string, SizeFigures>>): Record<Task, PerRow> {
  const from = Math.min(...sizes);
  const to = Math.max(...sizes);
  const entries = TASKS.map((task): [Task, PerRow] => {
    const cli = (n: number) => rows[String(n)]?.[task].cli;
    const floor = (n: number) => rows[String(n)]?.[task].floor;
    const cliMicros = perSize(sizes, cli, micros);
    const cliBytes = perSize(sizes, cli, bytes);
    const grew = (per: Record<string, number | null>) => {
      const a = per[String(from)];
      const b = per[String(to)];
      return a && b && to > from ? ratio(b, a) : null;
    };
    const time = grew(cliMicros);
    const rss = grew(cliBytes);
    const hasFloor = task === "init" || task === "import";
    return [
      task,
      {
        cliMicros,
        cliBytes,
        floorMicros: hasFloor ? perSize(sizes, floor, micros) : undefined,
        floorBytes: hasFloor ? perSize(sizes, floor, bytes) : undefined,
        growth: {
          from,
          to,
          time,
          rss,
          linear:
            time === null || rss === null
              ? null
              : time <= budgets.scaleLinearGrowthMax && rss <= budgets.scaleLinearGrowthMax,
        },
      },
    ];
  });
  return Object.fromEntries(entries) as Record<Task, PerRow>;
}

/** Issue 18's acceptance figures that the scale run measures, each met, not met, or not measured (and why). */
export function scaleVerdict(
  rows: Readonly<Record<string, SizeFigures>>,
  growth: Record<Task, PerRow>,
  proof: ProofFigure | (NotRun & { readonly rows: number }),
  limits: Readonly<Record<string, LimitCase>> | undefined,
): Record<string, VerdictItem> {
  const verdict: Record<string, VerdictItem> = {};
  const show = (f: Figure | undefined) =>
    f === undefined
      ? "not among the sizes run"
      : ran(f)
        ? `${String(f.seconds)} s, ${String(f.peakRssMB)} MB${f.outcome === "ok" ? "" : ` (${f.outcome})`}`
        : f.notRun;
  const met = (m: boolean | undefined): Met => (m === undefined ? "not measured" : m ? "met" : "not met");
  for (const task of ["init", "import"] as const) {
    const c = rows["100000"]?.[task];
    verdict[`${task} 100,000 rows: time ≤ ${String(budgets.scaleTimeOverFloor)}× the floor`] = {
      met: met(c?.withinBudget.time),
      figure: `cli ${show(c?.cli)}; floor ${show(c?.floor)}; ${c?.timeOverFloor === undefined ? "no ratio" : `${String(c.timeOverFloor)}×`}`,
    };
    verdict[`${task} 100,000 rows: peak RSS ≤ ${String(budgets.scalePeakRssMB)} MB`] = {
      met: met(c?.withinBudget.rss),
      figure: `cli ${show(c?.cli)}`,
    };
  }
  for (const task of ["import", "report"] as const) {
    const c = rows["500000"]?.[task];
    verdict[`${task} 500,000 rows: peak RSS ≤ ${String(budgets.scaleLargePeakRssMB)} MB`] = {
      met: met(c?.withinBudget.rss),
      figure: `cli ${show(c?.cli)}`,
    };
  }
  for (const task of TASKS) {
    const g = growth[task].growth;
    verdict[
      `${task}: per-row cost at ${g.to.toLocaleString("en-US")} rows ≤ ${String(budgets.scaleLinearGrowthMax)}× that at ${g.from.toLocaleString("en-US")}`
    ] = {
      met: met(g.linear ?? undefined),
      figure: `time ×${String(g.time ?? "-")}, peak RSS ×${String(g.rss ?? "-")}`,
    };
  }
  for (const [source, c] of Object.entries(limits ?? {}))
    verdict[
      `1,048,576 rows (${source}): imported within ${String(budgets.scaleLargePeakRssMB)} MB or refused naming the limit`
    ] = {
      met: c.met ? "met" : "not met",
      figure:
        `${c.result} in ${String(c.run.seconds)} s, ${String(c.run.peakRssMB)} MB` +
        (c.result === "imported" ? "" : `: ${c.message}`),
    };
  if (limits === undefined)
    verdict["1,048,576 rows: imported within the budget or refused naming the limit"] = {
      met: "not measured",
      figure: "BENCH_SCALE_ROW_LIMIT=0",
    };
  const proofName = `package check and LibreOffice proof on the ${proof.rows.toLocaleString("en-US")}-issue init workbook`;
  if ("notRun" in proof) verdict[proofName] = { met: "not measured", figure: proof.notRun };
  else {
    const r = proof.result;
    verdict[proofName] = {
      met:
        r !== undefined && r.schemaErrors === 0 && r.violations === 0 && r.mismatches === 0 && r.compared > 0
          ? "met"
          : "not met",
      figure:
        r === undefined
          ? `no result: ${proof.run.outcome}`
          : `${r.compared.toLocaleString("en-US")} calculated cells compared, ${String(r.mismatches)} mismatches, ` +
            `${String(r.schemaErrors)} schema errors, ${String(r.violations)} package violations ` +
            `(${String(proof.run.seconds)} s, LibreOffice ${String(r.libreOfficeSeconds)} s)`,
    };
  }
  return verdict;
}
