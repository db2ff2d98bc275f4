/* global Excel */
import { parseAddress } from "../../workbook/a1";
import type { PlanOp, WorkbookPlan } from "../../workbook/plan-types";
import { errorMessage, isItemNotFound, OfficeHostError } from "./office-errors";
import type { LoadedSnapshot, WorkbookSnapshot } from "./snapshot";
import { loadSnapshot, queueSnapshot } from "./snapshot";

type TableOp = Extract<PlanOp, { kind: "table" }>;

/** A table the plan changes, as the workbook holds it now (a sheet adopted in place: the range it goes over). */
export interface TableFound {
  readonly sheet: string;
  readonly headers: readonly string[];
  /** 0-based sheet row and column of the header's first cell. */
  readonly row: number;
  readonly col: number;
  readonly bodyRows: number;
  /** Formulas of the first body row (values where a cell holds no formula). */
  readonly firstFormulas: readonly unknown[];
  /**
   * The first cell (A1, on the table's sheet) holding a value where appended rows or added columns go, else the
   * top-left cell of a merged area there (a table cannot hold merged cells).
   */
  readonly blockedCell: string | undefined;
  /** The owned cells the plan changes (`op.cells`, in order), as they are now. */
  readonly cellsNow: readonly unknown[];
  /** Adopting a sheet: the name (TableN, lower-cased) of a table already over it, which the adoption takes over. */
  readonly unnamed?: string;
  /** The cells of `op.deleteCheck.column` in the rows to delete (`op.deleteRows`, in order), as they are now. */
  readonly deleteCheckNow: readonly unknown[];
}

/** What a write needs to know before it starts, loaded in two requests at most. */
export interface Inspection {
  readonly snapshot: LoadedSnapshot;
  /** Table op index → the table as it is (undefined: the workbook has no such table). */
  readonly tables: ReadonlyMap<number, TableFound | undefined>;
  /** Table op index (a table to create on an existing sheet) → its area holds a value. */
  readonly createAreas: ReadonlyMap<number, boolean>;
  /** Validation op index → the type of validation its range has ("None" when it has none). */
  readonly validations: ReadonlyMap<number, string>;
  /** Highlight op index → conditional formats touching its range. */
  readonly highlights: ReadonlyMap<number, number>;
  /** Replaced sheet (lower-cased) that exists → the charts and tables it holds, which the rebuild removes. */
  readonly replaced: ReadonlyMap<string, { readonly charts: readonly string[]; readonly tables: readonly string[] }>;
  /** The workbook's cell style names, loaded when the plan formats a report with named styles. */
  readonly styles?: readonly string[];
  /** Each of those styles' fill and font colour (lower-cased name → colours), for the report's marks. */
  readonly styleColours?: ReadonlyMap<string, { readonly fill: string; readonly font: string }>;
}

/**
 * The snapshot and what the plan's guards and "add when missing" rules compare with: each changed table's headers,
 * place and size and whether the cells its new rows and columns go into are free, the validations and highlights on
 * the plan's ranges, and what a replaced sheet holds. One request when `hint` (the workbook as last seen) still tells
 * which of these exist: they are loaded with the snapshot; otherwise a second request. Nothing is written here.
 * @throws OfficeHostError when Excel refuses a request.
 */
export async function inspect(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  hint?: WorkbookSnapshot,
  options: InspectOptions = {},
): Promise<Inspection> {
  if (hint) {
    const snapshot = queueSnapshot(context);
    const checks = queueChecks(context, plan, hint, options);
    try {
      await context.sync();
    } catch (error) {
      if (isItemNotFound(error)) return inspect(context, plan, undefined, options);
      throw new OfficeHostError("checking the tables and ranges to write", errorMessage(error), { cause: error });
    }
    const found = snapshot();
    if (checkKeys(plan, found).join("\n") === checkKeys(plan, hint).join("\n")) return checks.read(found);
    return checkAgainst(context, plan, found, options);
  }
  return checkAgainst(context, plan, await loadSnapshot(context), options);
}

export interface InspectOptions {
  /**
   * Look for merged areas where tables grow (`Range.getMergedAreasOrNullObject`, ExcelApi 1.13). Below 1.13 the
   * host appends with TableRowCollection.add, which inserts the rows and moves what is below down, merged areas too.
   */
  readonly mergedAreas?: boolean;
  /** Load the workbook's cell style names for a report's named styles (`workbook.styles`, ExcelApi 1.7). */
  readonly namedStyles?: boolean;
}

async function checkAgainst(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  snapshot: LoadedSnapshot,
  options: InspectOptions,
) {
  const checks = queueChecks(context, plan, snapshot, options);
  if (checks.count > 0) {
    try {
      await context.sync();
    } catch (error) {
      throw new OfficeHostError("checking the tables and ranges to write", errorMessage(error), { cause: error });
    }
  }
  return checks.read(snapshot);
}

const lower = (s: string) => s.toLowerCase();

/** What the plan checks in a workbook of these sheets and tables, one key per load (to compare two snapshots). */
function checkKeys(plan: WorkbookPlan, known: WorkbookSnapshot): string[] {
  const keys: string[] = [];
  forEachCheck(plan, known, (i, kind) => keys.push(`${i} ${kind}`));
  return keys;
}

type CheckKind = "table" | "tableGone" | "createArea" | "validation" | "highlight" | "replaced";

function forEachCheck(plan: WorkbookPlan, known: WorkbookSnapshot, visit: (i: number, kind: CheckKind) => void) {
  const sheetExists = (name: string) => known.sheets.some((s) => lower(s) === lower(name));
  const replacedNames = new Set(plan.ops.flatMap((op) => (op.kind === "sheet" && op.replace ? [lower(op.name)] : [])));
  const live = (sheet: string) => sheetExists(sheet) && !replacedNames.has(lower(sheet));
  plan.ops.forEach((op, i) => {
    if (op.kind === "table") {
      const on = known.tables.get(lower(op.name));
      if (op.adopt) visit(i, on === undefined && live(op.sheet) ? "table" : "tableGone");
      else if (op.base && on !== undefined && lower(on) === lower(op.sheet)) visit(i, "table");
      else if (op.base) visit(i, "tableGone");
      else if (on === undefined && live(op.sheet)) visit(i, "createArea");
    } else if (op.kind === "validation" && live(op.sheet)) visit(i, "validation");
    else if (op.kind === "highlight" && live(op.sheet)) visit(i, "highlight");
    else if (op.kind === "sheet" && op.replace && sheetExists(op.name)) visit(i, "replaced");
  });
}

/** Queues the loads of every check; `read` gives the inspection once they are synced. */
function queueChecks(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  known: WorkbookSnapshot,
  options: InspectOptions,
) {
  const reads: (() => void)[] = [];
  const tables = new Map<number, TableFound | undefined>();
  const createAreas = new Map<number, boolean>();
  const validations = new Map<number, string>();
  const highlights = new Map<number, number>();
  const replaced = new Map<string, { charts: string[]; tables: string[] }>();
  forEachCheck(plan, known, (i, kind) => {
    const op = plan.ops[i] as PlanOp;
    if (op.kind === "table") {
      if (kind === "table") reads.push(queueTable(context, op, i, tables, unnamedOn(op, known), options));
      else if (kind === "tableGone") tables.set(i, undefined);
      else reads.push(queueCreateArea(context, op, i, createAreas));
    } else if (op.kind === "validation") {
      const validation = context.workbook.worksheets.getItem(op.sheet).getRange(op.range).dataValidation.load("type");
      reads.push(() => validations.set(i, String(validation.type)));
    } else if (op.kind === "highlight") {
      const formats = context.workbook.worksheets.getItem(op.sheet).getRange(op.range).conditionalFormats;
      formats.load("items/type");
      reads.push(() => highlights.set(i, formats.items.length));
    } else if (op.kind === "sheet") {
      const ws = context.workbook.worksheets.getItem(op.name);
      const charts = ws.charts.load("items/name");
      const onSheet = ws.tables.load("items/name");
      reads.push(() =>
        replaced.set(lower(op.name), {
          charts: charts.items.map((c) => c.name),
          tables: onSheet.items.map((t) => t.name),
        }),
      );
    }
  });
  let styles: string[] | undefined;
  const styleColours = new Map<string, { fill: string; font: string }>();
  if (options.namedStyles && plan.ops.some((op) => op.kind === "format")) {
    const all = context.workbook.styles.load("items/name,items/fill/color,items/font/color");
    reads.push(() => {
      styles = all.items.map((s) => s.name);
      for (const s of all.items) styleColours.set(lower(s.name), { fill: s.fill.color, font: s.font.color });
    });
  }
  return {
    count: reads.length,
    read: (snapshot: LoadedSnapshot): Inspection => {
      for (const read of reads) read();
      const named = styles ? { styles, styleColours } : {};
      return { snapshot, tables, createAreas, validations, highlights, replaced, ...named };
    },
  };
}

/**
 * The one table on a sheet to adopt that still has the name Excel gave it (TableN): an adoption stopped between
 * `tables.add` and naming the table left it, and the next run takes it over by its headers (write-steps.ts).
 */
function unnamedOn(op: TableOp, known: WorkbookSnapshot): string | undefined {
  if (!op.adopt) return undefined;
  const on = [...known.tables].filter(([, sheet]) => lower(sheet) === lower(op.sheet)).map(([name]) => name);
  return on.length === 1 && /^table\d+$/.test(on[0] ?? "") ? on[0] : undefined;
}

function queueTable(
  context: Excel.RequestContext,
  op: TableOp,
  i: number,
  out: Map<number, TableFound | undefined>,
  unnamed: string | undefined,
  options: InspectOptions,
) {
  const base = op.base;
  if (!base) throw new RangeError("queueTable needs a table op with a base");
  const ws = context.workbook.worksheets.getItem(op.sheet);
  const origin = parseAddress(op.origin);
  const [row, col] = [origin.row - 1, origin.col - 1];
  // A sheet adopted in place has no table yet: its range is read where the table goes.
  const width = base.headers.length;
  const name = op.adopt ? unnamed : op.name;
  const table = name === undefined ? undefined : context.workbook.tables.getItem(name);
  const header = (table ? table.getHeaderRowRange() : ws.getRangeByIndexes(row, col, 1, width)).load(
    "values, rowIndex, columnIndex",
  );
  const body = table?.getDataBodyRange().load("rowCount");
  const first = (table ? table.getDataBodyRange().getRow(0) : ws.getRangeByIndexes(row + 1, col, 1, width)).load(
    "formulas",
  );
  const rowsAfter = base.usedRows + op.rows.length;
  const below = Math.max(0, rowsAfter - base.bodyRows);
  const added = op.columns.length - base.headers.length;
  const free: Excel.Range[] = [];
  if (below > 0) free.push(ws.getRangeByIndexes(row + 1 + base.bodyRows, col, below, op.columns.length));
  if (added > 0) {
    free.push(ws.getRangeByIndexes(row, col + base.headers.length, 1 + Math.max(base.bodyRows, rowsAfter), added));
  }
  const used = free.map((r) => r.getUsedRangeOrNullObject(true).load("address"));
  const merged = options.mergedAreas ? free.map((r) => r.getMergedAreasOrNullObject().load("address")) : [];
  const owned = queueOwnedCells(ws, op, row + 1, col);
  const check = op.deleteCheck;
  const checked = check && ws.getRangeByIndexes(row + 1, col + check.column, base.bodyRows, 1).load("values");
  return () =>
    out.set(i, {
      sheet: op.sheet,
      headers: (header.values[0] ?? []).map((h) => (h === null || h === undefined ? "" : String(h))),
      row: header.rowIndex,
      col: header.columnIndex,
      bodyRows: body ? body.rowCount : base.bodyRows,
      firstFormulas: first.formulas[0] ?? [],
      blockedCell: firstCell(
        used.find((u) => !u.isNullObject)?.address ?? merged.find((m) => !m.isNullObject)?.address.split(",")[0],
      ),
      cellsNow: owned(),
      ...(op.adopt && unnamed !== undefined ? { unnamed } : {}),
      deleteCheckNow: checked ? (op.deleteRows ?? []).map((r) => checked.values[r]?.[0]) : [],
    });
}

/** One range per column the plan's owned cells are in, from the first such row to the last: their values now. */
function queueOwnedCells(ws: Excel.Worksheet, op: TableOp, bodyRow: number, col: number): () => unknown[] {
  const cells = op.cells ?? [];
  const spans = new Map<number, { from: number; to: number }>();
  for (const c of cells) {
    const span = spans.get(c.column);
    spans.set(c.column, { from: Math.min(span?.from ?? c.row, c.row), to: Math.max(span?.to ?? c.row, c.row) });
  }
  const ranges = new Map(
    [...spans].map(([column, { from, to }]) => [
      column,
      { from, range: ws.getRangeByIndexes(bodyRow + from, col + column, to - from + 1, 1).load("values") },
    ]),
  );
  return () =>
    cells.map((c) => {
      const at = ranges.get(c.column);
      return at ? at.range.values[c.row - at.from]?.[0] : undefined;
    });
}

function queueCreateArea(context: Excel.RequestContext, op: TableOp, i: number, out: Map<number, boolean>) {
  const origin = parseAddress(op.origin);
  const area = context.workbook.worksheets
    .getItem(op.sheet)
    .getRangeByIndexes(origin.row - 1, origin.col - 1, 1 + Math.max(op.rows.length, 1), op.columns.length)
    .getUsedRangeOrNullObject(true)
    .load("rowCount");
  return () => out.set(i, !area.isNullObject);
}

/** The top-left cell of an address such as `'Sheet'!B5:C7`, without `$`. */
function firstCell(address: string | undefined): string | undefined {
  return address
    ?.slice(address.lastIndexOf("!") + 1)
    .split(":")[0]
    ?.replace(/\$/g, "");
}
