import type { CellValue } from "../../domain/schema/types";
import { cellAddress, parseAddress } from "../../workbook/a1";
import type { ChartPlan, PlanOp, WorkbookPlan } from "../../workbook/plan-types";
import type { OfficeInput } from "./office-cells";
import { columnWidthPoints, toOfficeInput, toOfficeValue, utf8Length } from "./office-cells";

/** What the workbook holds before a plan is applied, loaded in one sync. */
export interface WorkbookSnapshot {
  /** Sheet names in tab order. */
  readonly sheets: readonly string[];
  /** Table name, lower-cased (Excel compares names without case) → its sheet. */
  readonly tables: ReadonlyMap<string, string>;
  /** Defined names, lower-cased. */
  readonly names: ReadonlySet<string>;
}

/** Names as Excel compares them: "Issues" is "ISSUES". */
class NameSet {
  private readonly keys = new Map<string, string>();
  constructor(entries: Iterable<readonly [string, string]>) {
    for (const [name, value] of entries) this.add(name, value);
  }
  has(name: string): boolean {
    return this.keys.has(name.toLowerCase());
  }
  add(name: string, value = ""): void {
    this.keys.set(name.toLowerCase(), value);
  }
  /** Forgets every name whose value (a table's sheet) is `value`. */
  dropValue(value: string): void {
    for (const [k, v] of this.keys) if (v.toLowerCase() === value.toLowerCase()) this.keys.delete(k);
  }
}

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
}

export interface TableColumnStep {
  readonly formula?: string;
  readonly numFmt?: string;
}

/**
 * One unit of an apply, plain data, in plan order. The plan's ops become these so that a write can be cut into
 * requests under Excel's size limit, and a request that is still too large can be cut again and resent.
 */
export type WriteStep =
  | BlockStep
  | { readonly kind: "addSheet"; readonly sheet: string }
  /** Renames a sheet out of the way, so its replacement can be added before it is deleted (Excel keeps one). */
  | { readonly kind: "retireSheet"; readonly sheet: string; readonly as: string }
  | { readonly kind: "deleteSheet"; readonly sheet: string }
  /** Clears the data validations and conditional formats of a sheet the plan writes (as the xlsx host does). */
  | { readonly kind: "resetSheet"; readonly sheet: string }
  | { readonly kind: "freeze"; readonly sheet: string; readonly rows: number }
  | { readonly kind: "name"; readonly name: string; readonly formula: string; readonly exists: boolean }
  /** Turns an existing table back into cells and clears what it covered. */
  | { readonly kind: "removeTable"; readonly name: string }
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
  | { readonly kind: "widths"; readonly sheet: string; readonly widths: readonly { col: number; points: number }[] }
  | { readonly kind: "boldRow"; readonly sheet: string; readonly row: number }
  /** Validations and highlights go to Excel as the plan gives them. */
  | Extract<PlanOp, { kind: "validation" | "highlight" }>
  | { readonly kind: "sheetOrder"; readonly sheets: readonly string[] }
  | ChartPlan
  | { readonly kind: "events"; readonly enabled: boolean };

type Op<K extends PlanOp["kind"]> = Extract<PlanOp, { kind: K }>;

/**
 * The steps that give the workbook what the xlsx host's `apply` gives an .xlsx file for the same plan.
 * @throws RangeError when an op writes to a sheet that neither exists nor is created earlier in the plan.
 */
export function planSteps(plan: WorkbookPlan, snapshot: WorkbookSnapshot): WriteStep[] {
  const sheets = new NameSet(snapshot.sheets.map((s) => [s, s]));
  const tables = new NameSet(snapshot.tables);
  const names = new NameSet([...snapshot.names].map((n) => [n, n]));
  const replaced = new Set(plan.ops.flatMap((op) => (op.kind === "sheet" && op.replace ? [op.name] : [])));
  const touched = new Set(plan.ops.flatMap((op) => ("sheet" in op && !replaced.has(op.sheet) ? [op.sheet] : [])));
  const steps: WriteStep[] = [...touched]
    .filter((s) => sheets.has(s))
    .map((sheet) => ({ kind: "resetSheet", sheet }) as const);
  let retired = 0;
  const need = (sheet: string) => {
    if (!sheets.has(sheet)) throw new RangeError(`plan writes to sheet "${sheet}" before creating it`);
    return sheet;
  };
  for (const op of plan.ops) {
    switch (op.kind) {
      case "sheet":
        if (op.replace && sheets.has(op.name)) {
          const as = `~sqd-replaced-${++retired}`;
          steps.push({ kind: "retireSheet", sheet: op.name, as }, { kind: "addSheet", sheet: op.name });
          steps.push({ kind: "deleteSheet", sheet: as });
          tables.dropValue(op.name);
        } else if (!sheets.has(op.name)) steps.push({ kind: "addSheet", sheet: op.name });
        sheets.add(op.name, op.name);
        steps.push({ kind: "freeze", sheet: op.name, rows: op.freezeRows });
        break;
      case "name":
        steps.push({ kind: "name", name: op.name, formula: op.formula, exists: names.has(op.name) });
        names.add(op.name);
        break;
      case "table":
        need(op.sheet);
        if (tables.has(op.name)) steps.push({ kind: "removeTable", name: op.name });
        tables.add(op.name, op.sheet);
        steps.push(...tableSteps(op));
        break;
      case "cells":
        steps.push(...cellsSteps({ ...op, sheet: need(op.sheet) }));
        break;
      case "columnWidths":
        steps.push(widthsStep(need(op.sheet), op.widths));
        break;
      case "validation":
      case "highlight":
      case "chart":
        need(op.sheet);
        steps.push({ ...op });
        break;
      case "sheetOrder":
        steps.push({ kind: "sheetOrder", sheets: op.sheets.filter((s) => sheets.has(s)) });
        break;
      default:
        return unknownOp(op);
    }
  }
  return steps;
}

/**
 * The sheets, tables and names a workbook holds after a plan, from what it held before: sheets the plan creates
 * are added at the end (tab order is not tracked), tables of a replaced sheet go, the plan's tables and names come.
 */
export function snapshotAfter(plan: WorkbookPlan, before: WorkbookSnapshot): WorkbookSnapshot {
  const sheets = [...before.sheets];
  const tables = new Map(before.tables);
  const names = new Set(before.names);
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  for (const op of plan.ops) {
    if (op.kind === "sheet") {
      if (op.replace) for (const [t, s] of tables) if (same(s, op.name)) tables.delete(t);
      if (!sheets.some((s) => same(s, op.name))) sheets.push(op.name);
    } else if (op.kind === "table") tables.set(op.name.toLowerCase(), op.sheet);
    else if (op.kind === "name") names.add(op.name.toLowerCase());
  }
  return { sheets, tables, names };
}

function tableSteps(op: Op<"table">): WriteStep[] {
  const origin = parseAddress(op.origin);
  const body: readonly (readonly CellValue[])[] = op.rows.length > 0 ? op.rows : [[]];
  const cells = [
    op.columns.map((c) => toOfficeValue(c.header)),
    ...body.map((r) => op.columns.map((c, i) => (c.formula ? "" : toOfficeValue(r[i])))),
  ];
  const widths = op.columns.flatMap((c, i) =>
    c.width ? [{ col: origin.col - 1 + i, points: columnWidthPoints(c.width) }] : [],
  );
  return [
    block(op.sheet, origin.row - 1, origin.col - 1, cells, false),
    {
      kind: "table",
      sheet: op.sheet,
      name: op.name,
      row: origin.row - 1,
      col: origin.col - 1,
      rowCount: cells.length,
      columns: op.columns.map((c) => ({ formula: c.formula, numFmt: c.numFmt })),
    },
    ...(widths.length > 0 ? [{ kind: "widths", sheet: op.sheet, widths } as const] : []),
    { kind: "boldRow", sheet: op.sheet, row: origin.row - 1 },
  ];
}

function cellsSteps(op: Op<"cells">): WriteStep[] {
  const origin = parseAddress(op.origin);
  const width = Math.max(0, ...op.rows.map((r) => r.length));
  const cells = op.rows.map((r) =>
    Array.from({ length: width }, (_, c) => (c < r.length ? toOfficeInput(r[c]) : null)),
  );
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
  const rowBytes = cells.map(
    (r, i) => utf8Length(JSON.stringify(r)) + 1 + (numFmts ? utf8Length(JSON.stringify(numFmts[i])) + 1 : 0),
  );
  return { kind: "block", sheet, row, col, cells, formulas, numFmts, rowBytes };
}

/** "Sheet!B2:D9" style label of a block, for error messages. */
export function blockAddress(step: BlockStep, rows = step.cells.length): string {
  const width = step.cells[0]?.length ?? 1;
  const from = cellAddress(step.row + 1, step.col + 1);
  const to = cellAddress(step.row + rows, step.col + width);
  return `${step.sheet}!${from}:${to}`;
}

/** A new kind of plan op fails to compile here until the Office host writes it. */
function unknownOp(op: never): never {
  throw new RangeError(`the Office host cannot write plan op ${JSON.stringify(op)}`);
}
