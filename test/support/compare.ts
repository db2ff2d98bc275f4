import type { CellValue } from "../../src/domain/schema/types";

/** Equal as a spreadsheet result: numbers within 1e-9 relative, text exactly, "no data" only with "no data". */
export function sameResult(actual: CellValue, expected: CellValue): boolean {
  if (expected === undefined || expected === "") return actual === undefined || actual === "";
  if (typeof expected === "number") {
    if (typeof actual !== "number") return false;
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  return actual === expected;
}
