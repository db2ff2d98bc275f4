/**
 * Invalid evaluations (DOMAIN.md §4.1, source 000 §2.3): flagged with their reasons, never deleted.
 */
import type { CellValue, RecordRow } from "./schema/types";
import { INVALID_REASON, VALIDITY_INVALID_PREFIX, VALIDITY_OK, type InvalidReason } from "./schema/values";
import type { Dimension, RuleSettings } from "./settings";

/** Required evaluation fields besides the dimension scores (DOMAIN.md §1.2). */
const REQUIRED_FIELDS = ["customerId", "serviceDate"] as const;

function isBlank(value: CellValue): boolean {
  return value === undefined || value === "";
}

/**
 * The reasons an evaluation is invalid, in this order (DOMAIN.md §4.1):
 * 同值作答 when there are ≥ 3 dimensions and all scores are numbers and equal; 用时过短 when fillSeconds is a
 * number below minFillSeconds; 信息不全 when customerId or serviceDate is blank or any dimension score is not a
 * number. Empty when the evaluation is valid.
 */
export function invalidReasons(row: RecordRow, dimensions: readonly Dimension[], rules: RuleSettings): InvalidReason[] {
  const scores = dimensions.map((d) => row[d.key]);
  const allNumbers = scores.every((s) => typeof s === "number");
  const reasons: InvalidReason[] = [];
  if (dimensions.length >= 3 && allNumbers && scores.every((s) => s === scores[0])) {
    reasons.push(INVALID_REASON.straightLining);
  }
  const fillSeconds = row["fillSeconds"];
  if (typeof fillSeconds === "number" && fillSeconds < rules.minFillSeconds) {
    reasons.push(INVALID_REASON.tooFast);
  }
  if (REQUIRED_FIELDS.some((key) => isBlank(row[key])) || !allNumbers) {
    reasons.push(INVALID_REASON.incomplete);
  }
  return reasons;
}

/** The 有效性 cell (DOMAIN.md §1.2): 有效, or 无效: followed by the reasons joined with `;`. */
export function validityText(reasons: readonly InvalidReason[]): string {
  return reasons.length === 0 ? VALIDITY_OK : VALIDITY_INVALID_PREFIX + reasons.join(";");
}
