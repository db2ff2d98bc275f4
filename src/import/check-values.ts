/**
 * Whether a value stored in a table cell has its field's type (issue 3 item 8): what `validateWorkbook` checks,
 * cell by cell. Returns what was expected, or undefined when the value is fine. Blank values are fine here;
 * required fields are checked by the caller.
 */
import type { CellValue, FieldSpec } from "../domain/schema/types";
import { MAX_SERIAL, MIN_SERIAL } from "./parse-dates";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function checkStoredValue(
  field: FieldSpec,
  value: CellValue,
  listValues: readonly string[],
): string | undefined {
  if (value === undefined || value === "") return undefined;
  switch (field.type) {
    case "text":
    case "longText":
    case "formula":
      return undefined;
    case "dateTime":
    case "date":
      return typeof value === "number" && value >= MIN_SERIAL && value < MAX_SERIAL
        ? undefined
        : `a ${field.type === "date" ? "date" : "date and time"} (a date cell, not text)`;
    case "month":
      return typeof value === "string" && MONTH.test(value) ? undefined : "a month as text YYYY-MM, e.g. 2024-03";
    case "whole": {
      const [min, max] = [field.min ?? -Infinity, field.max ?? Infinity];
      return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
        ? undefined
        : `a whole number from ${String(min)} to ${String(max)}`;
    }
    case "number":
      return typeof value === "number" && Number.isFinite(value) && value >= 0 ? undefined : "a number ≥ 0";
    case "list": {
      const text = String(value).toLowerCase();
      if (listValues.some((v) => v.toLowerCase() === text)) return undefined;
      const shown = listValues.slice(0, 12).join(", ") + (listValues.length > 12 ? ", …" : "");
      return `a value of its list on the Lists sheet (${shown})`;
    }
  }
}
