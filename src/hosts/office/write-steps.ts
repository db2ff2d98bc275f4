import type { CellValue } from "../../domain/schema/types";
import { cellAddress, parseAddress } from "../../workbook/a1";
import type { ChartPlan, PlanCell, PlanOp, TableBase, WorkbookPlan } from "../../workbook/plan-types";
import {
  CellLimitError,
  MAX_CELL_CHARS,
  MAX_FORMULA_CHARS,
  SheetProtectedError,
  TableBlockedError,
  WorkbookChangedError,
} from "../../workbook/plan-errors";
import type { Inspection, TableFound } from "./inspect";
import type { OfficeInput } from "./office-cells";
import { columnWidthPoints, fromOfficeValue, toOfficeInput, toOfficeValue, utf8Length } from "./office-cells";
import type { WorkbookSnapshot } from "./snapshot";

/** How appended rows join a table: values below it and a resize (ExcelApi 1.13), or TableRowCollection.add. */
export type AppendMode = "resize" | "rowsAdd";

/** Cells written in one assignment. `row` and `col` are 0-based; null cells keep what they hold. */
export interface BlockStep {
  readonly kind: "block";
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly (OfficeInput | null)[])[];
  /** Written through `Range.formulas` because the block holds formulas (else `Range.values`). */
  readonly formulas: boolean;
  /** Number formats, same shape as `cells`; null keeps the cell's format. */
  readonly numFmts?: readonly (readonly (string | null)[])[];
  /** Each row's share of the request, in bytes of JSON. */
  readonly rowBytes: readonly number[];
  /**
   * Rows appended to a table: the table grows over them in the same request, and each calculated column's formula
   * and each column's number format go over the block's cells as one value (not one per cell).
   */
  readonly append?: {
    readonly table: string;
    readonly headerRow: number;
    readonly mode: AppendMode;
    readonly fills: readonly { readonly offset: number; readonly formula?: string; readonly numFmt?: string }[];
  };
  /** Steps of one group go in one request (a rebuilt report sheet): never cut, never split over requests. */
  readonly group?: string;
}

export interface TableColumnStep {
  readonly formula?: string;
  readonly numFmt?: string;
}

type Grouped<T> = T & { readonly group?: string };

/**
 * One unit of an apply, plain data, in plan order. The plan's changes become these so that a write can be cut into
 * requests under Excel's size limit, and a request that is still too large can be cut again and resent.
 */
export type WriteStep =
  | BlockStep
  | Grouped<
      | { readonly kind: "addSheet"; readonly sheet: string }
      /** Empties a replaced sheet in place: cells, formats, rules, its charts and tables. */
      | {
          readonly kind: "clearSheet";
          readonly sheet: string;
          readonly charts: readonly string[];
          readonly tables: readonly string[];
        }
      | { readonly kind: "freeze"; readonly sheet: string; readonly rows: number }
      /** A table Excel named TableN that the plan's table is: given the plan's name and the product's style. */
      | { readonly kind: "renameTable"; readonly sheet: string; readonly table: string; readonly name: string }
      /**
       * Table rows deleted, the rows below moving up (Range.delete "Up" over the table's width, ExcelApi 1.1): runs
       * of adjacent rows as 0-based sheet rows, bottom run first, so a stop between two leaves the rows above at the
       * places they were read at.
       */
      | {
          readonly kind: "deleteRows";
          readonly sheet: string;
          readonly table: string;
          readonly col: number;
          readonly width: number;
          readonly runs: readonly { readonly row: number; readonly count: number }[];
        }
      | { readonly kind: "name"; readonly name: string; readonly formula: string; readonly exists: boolean }
      /** Creates the table over its already written cells, then fills its calculated columns and formats. */
      | {
          readonly kind: "table";
          readonly sheet: string;
          readonly name: string;
          readonly row: number;
          readonly col: number;
          /** Header row included. */
          readonly rowCount: number;
          readonly columns: readonly TableColumnStep[];
        }
      /** Columns added at the right end of a table (TableColumnCollection.add), their body filled where calculated. */
      | {
          readonly kind: "addColumns";
          readonly sheet: string;
          readonly table: string;
          readonly headers: readonly string[];
        }
      /** One formula or number format over a rectangle (a calculated column's body). */
      | {
          readonly kind: "fill";
          readonly sheet: string;
          readonly row: number;
          readonly col: number;
          readonly rows: number;
          readonly property: "formulas" | "numberFormat";
          readonly value: string;
        }
      | { readonly kind: "widths"; readonly sheet: string; readonly widths: readonly { col: number; points: number }[] }
      | { readonly kind: "boldRow"; readonly sheet: string; readonly row: number }
      /** Validations and highlights go to Excel as the plan gives them, where the range has none yet. */
      | Extract<PlanOp, { kind: "validation" }>
      /** `colours`: a report mark's, from its named style as the workbook defines it (else the product's). */
      | (Extract<PlanOp, { kind: "highlight" }> & {
          readonly colours?: { readonly fill: string; readonly font: string };
        })
      /** A report's styles, print settings and tab (report-page.ts). */
      | Extract<PlanOp, { kind: "pageLayout" | "showFirst" }>
      /** `existingStyles`: the workbook's cell style names, when the report gets named styles (ExcelApi 1.7). */
      | (Extract<PlanOp, { kind: "format" }> & { readonly existingStyles?: readonly string[] })
      | { readonly kind: "position"; readonly sheet: string; readonly position: number }
      | ChartPlan
      | { readonly kind: "calculate" }
      | { readonly kind: "events"; readonly enabled: boolean }
    >;

type Op<K extends PlanOp["kind"]> = Extract<PlanOp, { kind: K }>;
const lower = (s: string) => s.toLowerCase();

/**
 * The steps that apply the plan's changes to the workbook as inspected, in an order where stopping after any
 * request leaves every record in place: a new table is written before it becomes a table, an existing table first
 * gets its new columns, then its owned cells, then its new rows block by block (each block joins the table in the
 * request that writes it), and a replaced sheet is emptied and rebuilt in one request.
 * @throws WorkbookChangedError when a table the plan changes is not as the plan read it; TableBlockedError when cells
 * its new rows or columns go into hold data; SheetProtectedError when a sheet to write is protected; CellLimitError when a cell
 * would exceed Excel's limits; RangeError when an op writes to a sheet the plan never creates. All before any write.
 */
export function planSteps(plan: WorkbookPlan, inspection: Inspection, mode: AppendMode): WriteStep[] {
  const { snapshot } = inspection;
  const sheets = new Map(snapshot.sheets.map((s) => [lower(s), s]));
  const replaced = new Set(plan.ops.flatMap((op) => (op.kind === "sheet" && op.replace ? [lower(op.name)] : [])));
  checkProtection(plan, snapshot);
  const steps: WriteStep[] = [];
  const need = (sheet: string) => {
    if (!sheets.has(lower(sheet))) throw new RangeError(`plan writes to sheet "${sheet}" before creating it`);
    return sheet;
  };
  const group = (sheet: string) => (replaced.has(lower(sheet)) ? { group: lower(sheet) } : {});
  plan.ops.forEach((op, i) => {
    switch (op.kind) {
      case "sheet": {
        const had = inspection.replaced.get(lower(op.name));
        if (op.replace && had) steps.push({ kind: "clearSheet", sheet: op.name, ...had, ...group(op.name) });
        if (!sheets.has(lower(op.name))) steps.push({ kind: "addSheet", sheet: op.name, ...group(op.name) });
        if (!sheets.has(lower(op.name)) || op.replace) {
          steps.push({ kind: "freeze", sheet: op.name, rows: op.freezeRows, ...group(op.name) });
        }
        sheets.set(lower(op.name), op.name);
        return;
      }
      case "name": {
        const was = snapshot.nameFormulas.get(lower(op.name));
        if (was === undefined || was.replace(/^=/, "") !== op.formula) {
          steps.push({ kind: "name", name: op.name, formula: op.formula, exists: was !== undefined });
        }
        return;
      }
      case "table":
        need(op.sheet);
        if (op.adopt) steps.push(...adoptSteps(op, inspection.tables.get(i), snapshot, mode));
        else if (op.base) steps.push(...changeSteps(op, inspection.tables.get(i), mode));
        else {
          const onReplaced = replaced.has(lower(snapshot.tables.get(lower(op.name)) ?? ""));
          const create = createSteps(op, onReplaced, inspection.createAreas.get(i) === true, snapshot, mode);
          steps.push(...(replaced.has(lower(op.sheet)) ? create.map((s) => ({ ...s, ...group(op.sheet) })) : create));
        }
        return;
      case "cells": {
        // One cells op is one piece of content (the Settings sheet's rules and dimension table, a list): it goes in
        // one request, so a stop never leaves half of it for the next run to read.
        const whole = replaced.has(lower(op.sheet)) ? group(op.sheet) : { group: `cells ${i}` };
        steps.push(...cellsSteps({ ...op, sheet: need(op.sheet) }).map((s) => ({ ...s, ...whole })));
        return;
      }
      case "columnWidths":
        steps.push({ ...widthsStep(need(op.sheet), op.widths), ...group(op.sheet) });
        return;
      case "validation":
        need(op.sheet);
        if ((inspection.validations.get(i) ?? "None") === "None") steps.push({ ...op, ...group(op.sheet) });
        return;
      case "highlight":
        need(op.sheet);
        if ((inspection.highlights.get(i) ?? 0) === 0) {
          const colours = op.cellStyle ? inspection.styleColours?.get(lower(op.cellStyle)) : undefined;
          steps.push({ ...op, ...(colours ? { colours } : {}), ...group(op.sheet) });
        }
        return;
      case "chart":
        need(op.sheet);
        steps.push({ ...op, ...group(op.sheet) });
        return;
      case "sheetOrder":
        steps.push(...orderSteps(op.sheets, [...snapshot.sheets, ...added(snapshot, sheets)]));
        return;
      case "format":
        need(op.sheet);
        steps.push({ ...op, ...group(op.sheet), ...(inspection.styles ? { existingStyles: inspection.styles } : {}) });
        return;
      case "pageLayout":
        need(op.sheet);
        steps.push({ ...op, ...group(op.sheet) });
        return;
      case "showFirst":
        need(op.sheet);
        steps.push(op);
        return;
      default:
        return unknownOp(op);
    }
  });
  if (snapshot.calculationMode === "Manual") steps.push({ kind: "calculate" });
  return steps;
}

function checkProtection(plan: WorkbookPlan, snapshot: WorkbookSnapshot & { protectedSheets: ReadonlySet<string> }) {
  for (const op of plan.ops) {
    const sheet = op.kind === "sheet" ? op.name : "sheet" in op ? op.sheet : undefined;
    if (sheet !== undefined && snapshot.protectedSheets.has(lower(sheet))) throw new SheetProtectedError(sheet);
  }
}

/** Sheets the plan adds, after the existing ones (Excel adds a sheet at the end). */
function added(snapshot: WorkbookSnapshot, sheets: ReadonlyMap<string, string>): string[] {
  const had = new Set(snapshot.sheets.map(lower));
  return [...sheets.entries()].filter(([key]) => !had.has(key)).map(([, name]) => name);
}

/**
 * Orders the named (product) sheets among themselves: they take the places product sheets hold, in this order, and
 * every other sheet keeps its place, so the user's own sheet order survives. Only sheets not already where they
 * belong move: moving a sheet clears Excel's undo stack on Windows and Mac, so a workbook in order is left alone.
 */
function orderSteps(wanted: readonly string[], now: readonly string[]): WriteStep[] {
  const isWanted = (s: string) => wanted.some((w) => lower(w) === lower(s));
  const ours = wanted.filter((w) => now.some((s) => lower(s) === lower(w)));
  let next = 0;
  const target = now.map((s) => (isWanted(s) ? (ours[next++] ?? s) : s));
  const order = [...now];
  const steps: WriteStep[] = [];
  target.forEach((name, position) => {
    if (lower(order[position] ?? "") === lower(name)) return;
    order.splice(
      order.findIndex((s) => lower(s) === lower(name)),
      1,
    );
    order.splice(position, 0, name);
    steps.push({ kind: "position", sheet: name, position });
  });
  return steps;
}

/**
 * A table that did not exist: its header over one blank row becomes the table in the first request (a stop never
 * leaves cells that are not yet a table), then its rows go in as rows appended to an existing table: the blank row
 * filled, the rest in blocks the table grows over.
 */
function createSteps(
  op: Op<"table">,
  replacedWithItsSheet: boolean,
  occupied: boolean,
  snapshot: WorkbookSnapshot,
  mode: AppendMode,
): WriteStep[] {
  if (snapshot.tables.has(lower(op.name)) && !replacedWithItsSheet) {
    throw new WorkbookChangedError(`table ${op.name}`, "a table of this name exists now");
  }
  if (occupied) {
    throw new WorkbookChangedError(`${op.sheet}!${op.origin}`, `the cells where table ${op.name} goes hold data`);
  }
  const origin = parseAddress(op.origin);
  const [row, col] = [origin.row - 1, origin.col - 1];
  const header = [op.columns.map((c) => toOfficeValue(c.header))];
  checkCells(op.sheet, row, col, header);
  const widths = op.columns.flatMap((c, i) => (c.width ? [{ col: col + i, points: columnWidthPoints(c.width) }] : []));
  const steps: WriteStep[] = [
    block(op.sheet, row, col, header, false),
    {
      kind: "table",
      sheet: op.sheet,
      name: op.name,
      row,
      col,
      rowCount: 2,
      columns: op.columns.map((c) => ({ formula: c.formula, numFmt: c.numFmt })),
    },
    ...(widths.length > 0 ? [{ kind: "widths", sheet: op.sheet, widths } as const] : []),
    { kind: "boldRow", sheet: op.sheet, row },
  ];
  const [first, ...rest] = op.rows;
  if (first) steps.push(...appendSteps(op, [first], row, col, 0, mode).map(inBody));
  if (rest.length > 0) steps.push(...appendSteps(op, rest, row, col, 1, mode));
  return steps;
}

/** Rows written into blank body rows: no growing, and the formulas go as cells. */
function inBody(step: WriteStep): WriteStep {
  if (step.kind !== "block" || !step.append) return step;
  const fills = step.append.fills.filter((f) => f.formula || f.numFmt);
  const cells = step.cells.map((r) => r.map((v, i) => fills.find((f) => f.offset === i && f.formula)?.formula ?? v));
  const numFmts = fills.some((f) => f.numFmt)
    ? step.cells.map((r) => r.map((_, i) => fills.find((f) => f.offset === i)?.numFmt ?? null))
    : undefined;
  return { ...block(step.sheet, step.row, step.col, cells, true, numFmts), group: step.group };
}

/** Rows appended after the table's last body row (`after` rows below its header), in blocks the table grows over. */
function appendSteps(
  op: Op<"table">,
  rows: readonly (readonly CellValue[])[],
  headerRow: number,
  col: number,
  after: number,
  mode: AppendMode,
): WriteStep[] {
  // TableRowCollection.add takes every cell (a calculated column's cells get its formula); a write below the table
  // leaves them null and the formula goes over the block's column as one value.
  const cell = (formula: string | undefined, value: CellValue) =>
    formula ? (mode === "rowsAdd" ? `=${formula}` : null) : toOfficeValue(value);
  const cells = rows.map((r) => op.columns.map((c, i) => cell(c.formula, r[i])));
  checkCells(op.sheet, headerRow + 1 + after, col, cells);
  const fills = op.columns.flatMap((c, offset) =>
    c.formula || c.numFmt
      ? [{ offset, ...(c.formula && mode === "resize" ? { formula: `=${c.formula}` } : {}), numFmt: c.numFmt }]
      : [],
  );
  const appended = block(op.sheet, headerRow + 1 + after, col, cells, mode === "rowsAdd");
  return [{ ...appended, append: { table: op.name, headerRow, mode, fills } }];
}

/**
 * An existing table's changes, after checking it is as the plan read it: new columns at its right end, a
 * calculated column whose formula changed written again (its cells are the column's, not a user's), owned cells,
 * then the new rows — blank body rows filled first, the rest appended in blocks that the table grows over.
 */
function changeSteps(op: Op<"table">, found: TableFound | undefined, mode: AppendMode): WriteStep[] {
  const base = op.base;
  if (!base) throw new RangeError("changeSteps needs a table op with a base");
  const where = `table ${op.name}`;
  if (!found) throw new WorkbookChangedError(where, `the table is no longer on sheet ${op.sheet}`);
  const origin = parseAddress(op.origin);
  if (found.row !== origin.row - 1 || found.col !== origin.col - 1) {
    throw new WorkbookChangedError(where, `the table moved from ${op.origin}`);
  }
  if (found.headers.length !== base.headers.length || found.headers.some((h, i) => h !== base.headers[i])) {
    throw new WorkbookChangedError(where, "its columns changed since it was read");
  }
  if (found.bodyRows !== base.bodyRows) throw new WorkbookChangedError(where, "rows were added or removed meanwhile");
  if (found.blockedCell) throw new TableBlockedError(op.sheet, found.blockedCell, op.name);
  const { row, col } = found;
  const bodyRow = row + 1;
  const steps: WriteStep[] = [];
  const newColumns = op.columns.slice(base.headers.length);
  if (newColumns.length > 0) {
    steps.push({ kind: "addColumns", sheet: op.sheet, table: op.name, headers: newColumns.map((c) => c.header) });
    const widths = newColumns.flatMap((c, i) =>
      c.width ? [{ col: col + base.headers.length + i, points: columnWidthPoints(c.width) }] : [],
    );
    if (widths.length > 0) steps.push({ kind: "widths", sheet: op.sheet, widths });
  }
  op.columns.forEach((c, i) => {
    const fresh = i >= base.headers.length;
    const now = found.firstFormulas[i];
    if (c.formula && (fresh || sameFormula(now, `=${c.formula}`) === false)) {
      steps.push(fill(op.sheet, bodyRow, col + i, base.bodyRows, "formulas", `=${c.formula}`));
    }
    if (c.numFmt && fresh) steps.push(fill(op.sheet, bodyRow, col + i, base.bodyRows, "numberFormat", c.numFmt));
  });
  for (const [i, change] of (op.cells ?? []).entries()) {
    const now = fromOfficeValue(found.cellsNow[i]);
    if ((now ?? "") !== (change.was ?? "")) {
      const address = cellAddress(bodyRow + change.row + 1, col + change.column + 1);
      throw new WorkbookChangedError(`${op.sheet}!${address}`, "the cell was changed since it was read");
    }
  }
  for (const change of op.cells ?? []) {
    const cells = [[toOfficeValue(change.value)]];
    checkCells(op.sheet, bodyRow + change.row, col + change.column, cells);
    steps.push(block(op.sheet, bodyRow + change.row, col + change.column, cells, false));
  }
  steps.push(...deleteSteps(op, found));
  if (op.rows.length === 0) return steps;
  const blank = Math.max(0, Math.min(op.rows.length, base.bodyRows - base.usedRows));
  if (blank > 0) steps.push(...appendSteps(op, op.rows.slice(0, blank), row, col, base.usedRows, mode).map(inBody));
  if (op.rows.length > blank) steps.push(...appendSteps(op, op.rows.slice(blank), row, col, base.bodyRows, mode));
  return steps;
}

/**
 * The table's rows that leave it, after checking each still holds what the plan read in it: one step, its runs of
 * adjacent rows bottom-up. Rows are deleted only by a plan that appends none (plan-types.ts).
 * @throws WorkbookChangedError when a row to delete holds something else now, or the plan also appends rows
 */
function deleteSteps(op: Op<"table">, found: TableFound): WriteStep[] {
  const rows = [...new Set(op.deleteRows ?? [])].sort((a, b) => b - a);
  if (rows.length === 0) return [];
  if (op.rows.length > 0) throw new RangeError(`table ${op.name}: a plan deletes rows or appends them, not both`);
  const check = op.deleteCheck;
  check?.was.forEach((was, i) => {
    if ((fromOfficeValue(found.deleteCheckNow[i]) ?? "") === (was ?? "")) return;
    const address = cellAddress(found.row + 2 + (op.deleteRows?.[i] ?? 0), found.col + check.column + 1);
    throw new WorkbookChangedError(`${op.sheet}!${address}`, "the row to remove holds something else now");
  });
  const runs: { row: number; count: number }[] = [];
  for (const r of rows) {
    const row = found.row + 1 + r;
    const last = runs[runs.length - 1];
    if (last && last.row === row + 1) runs[runs.length - 1] = { row, count: last.count + 1 };
    else runs.push({ row, count: 1 });
  }
  return [{ kind: "deleteRows", sheet: op.sheet, table: op.name, col: found.col, width: op.columns.length, runs }];
}

/**
 * A hand-kept sheet adopted in place (plan-types.ts `adopt`), after checking its header row is as read and the sheet
 * holds no table: the table's headers written where they differ, the table created over the range in the same
 * request (no body cell is written: the user's values and formulas stay), then the op's changes against its base.
 * @throws WorkbookChangedError when a table of that name exists, the sheet holds a table or its header row changed
 */
function adoptSteps(
  op: Op<"table">,
  found: TableFound | undefined,
  snapshot: WorkbookSnapshot,
  mode: AppendMode,
): WriteStep[] {
  const { base, adopt } = op;
  if (!base || !adopt) throw new RangeError("adoptSteps needs a table op with a base and adopt");
  if (snapshot.tables.has(lower(op.name))) {
    throw new WorkbookChangedError(`table ${op.name}`, "a table of this name exists now");
  }
  const where = `${op.sheet}!${op.origin}`;
  if (!found) throw new WorkbookChangedError(where, `sheet ${op.sheet} is gone`);
  if (found.unnamed !== undefined) return takeOverSteps(op, base, found, mode);
  if ([...snapshot.tables.values()].some((s) => lower(s) === lower(op.sheet))) {
    throw new WorkbookChangedError(where, `the sheet holds a table now; table ${op.name} was not made over it`);
  }
  adopt.header.forEach((was, i) => {
    if ((found.headers[i] ?? "") === String(was ?? "")) return;
    const address = cellAddress(found.row + 1, found.col + i + 1);
    throw new WorkbookChangedError(`${op.sheet}!${address}`, "the header cell was changed since it was read");
  });
  const { row, col } = found;
  const header = [base.headers.map((h, i) => (h === found.headers[i] ? null : toOfficeValue(h)))];
  const steps: WriteStep[] = [];
  if (header[0]?.some((h) => h !== null)) {
    checkCells(op.sheet, row, col, header);
    steps.push(block(op.sheet, row, col, header, false));
  }
  const columns = base.headers.map(() => ({}));
  steps.push({ kind: "table", sheet: op.sheet, name: op.name, row, col, rowCount: 1 + base.bodyRows, columns });
  return [...steps, ...changeSteps(op, { ...found, headers: base.headers }, mode)];
}

/**
 * An adoption that stopped after `tables.add` and before the table got its name left a TableN over the range: when
 * it is where the table goes, with the table's headers and size, it is named and the adoption goes on from there.
 * @throws WorkbookChangedError when it is anything else (a table the user made there)
 */
function takeOverSteps(op: Op<"table">, base: TableBase, found: TableFound, mode: AppendMode): WriteStep[] {
  const origin = parseAddress(op.origin);
  const same =
    found.row === origin.row - 1 &&
    found.col === origin.col - 1 &&
    found.bodyRows === base.bodyRows &&
    found.headers.length === base.headers.length &&
    found.headers.every((h, i) => h === base.headers[i]);
  if (!same) {
    throw new WorkbookChangedError(`${op.sheet}!${op.origin}`, `the sheet holds a table now; ${op.name} was not made`);
  }
  const rename: WriteStep = { kind: "renameTable", sheet: op.sheet, table: found.unnamed ?? "", name: op.name };
  return [rename, ...changeSteps(op, found, mode)];
}

/**
 * Whether a formula Excel gives back is the one written: Excel shows `T[[#This Row],[列]]` as `[@列]` (or `[@[列 名]]`),
 * so both are compared in that short form.
 */
function sameFormula(read: unknown, written: string): boolean {
  const short = (f: string) =>
    f.replace(/[A-Za-z_\\][\w.]*\[\[#This Row\],\[([^\]]*)\]\]/g, "[@$1]").replace(/\[@\[([^\]]*)\]\]/g, "[@$1]");
  return typeof read === "string" && short(read) === short(written);
}

function fill(
  sheet: string,
  row: number,
  col: number,
  rows: number,
  property: "formulas" | "numberFormat",
  value: string,
): WriteStep {
  return { kind: "fill", sheet, row, col, rows, property, value };
}

function cellsSteps(op: Op<"cells">): WriteStep[] {
  const origin = parseAddress(op.origin);
  const width = Math.max(0, ...op.rows.map((r) => r.length));
  const cells = op.rows.map((r) =>
    Array.from({ length: width }, (_, c) => (c < r.length ? toOfficeInput(r[c] as PlanCell) : null)),
  );
  checkCells(op.sheet, origin.row - 1, origin.col - 1, cells);
  const numFmts = op.numFmts?.some((r) => r.some((f) => f !== undefined))
    ? op.rows.map((_, r) => Array.from({ length: width }, (_, c) => op.numFmts?.[r]?.[c] ?? null))
    : undefined;
  const formulas = op.rows.some((r) => r.some((v) => v !== null && typeof v === "object"));
  const steps: WriteStep[] = [];
  if (cells.length > 0 && width > 0) {
    steps.push(block(op.sheet, origin.row - 1, origin.col - 1, cells, formulas, numFmts));
  }
  if (op.headerRow) steps.push({ kind: "boldRow", sheet: op.sheet, row: origin.row - 1 });
  return steps;
}

/**
 * Excel refuses a cell of more than 32,767 characters and a formula of more than 8,192, and it refuses the whole
 * request: checked before anything is written, with the cell named.
 * @throws CellLimitError
 */
function checkCells(sheet: string, row: number, col: number, cells: readonly (readonly (OfficeInput | null)[])[]) {
  cells.forEach((r, i) =>
    r.forEach((v, j) => {
      if (typeof v !== "string") return;
      const formula = v.startsWith("=");
      const length = formula ? v.length : v.replace(/^'/, "").length;
      const limit = formula ? MAX_FORMULA_CHARS : MAX_CELL_CHARS;
      if (length > limit) throw new CellLimitError(sheet, cellAddress(row + i + 1, col + j + 1), length, limit);
    }),
  );
}

function widthsStep(sheet: string, widths: readonly (number | undefined)[]): WriteStep {
  const set = widths.flatMap((w, col) => (w ? [{ col, points: columnWidthPoints(w) }] : []));
  return { kind: "widths", sheet, widths: set };
}

function block(
  sheet: string,
  row: number,
  col: number,
  cells: (OfficeInput | null)[][],
  formulas: boolean,
  numFmts?: (string | null)[][],
): BlockStep {
  const formats = numFmts && numFmts.length > 0 ? numFmts : undefined;
  const rowBytes = cells.map(
    (r, i) => utf8Length(JSON.stringify(r)) + 1 + (formats ? utf8Length(JSON.stringify(formats[i])) + 1 : 0),
  );
  return { kind: "block", sheet, row, col, cells, formulas, numFmts: formats, rowBytes };
}

/** "Sheet!B2:D9" style label of a block, for error messages. */
export function blockAddress(step: BlockStep, rows = step.cells.length): string {
  const width = step.cells[0]?.length ?? 1;
  const from = cellAddress(step.row + 1, step.col + 1);
  const to = cellAddress(step.row + rows, step.col + width);
  return `${step.sheet}!${from}:${to}`;
}

/**
 * The sheets, tables and names a workbook holds after a plan, from what it held before: sheets the plan creates are
 * added at the end (tab order is not tracked), the plan's tables and names come.
 */
export function snapshotAfter(plan: WorkbookPlan, before: WorkbookSnapshot): WorkbookSnapshot {
  const sheets = [...before.sheets];
  const tables = new Map(before.tables);
  const names = new Set(before.names);
  for (const op of plan.ops) {
    if (op.kind === "sheet") {
      if (!sheets.some((s) => lower(s) === lower(op.name))) sheets.push(op.name);
    } else if (op.kind === "table") tables.set(lower(op.name), op.sheet);
    else if (op.kind === "name") names.add(lower(op.name));
  }
  return { sheets, tables, names };
}

/** A new kind of plan op fails to compile here until the Office host writes it. */
function unknownOp(op: never): never {
  throw new RangeError(`the Office host cannot write plan op ${JSON.stringify(op)}`);
}
