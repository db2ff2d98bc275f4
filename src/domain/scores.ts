/**
 * Scores (DOMAIN.md §2, source 000 §2.3): weighted score per evaluation, dimension and overall score rates per
 * period, grade, CSAT and the NPS-style index. "No data" is undefined.
 */
import type { CellValue, RecordRow } from "./schema/types";
import type { Dimension, RuleSettings } from "./settings";

/** Tolerance of the CSAT comparison: 0.3×4 + … can land just below 4 in floating point (DOMAIN.md §2.4). */
export const CSAT_TOLERANCE = 1e-9;

/** Grades of a score rate (DOMAIN.md §2.3). */
export const GRADE = { excellent: "优秀", good: "良好", needsImprovement: "待改进" } as const;
export type Grade = (typeof GRADE)[keyof typeof GRADE];

/** A mean kept as (sum, count) so groups can be merged; `mean` is undefined when count is 0. */
export interface SumCount {
  readonly sum: number;
  readonly count: number;
}

export interface DimensionScore extends SumCount {
  readonly key: string;
  readonly mean: number | undefined;
  readonly rate: number | undefined;
}

export interface PeriodScores {
  readonly dimensions: readonly DimensionScore[];
  readonly overall: number | undefined;
  readonly overallRate: number | undefined;
}

function weightOf(weights: ReadonlyMap<string, number>, key: string): number {
  const w = weights.get(key);
  if (w === undefined) throw new RangeError(`no weight for dimension ${key}`);
  return w;
}

/** Σ w × x in dimension order, accumulated left to right like a spreadsheet's `w1*x1+w2*x2+…`. */
function weightedSum(
  dimensions: readonly Dimension[],
  weights: ReadonlyMap<string, number>,
  valueOf: (d: Dimension) => number | undefined,
): number | undefined {
  let acc: number | undefined;
  for (const d of dimensions) {
    const x = valueOf(d);
    if (x === undefined) return undefined;
    const term = weightOf(weights, d.key) * x;
    acc = acc === undefined ? term : acc + term;
  }
  return acc;
}

/**
 * 加权得分 (DOMAIN.md §2.2): `Σ w_d × score_d` in dimension order. Undefined when any dimension score is not a
 * number, or there are no dimensions.
 * @throws RangeError when `weights` lacks a dimension (a programming error).
 */
export function weightedScore(
  row: RecordRow,
  dimensions: readonly Dimension[],
  weights: ReadonlyMap<string, number>,
): number | undefined {
  return weightedSum(dimensions, weights, (d) => {
    const score = row[d.key];
    return typeof score === "number" ? score : undefined;
  });
}

/** 得分率 (DOMAIN.md §2.1, §2.2): a 1–5 score divided by 5. */
export function scoreRate(ws: number | undefined): number | undefined {
  return ws === undefined ? undefined : ws / 5;
}

/** Grade of a score rate (DOMAIN.md §2.3): ≥ gradeExcellent 优秀, ≥ gradeGood 良好, else 待改进 (exact comparisons). */
export function grade(rate: number | undefined, rules: RuleSettings): Grade | undefined {
  if (rate === undefined) return undefined;
  if (rate >= rules.gradeExcellent) return GRADE.excellent;
  if (rate >= rules.gradeGood) return GRADE.good;
  return GRADE.needsImprovement;
}

/** Low-score dimension (DOMAIN.md §2.1): rate < lowRate. A dimension without data is not low. */
export function isLowRate(rate: number | undefined, rules: RuleSettings): boolean {
  return rate !== undefined && rate < rules.lowRate;
}

/**
 * CSAT% (DOMAIN.md §2.4): the share of weighted scores ≥ csatMin − 1e-9. Entries that are undefined are skipped;
 * undefined when no score is left.
 */
export function csat(weightedScores: readonly (number | undefined)[], rules: RuleSettings): number | undefined {
  const scores = weightedScores.filter((s): s is number => s !== undefined);
  if (scores.length === 0) return undefined;
  const satisfied = scores.filter((s) => s >= rules.csatMin - CSAT_TOLERANCE).length;
  return satisfied / scores.length;
}

/**
 * NPS-style index of the follow-up calls' 1–10 overall (DOMAIN.md §2.4), as a fraction:
 * `promoters / n − detractors / n`, promoters ≥ promoterMin, detractors ≤ detractorMax, n = the numbers given
 * (cells that are not numbers are skipped). Undefined when n is 0.
 */
export function npsIndex(overalls: readonly CellValue[], rules: RuleSettings): number | undefined {
  const scores = overalls.filter((s): s is number => typeof s === "number");
  if (scores.length === 0) return undefined;
  const promoters = scores.filter((s) => s >= rules.promoterMin).length;
  const detractors = scores.filter((s) => s <= rules.detractorMax).length;
  return promoters / scores.length - detractors / scores.length;
}

/**
 * A period's dimension means and rates and its overall score (DOMAIN.md §2.1, §2.2), over rows already known to
 * be valid (§4.1). Scores that are not numbers are skipped. `overall = Σ w_d × mean_d` in dimension order,
 * undefined when any mean is; `overallRate = overall / 5`.
 * @throws RangeError when `weights` lacks a dimension (a programming error).
 */
export function periodScores(
  validRows: readonly RecordRow[],
  dimensions: readonly Dimension[],
  weights: ReadonlyMap<string, number>,
): PeriodScores {
  const perDimension: DimensionScore[] = dimensions.map((d) => {
    let sum = 0;
    let count = 0;
    for (const row of validRows) {
      const score = row[d.key];
      if (typeof score === "number") {
        sum += score;
        count += 1;
      }
    }
    const mean = count === 0 ? undefined : sum / count;
    return { key: d.key, sum, count, mean, rate: scoreRate(mean) };
  });
  const means = new Map(perDimension.map((s) => [s.key, s.mean]));
  const overall = weightedSum(dimensions, weights, (d) => means.get(d.key));
  return { dimensions: perDimension, overall, overallRate: scoreRate(overall) };
}
