/**
 * The report's sample-coverage section (issue 15 item 4, source 000 §2.2): per 区域 (left, A:E) and per 服务等级 and
 * 客户类型 (right, G:K), the period's completed issues, its valid evaluations and the coverage rate, as live COUNTIFS
 * over the tables with the period's bounds in cells; then one line naming the strata that have issues but no
 * evaluation. A period where no issue or evaluation has a 区域 or 服务等级 (a workbook set up before these fields)
 * gets a line saying so instead of their tables.
 */
import type { CoverageStratum, SampleCoverage, StratumCoverage } from "../../domain/report/sample-coverage";
import type { TableKey } from "../../domain/schema/types";
import { cellAddress, columnLetter } from "../a1";
import { NUM_FMT } from "../formats";
import type { PlanCell, PlanOp, ReportStyle } from "../plan-types";
import { countIfs, equalsCell, inWindow, ratio, validEvaluationCriteria, type Window } from "./report-formulas";

type Text = { readonly zh: string; readonly en: string };

export const COVERAGE_LABELS = {
  title: { zh: "样本覆盖(区域 / 服务等级 / 客户类型)", en: "Sample coverage (region / service level / customer type)" },
  stratum: { zh: "分层", en: "Stratum" },
  value: { zh: "取值", en: "Value" },
  issues: { zh: "完成问题数", en: "Issues completed" },
  evaluations: { zh: "有效评估数", en: "Valid evaluations" },
  rate: { zh: "覆盖率", en: "Coverage" },
  strata: {
    region: { zh: "区域", en: "Region" },
    serviceLevel: { zh: "服务等级", en: "Service level" },
    customerType: { zh: "客户类型", en: "Customer type" },
  },
  uncovered: { zh: "未覆盖(有问题、无有效评估)：", en: "Not covered (issues but no valid evaluation): " },
  allCovered: { zh: "每个有问题的分层都有有效评估。", en: "Every stratum with issues has a valid evaluation." },
  notRecorded: {
    zh: "本期的问题和评估未记录区域或服务等级，无法按区域、服务等级核对样本覆盖。",
    en: "No region or service level is recorded on this period's issues and evaluations: coverage by region and service level cannot be checked.",
  },
} as const satisfies Record<string, Text | Record<string, Text>>;

export interface CoverageSectionInput {
  readonly sheet: string;
  readonly firstRow: number;
  readonly window: Window;
  /** A table column's structured reference (`column` of report-formulas.ts). */
  readonly col: (table: TableKey, key: string) => string;
  /** Whether the workbook's table has the field's column (a workbook set up before 区域/服务等级 has not). */
  readonly has: (table: TableKey, key: string) => boolean;
  readonly coverage: SampleCoverage;
  readonly t: (entry: Text) => string;
  /** COUNTIFS over the report's records (one team's: team-formulas.ts). @default every record */
  readonly count?: (table: TableKey, ...criteria: string[]) => string;
}

export interface CoverageSection {
  readonly rows: PlanCell[][];
  readonly formats: (string | undefined)[][];
  /** Ranges relative to the sheet, with the report style of each. */
  readonly styles: { readonly range: string; readonly style: ReportStyle }[];
  readonly highlights: PlanOp[];
  /** Figure path → cell: `coverage.region.0.issues`, like the report plan's `cells`. */
  readonly cells: Record<string, string>;
}

/** The first column of the left and the right table. */
const SLOTS = [1, 7] as const;
const WIDTH = 5;

export function coverageSection(input: CoverageSectionInput): CoverageSection {
  const { coverage, t } = input;
  const L = COVERAGE_LABELS;
  const rows: PlanCell[][] = [[], [t(L.title)]];
  const formats: (string | undefined)[][] = [[], []];
  const styles: { range: string; style: ReportStyle }[] = [
    { range: range(input.firstRow + 1, 1, 12), style: "heading" },
  ];
  const highlights: PlanOp[] = [];
  const cells: Record<string, string> = {};
  const rowAt = (i: number) => input.firstRow + i;
  const put = (i: number, c: number, values: PlanCell[], fmts: (string | undefined)[] = []) => {
    const row = (rows[i] ??= []);
    const f = (formats[i] ??= []);
    values.forEach((v, k) => {
      row[c - 1 + k] = v;
      f[c - 1 + k] = fmts[k];
    });
  };

  const slots: CoverageStratum[][] = coverage.recorded
    ? [["region"], ["serviceLevel", "customerType"]]
    : [["customerType"]];
  const used = slots.map((s) => s.filter((stratum) => coverage[stratum].length > 0));
  const headerIndex = rows.length;
  let tallest = 0;
  const heights: number[] = [];
  used.forEach((strata, slot) => {
    if (strata.length === 0) return;
    const c0 = SLOTS[slot] ?? 1;
    put(headerIndex, c0, [t(L.stratum), t(L.value), t(L.issues), t(L.evaluations), t(L.rate)]);
    styles.push({ range: range(rowAt(headerIndex), c0, c0 + WIDTH - 1), style: "header" });
    let i = headerIndex + 1;
    for (const stratum of strata) {
      const first = i;
      coverage[stratum].forEach((entry, n) => {
        put(i, c0, stratumRow(input, stratum, entry, rowAt(i), c0, n === 0), [
          undefined,
          undefined,
          undefined,
          undefined,
          NUM_FMT.percent,
        ]);
        const address = (k: number) => cellAddress(rowAt(i), c0 + k);
        if (input.has("issues", stratum)) cells[`coverage.${stratum}.${n}.issues`] = address(2);
        if (input.has("evaluations", stratum)) cells[`coverage.${stratum}.${n}.evaluations`] = address(3);
        cells[`coverage.${stratum}.${n}.rate`] = address(4);
        i += 1;
      });
      highlights.push(uncoveredMark(input.sheet, rowAt(first), rowAt(i - 1), c0));
    }
    styles.push({ range: range(rowAt(headerIndex + 1), c0, c0 + WIDTH - 1, rowAt(i - 1)), style: "body" });
    tallest = Math.max(tallest, i - headerIndex - 1);
    heights[slot] = i - headerIndex - 1;
  });
  // The lines go below the right table when the left one leaves room there (the section stays short), else below both.
  const lines = coverageLines(coverage, t);
  const right = heights[1] ?? 0;
  const beside = right > 0 && right + 1 + lines.length <= tallest;
  lines.forEach((line, k) => {
    const i = (beside ? headerIndex + right + 2 : tallest === 0 ? headerIndex : headerIndex + tallest + 1) + k;
    const c = beside ? (SLOTS[1] ?? 1) : 1;
    put(i, c, [line]);
    styles.push({ range: range(rowAt(i), c, c), style: "note" });
  });
  return { rows, formats, styles, highlights, cells };
}

/** One stratum's row: its label on the first row of the stratum, the value, issues, evaluations and the rate. */
function stratumRow(
  input: CoverageSectionInput,
  stratum: CoverageStratum,
  entry: StratumCoverage,
  row: number,
  c0: number,
  first: boolean,
): PlanCell[] {
  const w = input.window;
  const value = `$${columnLetter(c0 + 1)}${row}`;
  const valid = validEvaluationCriteria(
    input.col("evaluations", "serviceDate"),
    input.col("evaluations", "validity"),
    w,
  );
  const windows = { issues: inWindow(input.col("issues", "completedAt"), w), evaluations: valid };
  // A table without the field's column (one kept by hand, or set up before it) has no row of the stratum: 0.
  const count = (table: "issues" | "evaluations"): PlanCell =>
    input.has(table, stratum)
      ? {
          formula: (input.count ?? ((_t, ...c) => countIfs(...c)))(
            table,
            windows[table],
            equalsCell(input.col(table, stratum), value, entry.masked),
          ),
        }
      : 0;
  const at = (k: number) => cellAddress(row, c0 + k);
  return [
    first ? input.t(COVERAGE_LABELS.strata[stratum]) : undefined,
    entry.value,
    count("issues"),
    count("evaluations"),
    { formula: ratio(at(3), at(2)) },
  ];
}

/** The rate cells of strata with issues and no evaluation, marked bad (a live mark: it follows corrected records). */
function uncoveredMark(sheet: string, first: number, last: number, c0: number): PlanOp {
  const col = (k: number) => columnLetter(c0 + k);
  return {
    kind: "highlight",
    sheet,
    range: `${col(4)}${first}:${col(4)}${last}`,
    formula: `AND(N($${col(2)}${first})>0,N($${col(3)}${first})=0)`,
    style: "bad",
  };
}

/**
 * The lines the manager reads: that no 区域 or 服务等级 was recorded (when so), then the strata not covered, or that
 * every stratum with issues is.
 */
export function coverageLines(coverage: SampleCoverage, t: (entry: Text) => string): string[] {
  const L = COVERAGE_LABELS;
  const parts: string[] = [];
  for (const stratum of ["region", "serviceLevel", "customerType"] as const) {
    const values = coverage.uncovered.filter((u) => u.stratum === stratum).map((u) => u.value);
    if (values.length > 0) parts.push(`${t(L.strata[stratum])} ${values.join(t({ zh: "、", en: ", " }))}`);
  }
  const lines: string[] = [];
  if (!coverage.recorded) lines.push(t(L.notRecorded));
  if (parts.length > 0) lines.push(t(L.uncovered) + parts.join(t({ zh: "；", en: "; " })));
  else if (coverage.recorded) lines.push(t(L.allCovered));
  return lines;
}

function range(r0: number, c0: number, c1: number, r1 = r0): string {
  return `${cellAddress(r0, c0)}:${cellAddress(r1, c1)}`;
}
