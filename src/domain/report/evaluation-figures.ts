/**
 * The month's evaluation figures (DOMAIN.md §2, §4.1, §4.2, source 000 §2.3): validity, dimension score rates,
 * the weighted overall score, grade, benchmark gap, CSAT, sample coverage and strata.
 */
import { compareText } from "../keywords/top-keywords";
import { listSpec } from "../schema/lists";
import type { RecordRow } from "../schema/types";
import type { InvalidReason } from "../schema/values";
import { csat, grade, isLowRate, periodScores, weightedScore, type Grade } from "../scores";
import { periodRange } from "./period";
import type { Settings } from "../settings";
import { invalidReasons } from "../validity";
import { effectiveWeights } from "../weights";
import { inRange, textOf } from "./cells";

export interface DimensionFigure {
  readonly key: string;
  /** The dimension's Chinese label (Settings). */
  readonly label: string;
  readonly mean: number | undefined;
  readonly rate: number | undefined;
  /** rate < lowRate (§2.1). */
  readonly low: boolean;
}

export interface StratumCount {
  readonly value: string;
  readonly count: number;
}

export interface EvaluationFigures {
  readonly total: number;
  readonly valid: number;
  readonly validityRate: number | undefined;
  /** validityRate below validityTarget (the report shows it in red); false without data. */
  readonly validityLow: boolean;
  readonly invalid: Readonly<Record<InvalidReason, number>>;
  readonly dimensions: readonly DimensionFigure[];
  /** Keys of the low-score dimensions, in dimension order. */
  readonly lowDimensions: readonly string[];
  readonly overall: number | undefined;
  readonly overallRate: number | undefined;
  readonly grade: Grade | undefined;
  readonly benchmarkGap: number | undefined;
  readonly csat: number | undefined;
  /** Issues whose completedAt is in the month: the coverage denominator. */
  readonly completedIssues: number;
  readonly coverage: number | undefined;
  readonly coverageLow: boolean;
  readonly byCustomerType: readonly StratumCount[];
  readonly byServiceType: readonly StratumCount[];
  readonly missingStrata: { readonly customerTypes: readonly string[]; readonly serviceTypes: readonly string[] };
}

export interface EvaluationOptions {
  /** The Lists sheet's 服务类型 values. @default the default list */
  readonly serviceTypes?: readonly string[];
}

/** The catch-all list value, never reported as a missing stratum. */
const CATCH_ALL = "其他";

function countBy(rows: readonly RecordRow[], key: string, order: readonly string[]): StratumCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = textOf(row[key]);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const rank = (v: string) => {
    const i = order.indexOf(v);
    return i < 0 ? order.length : i;
  };
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => rank(a.value) - rank(b.value) || compareText(a.value, b.value));
}

function ratio(numerator: number, denominator: number): number | undefined {
  return denominator === 0 ? undefined : numerator / denominator;
}

/**
 * The evaluation figures of `month` (DOMAIN.md §2, §4.1, §4.2). Evaluations belong to the month by serviceDate.
 * valid = no `invalidReasons` (its 有效性 would be 有效); each invalid row counts under every reason that holds;
 * validityRate = valid / total. Scores use the valid rows only (`periodScores`); csat over their weighted scores;
 * benchmarkGap = overallRate − benchmark. coverage = valid / issues whose completedAt is in the month (undefined
 * when there are none). byCustomerType and byServiceType count all the month's evaluations (blank values left
 * out), in list order. missingStrata: customerTypes = types of the month's completed issues (the coverage
 * denominator) with no evaluation in the month; serviceTypes = values of the 服务类型 list, except 其他, with no
 * evaluation in the month (issues have no service type, so the list is the reference).
 * @throws SettingsError when the dimension weights do not sum to 100% (`effectiveWeights`).
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function evaluationFigures(
  tables: { readonly evaluations: readonly RecordRow[]; readonly issues: readonly RecordRow[] },
  settings: Settings,
  month: string,
  options: EvaluationOptions = {},
): EvaluationFigures {
  const range = periodRange(month);
  const { rules, dimensions } = settings;
  const weights = effectiveWeights(dimensions, rules);
  const rows = tables.evaluations.filter((r) => inRange(r["serviceDate"], range));
  const invalid: Record<InvalidReason, number> = { 同值作答: 0, 用时过短: 0, 信息不全: 0 };
  const validRows: RecordRow[] = [];
  for (const row of rows) {
    const reasons = invalidReasons(row, dimensions, rules);
    if (reasons.length === 0) validRows.push(row);
    for (const reason of reasons) invalid[reason] += 1;
  }
  const scores = periodScores(validRows, dimensions, weights);
  const dims = dimensions.map((d, i) => {
    const rate = scores.dimensions[i]?.rate;
    return { key: d.key, label: d.zh, mean: scores.dimensions[i]?.mean, rate, low: isLowRate(rate, rules) };
  });
  const completed = tables.issues.filter((r) => inRange(r["completedAt"], range));
  const validityRate = ratio(validRows.length, rows.length);
  const coverage = ratio(validRows.length, completed.length);
  const evaluatedTypes = new Set(rows.map((r) => textOf(r["customerType"])));
  const evaluatedServices = new Set(rows.map((r) => textOf(r["serviceType"])));
  const serviceList = options.serviceTypes ?? listSpec("serviceType").values;
  const customerList = listSpec("customerType").values;
  const issueTypes = countBy(completed, "customerType", customerList).map((s) => s.value);
  return {
    total: rows.length,
    valid: validRows.length,
    validityRate,
    validityLow: validityRate !== undefined && validityRate < rules.validityTarget,
    invalid,
    dimensions: dims,
    lowDimensions: dims.filter((d) => d.low).map((d) => d.key),
    overall: scores.overall,
    overallRate: scores.overallRate,
    grade: grade(scores.overallRate, rules),
    benchmarkGap: scores.overallRate === undefined ? undefined : scores.overallRate - rules.benchmark,
    csat: csat(
      validRows.map((r) => weightedScore(r, dimensions, weights)),
      rules,
    ),
    completedIssues: completed.length,
    coverage,
    coverageLow: coverage !== undefined && coverage < rules.coverageTarget,
    byCustomerType: countBy(rows, "customerType", customerList),
    byServiceType: countBy(rows, "serviceType", serviceList),
    missingStrata: {
      customerTypes: issueTypes.filter((t) => !evaluatedTypes.has(t)),
      serviceTypes: serviceList.filter((s) => s !== CATCH_ALL && !evaluatedServices.has(s)),
    },
  };
}
