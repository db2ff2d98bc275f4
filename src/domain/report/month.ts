/**
 * Report months (DOMAIN.md §5, §7): `YYYY-MM` keys, the previous month, the end of the next month and EDATE.
 */
import { monthKey, monthRange, serialFromParts, serialToParts } from "../serial";
import type { CellValue } from "../schema/types";

function parts(month: string): { year: number; month: number } {
  monthRange(month); // validates
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

/**
 * The month `offset` months after `month` (negative: before), `YYYY-MM`.
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function shiftMonth(month: string, offset: number): string {
  const p = parts(month);
  return monthKey(serialFromParts(p.year, p.month + offset, 1));
}

/**
 * The calendar month before `month` (DOMAIN.md §5: the report compares each headline figure with it).
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function previousMonth(month: string): string {
  return shiftMonth(month, -1);
}

/**
 * The last day of the month after `month`, as a date serial (DOMAIN.md §7: a draft is due by the end of the next
 * month). 2024-03 → 2024-04-30.
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function endOfNextMonth(month: string): number {
  const p = parts(month);
  return serialFromParts(p.year, p.month + 2, 0);
}

/**
 * Excel's `EDATE(serial, months)` on the day of `serial` (time dropped): the same day `months` months later, or
 * the last day of that month when it is shorter (2024-01-31 + 1 → 2024-02-29). DOMAIN.md §1.5: recheckDate =
 * dueDate + 1 month.
 */
export function edate(serial: number, months: number): number {
  const p = serialToParts(Math.floor(serial));
  const last = serialToParts(serialFromParts(p.year, p.month + months + 1, 0)).day;
  return serialFromParts(p.year, p.month + months, Math.min(p.day, last));
}

/**
 * The `YYYY-MM` month of an improvement row's 来源月份 cell (DOMAIN.md §1.5): text `YYYY-MM` (also `YYYY-M`,
 * `YYYY/MM` and `YYYY年M月`), or a date serial that Excel made of the typed month (its month is taken).
 * Undefined for anything else.
 */
export function monthOfCell(value: CellValue): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 61 ? monthKey(value) : undefined;
  if (value === undefined) return undefined;
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/u.exec(value.trim());
  if (!match) return undefined;
  const m = Number(match[2]);
  return m >= 1 && m <= 12 ? `${match[1] ?? ""}-${String(m).padStart(2, "0")}` : undefined;
}
