/**
 * Reading record cells for the monthly report (DOMAIN.md §1, §5): numbers are numbers (dates are serials), text
 * is trimmed text, and a blank cell is undefined.
 */
import type { CellValue } from "../schema/types";

/** The cell as a number, or undefined when it is not one. */
export function numberOf(value: CellValue): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** The cell as trimmed text (a number as its decimal text), or undefined when blank. */
export function textOf(value: CellValue): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === "number" ? String(value) : value.trim();
  return text === "" ? undefined : text;
}

/** A serial inside the half-open month range `[start, end)` (DOMAIN.md §5). */
export function inRange(value: CellValue, range: { readonly start: number; readonly end: number }): boolean {
  return typeof value === "number" && value >= range.start && value < range.end;
}
