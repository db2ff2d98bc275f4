/**
 * Feedback detail rules (DOMAIN.md §1.4, source 004 §2.3).
 */
import type { CellValue } from "./schema/types";
import { YES_NO } from "./schema/values";
import type { RuleSettings } from "./settings";

/**
 * 是否需跟进 of a feedback row (DOMAIN.md §1.4): 是 when the score is below feedbackFollowUpBelow (评分低于3分),
 * else 否; undefined when the score is not a number.
 */
export function feedbackNeedsFollowUp(
  score: CellValue,
  rules: RuleSettings,
): (typeof YES_NO)[keyof typeof YES_NO] | undefined {
  if (typeof score !== "number") return undefined;
  return score < rules.feedbackFollowUpBelow ? YES_NO.yes : YES_NO.no;
}
