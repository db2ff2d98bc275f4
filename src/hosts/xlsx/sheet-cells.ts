import ExcelJS from "exceljs";
import type { CellValue } from "../../domain/schema/types";
import { cellValue } from "./cell-values";
import { internals } from "./exceljs-internals";
import type { SheetRows, StoredRow, StoredValue, StylePalette, StyleModel } from "./row-store";

const { ValueType } = ExcelJS;

/** The parts of a style ExcelJS gives a new cell from its column (Cell's _mergeStyle). */
const STYLE_KEYS = ["numFmt", "font", "alignment", "border", "fill", "protection"] as const;

/**
 * The cells of one worksheet wherever they are held: a row is either the row store's (plain cells, row-store.ts) or
 * ExcelJS's (a row with an ExcelJS model: cells, or a height), never both. Reads never create an ExcelJS row or
 * cell; writes go to the row's holder, a row that neither holds to the store; `promote` moves a store row into
 * ExcelJS where code needs ExcelJS's formatting on it.
 */
export class SheetCells {
  private readonly columnStyles = new Map<number, number>();

  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly rows: SheetRows,
    private readonly palette: StylePalette,
  ) {}

  /** The ExcelJS row at `r` when ExcelJS holds it (it has cells or a height). */
  private excelRow(r: number): ExcelJS.Row | undefined {
    const row = this.ws.findRow(r);
    return row && (row.cellCount > 0 || row.height) ? row : undefined;
  }

  private excelCell(r: number, c: number): ExcelJS.Cell | undefined {
    return this.excelRow(r)?.findCell(c);
  }

  /** A cell's value for the domain (a formula gives its cached result), as cellValue reads an ExcelJS cell. */
  value(r: number, c: number): CellValue {
    const stored = this.rows.get(r);
    if (stored) return domainValue(stored.values[c - 1]);
    const cell = this.excelCell(r, c);
    return cell ? cellValue(cell) : undefined;
  }

  /** The values of columns c0..c1 of row r. */
  values(r: number, c0: number, c1: number): CellValue[] {
    const out: CellValue[] = [];
    const stored = this.rows.get(r);
    const row = stored ? undefined : this.excelRow(r);
    for (let c = c0; c <= c1; c++) {
      if (stored) out.push(domainValue(stored.values[c - 1]));
      else {
        const cell = row?.findCell(c);
        out.push(cell ? cellValue(cell) : undefined);
      }
    }
    return out;
  }

  isFormula(r: number, c: number): boolean {
    const stored = this.rows.get(r);
    if (stored) return stored.formulas?.[c - 1] !== undefined;
    return this.excelCell(r, c)?.type === ValueType.Formula;
  }

  /** Whether the cell holds nothing: no value but "", no formula. */
  isBlank(r: number, c: number): boolean {
    const v = this.raw(r, c);
    return v === null || v === undefined || v === "";
  }

  /** Merged cells are held by ExcelJS only (the row store keeps no merge). */
  isMerged(r: number, c: number): boolean {
    return this.excelCell(r, c)?.isMerged ?? false;
  }

  /** The cell's value as ExcelJS models it (null when empty), wherever it is held. */
  raw(r: number, c: number): ExcelJS.CellValue {
    const stored = this.rows.get(r);
    if (stored) return excelValue(stored.values[c - 1], stored.formulas?.[c - 1]);
    return this.excelCell(r, c)?.value ?? null;
  }

  /**
   * Writes a value into a cell where its row is held. A cell that did not exist gets its column's format, as
   * ExcelJS gives a new cell; an existing cell keeps its format. A value the row store cannot hold (rich text, a
   * link, a date, a shared formula) moves a store row into ExcelJS first.
   */
  write(r: number, c: number, value: ExcelJS.CellValue): void {
    const stored = this.rows.get(r) ?? (this.excelRow(r) ? undefined : this.newRow(r));
    const plain = stored ? storable(value) : undefined;
    if (stored && plain) {
      const i = c - 1;
      if (stored.values[i] === undefined && stored.formulas?.[i] === undefined && !stored.styles[i]) {
        const style = this.columnStyle(c);
        if (style) ownStyles(stored)[i] = style;
      }
      stored.values[i] = plain.value;
      if (plain.formula !== undefined) ownFormulas(stored)[i] = plain.formula;
      else if (stored.formulas?.[i] !== undefined) ownFormulas(stored)[i] = undefined;
      return;
    }
    this.promote(r).getCell(c).value = value;
  }

  /**
   * Writes a formula with its cached result (undefined: none), as `write` does; the formula as the file holds it.
   * Store rows take it as is, without a value object per cell.
   */
  writeFormula(r: number, c: number, formula: string, cached: CellValue | { error: string }): void {
    // A result Excel cannot hold (NaN, ±Infinity) goes the way of every value the store cannot keep: to ExcelJS.
    const plain = typeof cached !== "number" || Number.isFinite(cached);
    const stored = plain ? (this.rows.get(r) ?? (this.excelRow(r) ? undefined : this.newRow(r))) : undefined;
    if (!stored) {
      this.write(r, c, excelValue(cached, formula));
      return;
    }
    const i = c - 1;
    if (stored.values[i] === undefined && stored.formulas?.[i] === undefined && !stored.styles[i]) {
      const style = this.columnStyle(c);
      if (style) ownStyles(stored)[i] = style;
    }
    stored.values[i] = cached;
    ownFormulas(stored)[i] = formula;
  }

  /**
   * Adds a table's new rows to the store where neither holder has them, each row's `values` its own and its formats
   * and formulas one array shared (frozen) by all of them: every new row of a table takes its columns' formats and
   * its calculated columns' formulas. Rows that a holder has already are left to the caller.
   * @returns whether row `r` was added
   */
  addRow(
    r: number,
    values: StoredValue[],
    styles: readonly number[],
    formulas: readonly (string | undefined)[],
  ): boolean {
    if (this.rows.get(r) || this.excelRow(r)) return false;
    const row = this.newRow(r);
    row.values = values;
    row.styles = styles as number[];
    if (formulas.length > 0) row.formulas = formulas as (string | undefined)[];
    return true;
  }

  /** A store row for r, made when neither holds it (an empty ExcelJS row placeholder is dropped). */
  private newRow(r: number): StoredRow {
    const rows = internals(this.ws)._rows;
    if (rows[r - 1]) rows[r - 1] = undefined;
    const row: StoredRow = { attrs: "", values: [], styles: [] };
    this.rows.set(r, row);
    return row;
  }

  /** The palette index of the format ExcelJS would give a new cell of column c (its column's style). */
  columnStyle(c: number): number {
    const known = this.columnStyles.get(c);
    if (known !== undefined) return known;
    const style = this.ws.getColumn(c).style as StyleModel | undefined;
    const picked: Record<string, unknown> = {};
    for (const key of STYLE_KEYS) if (style?.[key]) picked[key] = style[key];
    const index = Object.keys(picked).length > 0 ? this.palette.add(picked as StyleModel) : 0;
    this.columnStyles.set(c, index);
    return index;
  }

  /** Forgets the column formats noted so far (after a column's format is set). */
  columnsChanged(): void {
    this.columnStyles.clear();
  }

  /** Moves row r into ExcelJS (when the store holds it) and returns the ExcelJS row. */
  promote(r: number): ExcelJS.Row {
    const stored = this.rows.get(r);
    if (!stored) return this.ws.getRow(r);
    this.rows.delete(r);
    const row = this.ws.getRow(r);
    const width = Math.max(stored.values.length, stored.styles.length, stored.formulas?.length ?? 0);
    for (let i = 0; i < width; i++) {
      const value = stored.values[i];
      const formula = stored.formulas?.[i];
      const style = stored.styles[i] ?? 0;
      if (value === undefined && formula === undefined && !style) continue;
      const cell = row.getCell(i + 1);
      cell.value = excelValue(value, formula);
      // A copy: ExcelJS edits a cell's style objects in place (cell.numFmt = …), the palette's entry is shared.
      cell.style = JSON.parse(JSON.stringify(this.palette.get(style))) as Partial<ExcelJS.Style>;
    }
    applyRowAttrs(row, stored.attrs);
    return row;
  }

  /** Moves every store row into ExcelJS. */
  promoteAll(): void {
    for (const [r] of [...this.rows.entries()]) this.promote(r);
  }

  /** The last row either holds. */
  get rowCount(): number {
    return Math.max(this.ws.rowCount, this.rows.lastRow);
  }

  /** The widest row's last column, of either holder. */
  get columnCount(): number {
    let width = this.ws.columnCount;
    for (const [, row] of this.rows.entries()) {
      width = Math.max(width, row.values.length, row.styles.length, row.formulas?.length ?? 0);
    }
    return width;
  }

  address(r: number, c: number): string {
    return `${this.ws.getColumn(c).letter}${String(r)}`;
  }
}

/** A stored row's formats, its own to write into: an array shared by the new rows of one table (frozen) is copied. */
function ownStyles(row: StoredRow): number[] {
  if (Object.isFrozen(row.styles)) row.styles = [...row.styles];
  return row.styles;
}

/** A stored row's formulas, its own to write into (as ownStyles). */
function ownFormulas(row: StoredRow): (string | undefined)[] {
  if (!row.formulas || Object.isFrozen(row.formulas)) row.formulas = [...(row.formulas ?? [])];
  return row.formulas;
}

/** The height, hidden and outline attributes of a stored row, onto its ExcelJS row. */
function applyRowAttrs(row: ExcelJS.Row, attrs: string): void {
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
  const ht = attr("ht");
  if (ht !== undefined) row.height = Number(ht);
  if (attr("hidden") === "1" || attr("hidden") === "true") row.hidden = true;
  const outline = attr("outlineLevel");
  if (outline !== undefined) row.outlineLevel = Number(outline);
}

/** A stored value for the domain, as cellValue reads the same ExcelJS cell. */
function domainValue(v: StoredValue): CellValue {
  if (v === undefined || typeof v === "number") return v;
  if (typeof v === "string") return v === "" ? undefined : v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.error;
}

/** A stored cell as ExcelJS models its value. */
export function excelValue(v: StoredValue, formula: string | undefined): ExcelJS.CellValue {
  if (formula !== undefined) {
    if (v === undefined) return { formula } as ExcelJS.CellFormulaValue;
    const result = typeof v === "object" ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
    return { formula, result, date1904: false } as ExcelJS.CellFormulaValue;
  }
  if (v === undefined) return null;
  return typeof v === "object" ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
}

/** An ExcelJS value as the row store holds it, or undefined when the store cannot hold it. */
function storable(v: ExcelJS.CellValue): { value: StoredValue; formula?: string } | undefined {
  if (v === null || v === undefined) return { value: undefined };
  if (typeof v === "number") return Number.isFinite(v) ? { value: v } : undefined;
  if (typeof v === "string" || typeof v === "boolean") return { value: v };
  if (typeof v !== "object" || v instanceof Date) return undefined;
  const keys = Object.keys(v);
  if (keys.length === 1 && "error" in v) return { value: { error: String(v.error) } };
  if (!("formula" in v) || typeof v.formula !== "string") return undefined;
  if (keys.some((k) => k !== "formula" && k !== "result" && k !== "date1904")) return undefined;
  const result = (v as ExcelJS.CellFormulaValue).result;
  if (result === undefined || result === null) return { value: undefined, formula: v.formula };
  const plain = storable(result as ExcelJS.CellValue);
  if (!plain || plain.formula !== undefined) return undefined;
  return { value: plain.value, formula: v.formula };
}
