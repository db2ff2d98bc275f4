/**
 * Whether a value stored in a table cell has its field's type (issue 3 item 8): what `validateWorkbook` checks,
 * cell by cell. Returns what was expected, or undefined when the value is fine. Blank values are fine here;
 * required fields are checked by the caller.
 */
import type { CellValue, FieldSpec } from "../domain/schema/types";
import { MAX_SERIAL, MIN_SERIAL } from "./parse-dates";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** What a cell should have held, as data: the pane words it in its language, the CLI in English. */
export type Expectation =
  | { readonly rule: "required"; readonly field: string }
  | { readonly rule: "date" | "dateTime" | "month" | "number" }
  | { readonly rule: "whole"; readonly min: number; readonly max: number }
  | { readonly rule: "list"; readonly values: readonly string[] }
  | { readonly rule: "unique"; readonly firstRow: number }
  | { readonly rule: "table"; readonly table: string }
  | { readonly rule: "weights"; readonly detail: string }
  | { readonly rule: "setting"; readonly kind: string }
  /** A sheet the workbook needs is missing (Settings, Lists). */
  | { readonly rule: "sheet"; readonly sheet: string }
  /** A schema column's header: renamed (the header found in its place) or deleted. */
  | { readonly rule: "header"; readonly header: string; readonly renamed?: string }
  /** A value typed over a calculated column's formula. */
  | { readonly rule: "calculated"; readonly header: string }
  /** A record table's headers are here, but the table has another name or is a plain range. */
  | { readonly rule: "tableName"; readonly table: string }
  /** An issue whose customer result is 不满意 but whose status is closed: 不满意 reopens it (002 step 5). */
  | { readonly rule: "reopen"; readonly status: string };

/** The expectation in English (CLI output, JSON). */
export function describeExpectation(e: Expectation): string {
  switch (e.rule) {
    case "required":
      return `a value: ${e.field} is required`;
    case "date":
      return "a date (a date cell, not text)";
    case "dateTime":
      return "a date and time (a date cell, not text)";
    case "month":
      return "a month as text YYYY-MM, e.g. 2024-03";
    case "number":
      return "a number ≥ 0";
    case "whole":
      return `a whole number from ${String(e.min)} to ${String(e.max)}`;
    case "list":
      return `a value of its list on the Lists sheet (${e.values.slice(0, 12).join(", ")}${e.values.length > 12 ? ", …" : ""})`;
    case "unique":
      return `a unique id (row ${String(e.firstRow)} has the same one)`;
    case "table":
      return `the ${e.table} table (run init to set up the workbook)`;
    case "weights":
      return `weights summing to 100% (${e.detail})`;
    case "setting":
      return e.kind;
    case "sheet":
      return `the ${e.sheet} sheet, which is missing (run init to add it again)`;
    case "header":
      return e.renamed === undefined
        ? `the column ${e.header}, which is missing (run init to add it again)`
        : `the header ${e.header} (rename the column back, or run init to add ${e.header} as a new column)`;
    case "calculated":
      return `the formula of ${e.header} (a value was typed over it: clear the cell, or run init to restore the formula)`;
    case "tableName":
      return `the ${e.table} table over these headers (rename the table back to ${e.table} in Table Design, or run init to adopt the sheet)`;
    case "reopen":
      return `status ${e.status}: the customer was dissatisfied (satisfaction ≤ 3), so the issue is reopened`;
  }
}

/** What a stored value should have been, or undefined when it is fine (blank is fine here). */
export function expectationOf(
  field: FieldSpec,
  value: CellValue,
  listValues: readonly string[],
): Expectation | undefined {
  if (value === undefined || value === "") return undefined;
  switch (field.type) {
    case "text":
    case "longText":
    case "formula":
      return undefined;
    case "dateTime":
    case "date":
      return typeof value === "number" && value >= MIN_SERIAL && value < MAX_SERIAL ? undefined : { rule: field.type };
    case "month":
      return typeof value === "string" && MONTH.test(value) ? undefined : { rule: "month" };
    case "whole": {
      const [min, max] = [field.min ?? -Infinity, field.max ?? Infinity];
      return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
        ? undefined
        : { rule: "whole", min, max };
    }
    case "number":
      return typeof value === "number" && Number.isFinite(value) && value >= 0 ? undefined : { rule: "number" };
    case "list": {
      const text = String(value).toLowerCase();
      return listValues.some((v) => v.toLowerCase() === text) ? undefined : { rule: "list", values: listValues };
    }
  }
}

export function checkStoredValue(
  field: FieldSpec,
  value: CellValue,
  listValues: readonly string[],
): string | undefined {
  const e = expectationOf(field, value, listValues);
  return e && describeExpectation(e);
}
