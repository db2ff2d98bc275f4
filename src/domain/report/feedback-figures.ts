/**
 * The month's feedback headline (DOMAIN.md §5, §6): feedback rows, negative ones and the average score, for the
 * comparison with the previous month.
 */
import { periodRange } from "./period";
import type { RecordRow } from "../schema/types";
import type { RuleSettings } from "../settings";
import { inRange, numberOf } from "./cells";

export interface FeedbackFigures {
  /** Feedback rows whose servedAt is in the month. */
  readonly total: number;
  /** Of those, score ≤ negativeScoreMax. */
  readonly negative: number;
  /** Mean score of those with a score. */
  readonly avgScore: number | undefined;
}

/**
 * Feedback figures of `month` (DOMAIN.md §5): rows by servedAt, negative when the score is ≤ negativeScoreMax.
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function feedbackFigures(feedback: readonly RecordRow[], rules: RuleSettings, month: string): FeedbackFigures {
  const range = periodRange(month);
  let total = 0;
  let negative = 0;
  let sum = 0;
  let count = 0;
  for (const row of feedback) {
    if (!inRange(row["servedAt"], range)) continue;
    total += 1;
    const score = numberOf(row["score"]);
    if (score === undefined) continue;
    sum += score;
    count += 1;
    if (score <= rules.negativeScoreMax) negative += 1;
  }
  return { total, negative, avgScore: count === 0 ? undefined : sum / count };
}
