import type ExcelJS from "exceljs";
import type { CellValue } from "../../domain/schema/types";
import { cellAddress, parseAddress } from "../../workbook/a1";
import { toFileFormula } from "./future-functions";
import { internals, tableInternals } from "./exceljs-internals";
import type { StoredValue } from "./row-store";
import type { SheetCells } from "./sheet-cells";
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
 * as it is (refused when it is no longer as the plan read it). The table is re-declared over its grown range; of
 * its body only new columns, owned cells, new rows, rows that move up over deleted ones and calculated columns are
 * written, each where its row is held (sheet-cells.ts: new rows go to the row store), and every other cell keeps
 * its value, formula and format. A kept formula cell keeps its cached result unless the change writes into its row.
 * @throws WorkbookChangedError, or TableBlockedError when new rows or columns would cover cells that hold data
 */
export function applyTable(cells: SheetCells, op: Op<"table">): void {
  const { ws } = cells;
  const old = tableInternals(ws.getTable(op.name));
  if (old && (!op.base || op.adopt)) {
    throw new WorkbookChangedError(`table ${op.name}`, "a table of this name exists now");
  }
  const origin = parseAddress(op.origin);
  if (!op.base) return writeTable(cells, op, origin, { fresh: 0, used: 0, sources: op.rows.map((_, i) => i) });
  const ref = op.adopt ? adoptRange(cells, op, op.base, op.adopt.header) : old?.table.tableRef;
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
  for (const change of op.cells ?? []) {
    const r = from.row + 1 + change.row;
    const c = from.col + change.column;
    if ((cells.value(r, c) ?? "") !== (change.was ?? "")) {
      throw new WorkbookChangedError(`${ws.name}!${cells.address(r, c)}`, "the cell was changed since it was read");
    }
  }
  refuseMovedRows(cells, op, from);
  // The body as it becomes: kept rows, the new rows over the blank rows after the used ones, then the rest; rows
  // to delete leave it and the rows below move up.
  const gone = new Set(op.deleteRows ?? []);
  const sources: number[] = [];
  const combined = Math.max(base.bodyRows, base.usedRows + op.rows.length);
  for (let i = 0; i < combined; i++) if (!gone.has(i)) sources.push(i);
  const now = { top: from.row, left: from.col, bottom: to.row, right: from.col + headers.length - 1 };
  refuseOccupied(cells, op.name, now, {
    row: from.row + Math.max(sources.length, 1),
    col: from.col + op.columns.length - 1,
  });
  for (const change of op.cells ?? []) {
    cells.write(from.row + 1 + change.row, from.col + change.column, toExcel(change.value));
  }
  writeTable(cells, op, from, {
    fresh: headers.length,
    used: base.usedRows,
    sources,
    changed: new Set((op.cells ?? []).map((c) => c.row)),
    firstNewRow: base.usedRows - [...gone].filter((i) => i < base.usedRows).length,
    freedTo: to.row,
  });
}

interface Body {
  /** Columns the table had before (a new table: 0). */
  fresh: number;
  /** Body rows before the new ones (the plan's `base.usedRows`). */
  used: number;
  /** For each body row, the row it comes from: index < used or past the new rows, a kept row (as read); else new. */
  sources: readonly number[];
  /** Body rows whose kept formulas lose their cached results (a change writes into them). */
  changed?: ReadonlySet<number>;
  /** The body row of the first new row, for the plan's cached results (`values`) of calculated columns. */
  firstNewRow?: number;
  /** The table's last row before, when rows below the new body are freed. */
  freedTo?: number;
}

/** Writes the table's body as `body` lays it out and declares the table over it. */
function writeTable(cells: SheetCells, op: Op<"table">, from: { row: number; col: number }, body: Body): void {
  const { ws } = cells;
  // A new column's format is set on the column before its cells are written: each new cell takes it, and so do
  // the rows a user adds below the table later.
  op.columns.forEach((c, i) => {
    if (i < body.fresh) return;
    const col = ws.getColumn(from.col + i);
    if (c.width) col.width = c.width;
    if (c.numFmt) col.numFmt = c.numFmt;
  });
  cells.columnsChanged();
  const formulas = op.columns.map((c) => (c.formula ? toFileFormula(c.formula) : undefined));
  const shape = newRowShape(cells, from.col, formulas);
  const newRows = { from: body.used, to: body.used + op.rows.length };
  const length = Math.max(body.sources.length, 1);
  for (let j = 0; j < length; j++) {
    const r = from.row + 1 + j;
    const i = body.sources[j];
    const isNew = i === undefined || (i >= newRows.from && i < newRows.to);
    const values = i === undefined ? [] : (op.rows[i - body.used] ?? []);
    const source = from.row + 1 + (i ?? j);
    if (isNew) {
      const stored = storedValues(op, from.col, values, (c) => c.values?.[j - (body.firstNewRow ?? 0)]);
      if (stored && cells.addRow(r, stored, shape.styles, shape.formulas)) continue;
    }
    op.columns.forEach((c, k) => {
      const col = from.col + k;
      const formula = formulas[k];
      if (formula !== undefined) {
        const was = isNew ? undefined : keptResult(cells.raw(source, col));
        const cached = (body.changed?.has(j) ? undefined : was) ?? c.values?.[j - (body.firstNewRow ?? 0)];
        cells.writeFormula(r, col, formula, cached);
      } else if (isNew) cells.write(r, col, toExcel(values[k]));
      else if (k >= body.fresh) cells.write(r, col, null);
      else if (source !== r) cells.write(r, col, cells.raw(source, col));
    });
  }
  // Rows that left the table free the cells at its bottom.
  for (let r = from.row + 1 + length; r <= (body.freedTo ?? 0); r++) {
    for (let k = 0; k < op.columns.length; k++) cells.write(r, from.col + k, null);
  }
  declareTable(cells, op, from.row + length);
}

/**
 * The formats and formulas every new row of the table takes, by 0-based sheet column: its columns' formats (as
 * ExcelJS gives a new cell its column's) and its calculated columns' formulas. Frozen: the rows share them.
 */
function newRowShape(
  cells: SheetCells,
  col: number,
  formulas: readonly (string | undefined)[],
): { styles: readonly number[]; formulas: readonly (string | undefined)[] } {
  const styles: number[] = [];
  const byColumn: (string | undefined)[] = [];
  formulas.forEach((formula, k) => {
    const style = cells.columnStyle(col + k);
    if (style) styles[col - 1 + k] = style;
    if (formula !== undefined) byColumn[col - 1 + k] = formula;
  });
  return { styles: Object.freeze(styles), formulas: Object.freeze(byColumn) };
}

/**
 * A new row's cells as the row store holds them, by 0-based sheet column: the plan's values, and each calculated
 * column's cached result. Undefined when a value is a number Excel cannot hold (the cell-by-cell path decides).
 */
function storedValues(
  op: Op<"table">,
  col: number,
  values: readonly CellValue[],
  cached: (c: Op<"table">["columns"][number]) => CellValue | PlanError,
): StoredValue[] | undefined {
  let width = 0;
  for (let k = 0; k < op.columns.length; k++) {
    const c = op.columns[k];
    const v = c?.formula ? cached(c) : values[k];
    if (typeof v === "number" && !Number.isFinite(v)) return undefined;
    if (v !== undefined) width = col + k;
  }
  // Made at its length and filled, not grown cell by cell: a grown array keeps up to half its length spare.
  const out = new Array<StoredValue>(width).fill(undefined);
  for (let k = 0; k < width - col + 1; k++) {
    const c = op.columns[k];
    out[col - 1 + k] = c?.formula ? cached(c) : values[k];
  }
  return out;
}

/**
 * The table object over its range, without its body: ExcelJS's addTable writes every body cell it is given, so it
 * is given none (it writes the header cells, as Excel's table does) and its range is set to the body's end.
 */
function declareTable(cells: SheetCells, op: Op<"table">, lastRow: number): void {
  const { ws } = cells;
  const origin = parseAddress(op.origin);
  cells.promote(origin.row);
  if (ws.getTable(op.name)) ws.removeTable(op.name);
  ws.addTable({
    name: op.name,
    ref: op.origin,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: op.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: [],
  });
  const table = tableInternals(ws.getTable(op.name))?.table;
  if (table) {
    const range = `${op.origin}:${cellAddress(lastRow, origin.col + op.columns.length - 1)}`;
    table.tableRef = range;
    table.autoFilterRef = range;
  }
  if (!op.base) ws.getRow(origin.row).font = { bold: true };
}

/**
 * A hand-kept sheet's range that becomes the table (plan-types.ts `adopt`): checked against its header row as read
 * and against the sheet's tables, then given the table's headers where they differ. Body cells are not written.
 * @returns the range, as a table's ref
 * @throws WorkbookChangedError when the header row holds something else now or a table overlaps the range
 */
function adoptRange(cells: SheetCells, op: Op<"table">, base: TableBase, header: readonly CellValue[]): string {
  const { ws } = cells;
  const origin = parseAddress(op.origin);
  const to = cellAddress(origin.row + base.bodyRows, origin.col + base.headers.length - 1);
  header.forEach((was, i) => {
    if ((cells.value(origin.row, origin.col + i) ?? "") !== (was ?? "")) {
      throw new WorkbookChangedError(
        `${ws.name}!${cells.address(origin.row, origin.col + i)}`,
        "the header cell was changed since it was read",
      );
    }
  });
  if (ws.getTables().length > 0) {
    throw new WorkbookChangedError(
      `${ws.name}!${op.origin}`,
      `the sheet holds a table now; table ${op.name} was not made`,
    );
  }
  base.headers.forEach((h, i) => {
    if (String(cells.value(origin.row, origin.col + i) ?? "") !== h) cells.write(origin.row, origin.col + i, h);
  });
  return `${op.origin}:${to}`;
}

/**
 * Refuses to delete rows that no longer hold what the plan read in them (the table was sorted or edited).
 * @throws WorkbookChangedError naming the first such cell
 */
function refuseMovedRows(cells: SheetCells, op: Op<"table">, from: { row: number; col: number }): void {
  const check = op.deleteCheck;
  check?.was.forEach((was, i) => {
    const r = from.row + 1 + (op.deleteRows?.[i] ?? 0);
    const c = from.col + check.column;
    if ((cells.value(r, c) ?? "") !== (was ?? "")) {
      throw new WorkbookChangedError(
        `${cells.ws.name}!${cells.address(r, c)}`,
        "the row to remove holds something else now",
      );
    }
  });
}

/**
 * Refuses to grow a table over cells that hold anything (notes typed under it, a user's own table) or are merged:
 * the cells its new rows take below it and its new columns take beside it must be empty and unmerged.
 * @throws TableBlockedError naming the first such cell
 */
function refuseOccupied(
  cells: SheetCells,
  table: string,
  now: { top: number; left: number; bottom: number; right: number },
  grown: { row: number; col: number },
): void {
  for (let r = now.top; r <= grown.row; r++) {
    for (let c = now.left; c <= grown.col; c++) {
      if (r <= now.bottom && c <= now.right) continue;
      // A table cannot hold merged cells: a merged area there blocks it as a value does.
      if (cells.isMerged(r, c) || !cells.isBlank(r, c)) {
        throw new TableBlockedError(cells.ws.name, cells.address(r, c), table);
      }
    }
  }
}

/** An existing formula cell's cached result, kept when the table is re-declared (the plan's values are for new rows). */
function keptResult(v: ExcelJS.CellValue): CellValue | PlanError {
  if (v === null || typeof v !== "object" || !("formula" in v || "sharedFormula" in v)) return undefined;
  const result = (v as ExcelJS.CellFormulaValue).result;
  if (typeof result === "number" || typeof result === "string") return result;
  const isNa = result !== null && typeof result === "object" && "error" in result && result.error === "#N/A";
  return isNa ? { error: "#N/A" } : undefined;
}

/** A formula with the domain's result as its cached value, when the plan knows it; post-2007 functions prefixed. */
function formulaCell(plain: string, value: CellValue | PlanError): ExcelJS.CellFormulaValue {
  const formula = toFileFormula(plain);
  if (value === undefined) return { formula } as ExcelJS.CellFormulaValue;
  return { formula, result: typeof value === "object" ? { error: value.error } : value, date1904: false };
}

/** Writes a cells op; its rows are ExcelJS's (a stored row there is promoted), for their formats and header font. */
export function applyCells(cells: SheetCells, op: Op<"cells">): void {
  const origin = parseAddress(op.origin);
  op.rows.forEach((values, r) => {
    const row = cells.promote(origin.row + r);
    values.forEach((v, c) => {
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
