/**
 * Damage `validate` reports besides wrong values (issue 10 item 7): a missing Settings or Lists sheet, a record
 * table's column whose header was renamed or deleted, a value typed over a calculated column, and a record table
 * renamed (or turned into a plain range), found by its headers. Each is a ValidationProblem with the sheet, the
 * cell and what to do. Reads only.
 */
import { SettingsError } from "../domain/errors";
import type { CellValue, FieldSpec, TableSpec } from "../domain/schema/types";
import { VALIDITY_INVALID_PREFIX, VALIDITY_OK, YES_NO } from "../domain/schema/values";
import type { TableGrid, WorkbookHost } from "../hosts/host";
import type { Expectation } from "../import/check-values";
import { describeExpectation } from "../import/check-values";
import type { TablePlace } from "../import/locate-rows";
import { columnLetter } from "../workbook/a1";
import { fieldKeyOf } from "../workbook/read-records";
import { isProductSheet } from "../import/adopt-sheets";
import type { WorkbookState } from "./read-workbook";
import type { ValidationProblem } from "./validate-workbook";

const problem = (sheet: string, row: number, column: string, value: CellValue, e: Expectation): ValidationProblem => ({
  sheet,
  row,
  column,
  value,
  expected: describeExpectation(e),
  expectation: e,
});

/** The Settings and Lists sheets the rules and dropdowns read. */
export function missingSheetProblems(state: WorkbookState): ValidationProblem[] {
  return (["settings", "lists"] as const)
    .map((key) => state.sheetNames[key])
    .filter((sheet) => !state.existingSheets.includes(sheet))
    .map((sheet) => problem(sheet, 1, "A", undefined, { rule: "sheet", sheet }));
}

const sameHeader = (a: string, b: string) =>
  a.replace(/\s+/g, "").toLowerCase() === b.replace(/\s+/g, "").toLowerCase();

/**
 * Where a missing record table's headers are, when a sheet has them in one row: the table was renamed or turned
 * into a plain range. Found when every entry field's label (zh or en) is in that row.
 */
export async function renamedTableProblem(
  host: WorkbookHost,
  state: WorkbookState,
  spec: TableSpec,
): Promise<ValidationProblem | undefined> {
  const own = new Set([spec.sheet.zh, spec.sheet.en]);
  const candidates = state.existingSheets.filter((s) => own.has(s) || !isProductSheet(s));
  const read = await host.read({ sheets: candidates });
  const labels = spec.fields.filter((f) => f.type !== "formula").map((f) => [f.zh, f.en]);
  for (const sheet of candidates) {
    const cells = read.sheets.get(sheet) ?? [];
    for (let r = 0; r < cells.length; r++) {
      const row = (cells[r] ?? []).map((v) => String(v ?? ""));
      const at = (names: string[]) => row.findIndex((h) => names.some((n) => sameHeader(h, n)));
      if (!labels.every((names) => at(names) >= 0)) continue;
      const first = Math.min(...labels.map(at));
      return problem(sheet, r + 1, columnLetter(first + 1), row[first], { rule: "tableName", table: spec.tableName });
    }
  }
  return undefined;
}

/** The values a text-valued calculated column can show. */
function textResultOk(field: FieldSpec, value: string): boolean {
  if (field.key === "validity") return value === VALIDITY_OK || value.startsWith(VALIDITY_INVALID_PREFIX);
  return value === YES_NO.yes || value === YES_NO.no;
}

/** True when a calculated cell holds something its formula cannot give: a value typed over the formula. */
function typedOver(field: FieldSpec, value: CellValue): boolean {
  if (value === undefined || value === "") return false;
  // An error value (#N/A, #VALUE!) is the formula's own result, reported by Excel itself.
  if (typeof value === "string" && value.startsWith("#")) return false;
  if (field.result === "text") return typeof value !== "string" || !textResultOk(field, value);
  return typeof value !== "number";
}

/**
 * A record table's columns: a schema column whose header is gone (renamed: the header now in its place is named;
 * else deleted), and calculated cells holding a typed value. `typed` (table column → body rows holding a value, not a
 * formula) comes from a host that can read formulas, and finds any typed value, one the formula could give too;
 * without it, a calculated cell is typed over when it holds a value its formula cannot give.
 */
export function columnProblems(
  spec: TableSpec,
  grid: TableGrid,
  place: TablePlace,
  typed?: ReadonlyMap<number, readonly number[]>,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const headerRow = Math.max(1, (place.rows[0] ?? 2) - 1);
  const keys = grid.headers.map((h) => fieldKeyOf(spec, h));
  spec.fields.forEach((field, i) => {
    if (keys.includes(field.key)) return;
    const inPlace = grid.headers[i];
    const renamed = inPlace !== undefined && keys[i] === undefined ? inPlace : undefined;
    // A renamed header is named where it is; a deleted column at the table's first header cell.
    const letter = columnLetter(place.firstColumn + (renamed === undefined ? 0 : i));
    const column = `${renamed ?? grid.headers[0] ?? ""} (${letter})`;
    problems.push(problem(grid.sheet, headerRow, column, renamed, { rule: "header", header: field.zh, renamed }));
  });
  const calculated = keys.flatMap((key, c) => {
    const field = spec.fields.find((f) => f.key === key && f.type === "formula");
    return field ? [{ field, c, column: `${grid.headers[c] ?? ""} (${columnLetter(place.firstColumn + c)})` }] : [];
  });
  const typedRows = new Map([...(typed ?? [])].map(([c, rows]) => [c, new Set(rows)]));
  grid.rows.forEach((values, r) => {
    for (const { field, c, column } of calculated) {
      const value = values[c];
      const found = typed ? typedRows.get(c)?.has(grid.rowIndex[r] ?? -1) === true : typedOver(field, value);
      if (!found) continue;
      problems.push(
        problem(grid.sheet, place.rows[r] ?? r + 2, column, value, { rule: "calculated", header: field.zh }),
      );
    }
  });
  return problems;
}

/**
 * `report` computes from the workbook's own Settings: it refuses a workbook whose Settings sheet is missing or
 * holds a rule value it cannot read, instead of silently using the defaults.
 * @throws SettingsError naming the sheet (and the rule) when the Settings cannot be read.
 */
export function requireReadableSettings(state: WorkbookState): void {
  const sheet = state.sheetNames.settings;
  if (!state.existingSheets.includes(sheet)) {
    throw new SettingsError(
      "the Settings sheet is missing, so the report has no rules to compute with; run init to add it again",
      {
        sheet,
      },
    );
  }
  const first = state.parsed.problems[0];
  if (first) {
    throw new SettingsError(
      `the setting ${first.key} holds ${JSON.stringify(first.value ?? null)}, expected ${first.expected}; correct it (validate lists every such cell)`,
      { sheet },
    );
  }
}
