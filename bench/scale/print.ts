import type { Compared, PerRow, SizeFigures, Task, VerdictItem } from "./figures";
import { TASKS } from "./figures";
import type { Figure } from "./measure";
import { ran } from "./measure";

const WIDTH = 26;
const LABEL = 24;

const what: Record<Task, string> = {
  init: "init (`cli init --demo --rows N`, ~3.15 rows per issue)",
  import: "import (`cli import --into issues` of an N-row CSV)",
  report: "report (`cli report --month` on the init workbook)",
  share: "share (`cli share`: the masked copy of the init workbook)",
};

function figure(f: Figure | undefined): string {
  if (f === undefined) return "-";
  if (!ran(f)) return "not run";
  const rss = Number.isNaN(f.peakRssMB) ? "? MB" : `${String(f.peakRssMB)} MB`;
  if (f.outcome === "ok") return `${String(f.seconds)} s ${rss}`;
  return f.outcome.startsWith("stopped") ? `${f.outcome} (${rss})` : `failed at ${String(f.seconds)} s`;
}

const cost = (cli: number | null | undefined, floor?: number | null) =>
  `${cli === null || cli === undefined ? "-" : cli.toLocaleString("en-US")}` +
  (floor === undefined ? "" : ` (${floor === null ? "-" : floor.toLocaleString("en-US")})`);

const yes = (b: boolean | undefined) => (b === undefined ? "-" : b ? "met" : "NOT MET");

/** The scale run as one table per task, a column per size, then the acceptance verdict. */
export function printScale(
  sizes: readonly number[],
  rows: Readonly<Record<string, SizeFigures>>,
  perRow: Readonly<Record<Task, PerRow>>,
): void {
  const cols = sizes.map(String);
  const line = (label: string, cell: (c: Compared, size: string) => string, task: Task) =>
    console.log(
      `  ${label.padEnd(LABEL)}` + cols.map((n) => (rows[n] ? cell(rows[n][task], n) : "-").padEnd(WIDTH)).join(""),
    );
  console.log(`\nscale: time and peak RSS of each child process; per issue row`);
  for (const task of TASKS) {
    const p = perRow[task];
    const withFloor = p.floorMicros !== undefined;
    console.log(
      `\n${what[task]}\n  ${"".padEnd(LABEL)}` +
        cols.map((n) => `${Number(n).toLocaleString("en-US")} rows`.padEnd(WIDTH)).join(""),
    );
    line("cli", (c) => figure(c.cli), task);
    if (withFloor) line("floor", (c) => figure(c.floor), task);
    line("baseline (ExcelJS)", (c) => figure(c.baseline), task);
    if (withFloor)
      line(
        "cli / floor",
        (c) =>
          c.timeOverFloor === undefined ? "-" : `${String(c.timeOverFloor)}× time ${String(c.rssOverFloor)}× RSS`,
        task,
      );
    line("baseline / cli time", (c) => (c.baselineOverCli === undefined ? "-" : `${String(c.baselineOverCli)}×`), task);
    line(withFloor ? "µs/row cli (floor)" : "µs/row cli", (_c, n) => cost(p.cliMicros[n], p.floorMicros?.[n]), task);
    line(
      withFloor ? "bytes/row cli (floor)" : "bytes/row cli",
      (_c, n) => cost(p.cliBytes[n], p.floorBytes?.[n]),
      task,
    );
    line("budget time / RSS", (c) => `${yes(c.withinBudget.time)} / ${yes(c.withinBudget.rss)}`, task);
    const g = p.growth;
    console.log(
      `  per-row cost ${g.to.toLocaleString("en-US")} over ${g.from.toLocaleString("en-US")} rows: ` +
        `time ×${String(g.time ?? "-")}, peak RSS ×${String(g.rss ?? "-")} → ` +
        (g.linear === null ? "not measured" : g.linear ? "linear" : "FASTER THAN LINEAR"),
    );
    for (const n of cols) {
      const c = rows[n]?.[task];
      for (const [who, f] of [
        ["cli", c?.cli],
        ["floor", c?.floor],
        ["baseline", c?.baseline],
      ] as const) {
        if (ran(f) && f.outcome.startsWith("failed")) console.log(`  ${who} ${n}: ${f.outcome}`);
      }
    }
  }
}

export function printVerdict(verdict: Readonly<Record<string, VerdictItem>>): void {
  console.log(`\nissue 18 acceptance (scale run):`);
  for (const [item, v] of Object.entries(verdict))
    console.log(`  ${v.met === "met" ? "met    " : v.met === "not met" ? "NOT MET" : "-      "} ${item}: ${v.figure}`);
}
