/**
 * How figures are written into an improvement draft's 依据 (DOMAIN.md §1.5, §7), e.g.
 * `问题解决效果 得分率 64.0% < 70%`.
 */

/** A measured rate with one decimal: 0.64 → `64.0%`. */
export function measuredPercent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/** A threshold as typed on the Settings sheet, without trailing zeros: 0.7 → `70%`, 0.855 → `85.5%`. */
export function thresholdPercent(rate: number): string {
  return `${String(Math.round(rate * 1e6) / 1e4)}%`;
}

/** A measured number with `digits` decimals: (45, 1) → `45.0`. */
export function measured(value: number, digits: number): string {
  return value.toFixed(digits);
}
