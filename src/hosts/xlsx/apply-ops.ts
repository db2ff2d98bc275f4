import type ExcelJS from "exceljs";
import type { CellValue } from "../../domain/schema/types";
import { cellAddress, parseAddress } from "../../workbook/a1";
import { cellValue } from "./cell-values";
import { toFileFormula } from "./future-functions";
import { internals, tableInternals } from "./exceljs-internals";
import type { HighlightStyle, PlanError, PlanOp, TableBase, ValidationRule } from "../../workbook/plan-types";
import { TableBlockedError, WorkbookChangedError } from "../../workbook/plan-errors";

type Op<K extends PlanOp["kind"]> = Extract<PlanOp, { kind: K }>;

const FILLS: Readonly<Record<HighlightStyle, { fill: string; font: string }>> = {
  bad: { fill: "FFFFC7CE", font: "FF9C0006" },
  warn: { fill: "FFFFEB9C", font: "FF9C5700" },
  muted: { fill: "FFEDEDED", font: "FF7F7F7F" },
  good: { fill: "FFC6EFCE", font: "FF006100" },
};

const toExcel = (v: CellValue): ExcelJS.CellValue => (v === undefined ? null : v);

/**
 * Applies a table op: creates the table (refused when one of that name exists), or applies its changes to the table
 * as it is (refused when it is no longer as the plan read it). The file is written again as a whole, so the table is
 * re-declared over its grown range, but its existing cells keep their values and formulas; only new columns, owned
 * cells, new rows and calculated columns whose formula changed are written.
 * @throws WorkbookChangedError, or TableBlockedError when new rows or columns would cover cells that hold data
 */
export function applyTable(ws: ExcelJS.Worksheet, op: Op<"table">): void {
  const old = tableInternals(ws.getTable(op.name));
  if (old && (!op.base || op.adopt)) {
    throw new WorkbookChangedError(`table ${op.name}`, "a table of this name exists now");
  }
  if (!op.base) return createTable(ws, op, op.rows);
  const ref = op.adopt ? adoptRange(ws, op, op.base, op.adopt.header) : old?.table.tableRef;
  if (!ref) throw new WorkbookChangedError(`table ${op.name}`, `the table is no longer on sheet ${ws.name}`);
  const { base } = op;
  const [a = "A1", b = a] = ref.split(":");
  const from = parseAddress(a);
  const to = parseAddress(b);
  const headers = old ? old.table.columns.map((c) => c.name) : base.headers;
  if (headers.length !== base.headers.length || headers.some((h, i) => h !== base.headers[i])) {
    throw new WorkbookChangedError(`table ${op.name}`, "its columns changed since it was read");
  }
  if (to.row - from.row !== base.bodyRows) {
    throw new WorkbookChangedError(`table ${op.name}`, "rows were added or removed meanwhile");
  }
  const kept: ExcelJS.CellValue[][] = [];
  for (let r = from.row + 1; r <= to.row; r++) {
    const row = ws.getRow(r);
    kept.push(op.columns.map((c, i) => (i < headers.length ? row.getCell(from.col + i).value : null)));
  }
  for (const change of op.cells ?? []) {
    const cell = ws.getRow(from.row + 1 + change.row).getCell(from.col + change.column);
    if ((cellValue(cell) ?? "") !== (change.was ?? "")) {
      throw new WorkbookChangedError(`${ws.name}!${cell.address}`, "the cell was changed since it was read");
    }
  }
  refuseMovedRows(ws, op, from);
  for (const change of op.cells ?? []) {
    const row = kept[change.row];
    if (row) row[change.column] = toExcel(change.value);
  }
  const gone = new Set(op.deleteRows ?? []);
  const body = [
    ...kept.slice(0, base.usedRows),
    ...op.rows.map((r) => op.columns.map((_, i) => toExcel(r[i]))),
    ...kept.slice(base.usedRows + op.rows.length),
  ].filter((_, i) => !gone.has(i));
  const now = { top: from.row, left: from.col, bottom: to.row, right: from.col + headers.length - 1 };
  refuseOccupied(ws, op.name, now, {
    bottom: from.row + Math.max(body.length, 1),
    right: from.col + op.columns.length - 1,
  });
  if (old) ws.removeTable(op.name);
  // Rows that left the table free the cells at its bottom.
  for (let r = from.row + 1 + Math.max(body.length, 1); r <= to.row; r++) {
    const row = ws.getRow(r);
    for (let c = 0; c < op.columns.length; c++) row.getCell(from.col + c).value = null;
  }
  // A kept row keeps its formulas' cached results unless the change writes into it (a blanked dimension).
  const changed = new Set((op.cells ?? []).map((c) => c.row));
  const firstNewRow = base.usedRows - [...gone].filter((i) => i < base.usedRows).length;
  createTable(ws, op, body, (c) => c.formula !== undefined, { firstNewRow, changed });
}

/**
 * A hand-kept sheet's range that becomes the table (plan-types.ts `adopt`): checked against its header row as read
 * and against the sheet's tables, then given the table's headers where they differ. Body cells are not written.
 * @returns the range, as a table's ref
 * @throws WorkbookChangedError when the header row holds something else now or a table overlaps the range
 */
function adoptRange(ws: ExcelJS.Worksheet, op: Op<"table">, base: TableBase, header: readonly CellValue[]): string {
  const origin = parseAddress(op.origin);
  const to = cellAddress(origin.row + base.bodyRows, origin.col + base.headers.length - 1);
  const row = ws.getRow(origin.row);
  header.forEach((was, i) => {
    const cell = row.getCell(origin.col + i);
    if ((cellValue(cell) ?? "") !== (was ?? "")) {
      throw new WorkbookChangedError(`${ws.name}!${cell.address}`, "the header cell was changed since it was read");
    }
  });
  if (ws.getTables().length > 0) {
    throw new WorkbookChangedError(
      `${ws.name}!${op.origin}`,
      `the sheet holds a table now; table ${op.name} was not made`,
    );
  }
  base.headers.forEach((h, i) => {
    const cell = row.getCell(origin.col + i);
    if (String(cellValue(cell) ?? "") !== h) cell.value = h;
  });
  return `${op.origin}:${to}`;
}

/**
 * Refuses to delete rows that no longer hold what the plan read in them (the table was sorted or edited).
 * @throws WorkbookChangedError naming the first such cell
 */
function refuseMovedRows(ws: ExcelJS.Worksheet, op: Op<"table">, from: { row: number; col: number }): void {
  const check = op.deleteCheck;
  check?.was.forEach((was, i) => {
    const cell = ws.getRow(from.row + 1 + (op.deleteRows?.[i] ?? 0)).getCell(from.col + check.column);
    if ((cellValue(cell) ?? "") !== (was ?? "")) {
      throw new WorkbookChangedError(`${ws.name}!${cell.address}`, "the row to remove holds something else now");
    }
  });
}

/**
 * Refuses to grow a table over cells that hold anything (notes typed under it, a user's own table) or are merged:
 * the cells its new rows take below it and its new columns take beside it must be empty and unmerged.
 * @throws TableBlockedError naming the first such cell
 */
function refuseOccupied(
  ws: ExcelJS.Worksheet,
  table: string,
  now: { top: number; left: number; bottom: number; right: number },
  grown: { bottom: number; right: number },
): void {
  for (let r = now.top; r <= grown.bottom; r++) {
    for (let c = now.left; c <= grown.right; c++) {
      if (r <= now.bottom && c <= now.right) continue;
      const cell = ws.getRow(r).getCell(c);
      // A table cannot hold merged cells: a merged area there blocks it as a value does.
      if (cell.isMerged || (cell.value !== null && cell.value !== undefined && cell.value !== "")) {
        throw new TableBlockedError(ws.name, cell.address, table);
      }
    }
  }
}

/** The table over its range with these body rows; calculated columns (or those `formulaFor` picks) get their formula. */
function createTable(
  ws: ExcelJS.Worksheet,
  op: Op<"table">,
  rows: readonly (readonly ExcelJS.CellValue[])[] | readonly (readonly CellValue[])[],
  formulaFor: (c: Op<"table">["columns"][number]) => boolean = (c) => c.formula !== undefined,
  cached: { firstNewRow: number; changed: ReadonlySet<number> } = { firstNewRow: 0, changed: new Set() },
): void {
  const origin = parseAddress(op.origin);
  const body = rows.length > 0 ? rows : [op.columns.map(() => null)];
  const fresh = op.base?.headers.length ?? 0;
  // A new column's format is set on the column before its cells are written: each cell inherits it, and so do the
  // rows a user adds below the table later.
  op.columns.forEach((c, i) => {
    if (i < fresh) return;
    const col = ws.getColumn(origin.col + i);
    if (c.width) col.width = c.width;
    if (c.numFmt) col.numFmt = c.numFmt;
  });
  ws.addTable({
    name: op.name,
    ref: op.origin,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: op.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: body.map((r, row) =>
      op.columns.map((c, i) =>
        c.formula && formulaFor(c)
          ? formulaCell(
              c.formula,
              (cached.changed.has(row) ? undefined : keptResult(r[i])) ?? c.values?.[row - cached.firstNewRow],
            )
          : (toCell(r[i]) as ExcelJS.CellValue),
      ),
    ),
  });
  if (!op.base) ws.getRow(origin.row).font = { bold: true };
}

/** An existing formula cell's cached result, kept when the table is re-declared (the plan's values are for new rows). */
function keptResult(v: ExcelJS.CellValue | CellValue): CellValue | PlanError {
  if (v === null || typeof v !== "object" || !("formula" in v || "sharedFormula" in v)) return undefined;
  const result = (v as ExcelJS.CellFormulaValue).result;
  if (typeof result === "number" || typeof result === "string") return result;
  const isNa = result !== null && typeof result === "object" && "error" in result && result.error === "#N/A";
  return isNa ? { error: "#N/A" } : undefined;
}

const toCell = (v: ExcelJS.CellValue | CellValue): ExcelJS.CellValue => (v === undefined ? null : v);

/** A formula with the domain's result as its cached value, when the plan knows it; post-2007 functions prefixed. */
function formulaCell(plain: string, value: CellValue | PlanError): ExcelJS.CellFormulaValue {
  const formula = toFileFormula(plain);
  if (value === undefined) return { formula } as ExcelJS.CellFormulaValue;
  return { formula, result: typeof value === "object" ? { error: value.error } : value, date1904: false };
}

export function applyCells(ws: ExcelJS.Worksheet, op: Op<"cells">): void {
  const origin = parseAddress(op.origin);
  op.rows.forEach((cells, r) => {
    const row = ws.getRow(origin.row + r);
    cells.forEach((v, c) => {
      const cell = row.getCell(origin.col + c);
      cell.value = v !== null && typeof v === "object" ? formulaCell(v.formula, v.value) : toExcel(v);
      const fmt = op.numFmts?.[r]?.[c];
      if (fmt) cell.numFmt = fmt;
    });
    if (op.headerRow && r === 0) row.font = { bold: true };
  });
}

/** Adds the rule where no cell of the range has a validation yet: a user's own rule is never replaced. */
export function applyValidation(ws: ExcelJS.Worksheet, op: Op<"validation">): void {
  const validations = internals(ws).dataValidations;
  if (Object.keys(validations.model).some((address) => overlaps(address, op.range))) return;
  validations.add(op.range, toDataValidation(op.rule));
}

/** Whether two A1 addresses ("B2", "A1:C3", "A1:A3 C1:C3") share a cell. */
function overlaps(a: string, b: string): boolean {
  const areas = (address: string) =>
    address.split(/\s+/).map((part) => {
      const [x = "A1", y = x] = part.split(":");
      const p = parseAddress(x);
      const q = parseAddress(y);
      return { r0: p.row, c0: p.col, r1: q.row, c1: q.col };
    });
  return areas(a).some((m) => areas(b).some((n) => m.r0 <= n.r1 && n.r0 <= m.r1 && m.c0 <= n.c1 && n.c0 <= m.c1));
}

function toDataValidation(rule: ValidationRule): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop" as const };
  switch (rule.type) {
    case "list":
      return { ...common, type: "list", formulae: [rule.source] };
    case "whole":
      return { ...common, type: "whole", operator: "between", formulae: [rule.min, rule.max] };
    case "decimal":
      return { ...common, type: "decimal", operator: "greaterThanOrEqual", formulae: [rule.min] };
    case "date":
      // Any date from Excel's first, 1900-01-01 (serial 1). ExcelJS counts serials from 1970 without Excel's 1900
      // leap day, so the Date that it writes as serial 1 is 1899-12-31.
      return { ...common, type: "date", operator: "greaterThanOrEqual", formulae: [new Date(Date.UTC(1899, 11, 31))] };
  }
}

/** Adds the highlight when no conditional format touches the range yet. */
export function applyHighlight(ws: ExcelJS.Worksheet, op: Op<"highlight">): void {
  const existing = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
  if (existing.some((cf) => overlaps(cf.ref, op.range))) return;
  const colours = FILLS[op.style];
  ws.addConditionalFormatting({
    ref: op.range,
    rules: [
      {
        type: "expression",
        // Rules of a sheet are ranked by a priority of their own (CT_CfRule); Excel writes them 1, 2, 3, …
        priority: nextPriority(ws),
        formulae: [op.formula],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: colours.fill } },
          font: { color: { argb: colours.font } },
        },
      },
    ],
  });
}

function nextPriority(ws: ExcelJS.Worksheet): number {
  const rules = internals(ws).conditionalFormattings.flatMap((cf) => cf.rules);
  return Math.max(0, ...rules.map((r) => r.priority ?? 0)) + 1;
}

export function applyColumnWidths(ws: ExcelJS.Worksheet, op: Op<"columnWidths">): void {
  op.widths.forEach((w, i) => {
    if (w) ws.getColumn(i + 1).width = w;
  });
}
