/**
 * The report panel's period choices (issue 15 item 1), derived from the months that hold records: those months,
 * their quarters, and the ISO weeks that overlap them; each list latest first.
 */
import type { PeriodKind } from "../../../domain/report/period";
import { parsePeriod, shiftPeriod, weekKey } from "../../../domain/report/period";

export const PERIOD_KINDS: readonly PeriodKind[] = ["week", "month", "quarter", "range"];

/** The periods of `kind` that overlap `months` (`YYYY-MM`), latest first; none for a custom range. */
export function periodOptions(kind: PeriodKind, months: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const month of months) {
    const { start, end } = parsePeriod(month);
    if (kind === "month") keys.add(month);
    if (kind === "quarter") keys.add(`${month.slice(0, 4)}Q${String(Math.ceil(Number(month.slice(5, 7)) / 3))}`);
    if (kind === "week") {
      for (let week = weekKey(start); parsePeriod(week).start < end; week = shiftPeriod(week, 1)) keys.add(week);
    }
  }
  return [...keys].sort((a, b) => parsePeriod(b).start - parsePeriod(a).start);
}
