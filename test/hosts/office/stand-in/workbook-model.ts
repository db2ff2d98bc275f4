import { columnLetter } from "../../../../src/workbook/a1";
import type { Area, Cell, Scalar, TableModel } from "./model";
import { MAX_COLS, MAX_ROWS, SheetModel, StandInError, overlaps, typeIn, inside } from "./model";

/** A range as a proxy sees it: a sheet and an area. */
export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly area: Area;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The in-memory workbook the stand-in's proxies act on. */
export class WorkbookModel {
  readonly sheets: SheetModel[];
  readonly tables: TableModel[] = [];
  /** name → formula, with its "=". */
  readonly names = new Map<string, string>();
  enableEvents = true;
  /** The sheet the user sees, set by `Worksheet.activate()`. */
  activeSheet: string | undefined;
  /** `enableEvents` as it was at the end of each accepted request. */
  readonly eventsAtSync: boolean[] = [];
  /** Requests that called `suspendApiCalculationUntilNextSync`. */
  suspendedSyncs = 0;
  /** Set by `suspendApiCalculationUntilNextSync` during a request. */
  suspendRequested = false;
  /** Excel's calculation mode ("Automatic", "AutomaticExceptTables", "Manual"). */
  calculationMode = "Automatic";
  /** Calls of `application.calculate`. */
  calculations = 0;

  constructor(sheetNames: readonly string[]) {
    this.sheets = sheetNames.map((n) => new SheetModel(n));
  }

  findSheet(name: string): SheetModel | null {
    return this.sheets.find((s) => same(s.name, name)) ?? null;
  }

  sheet(name: string): SheetModel {
    const s = this.findSheet(name);
    if (!s) throw new StandInError("ItemNotFound", `The requested resource doesn't exist: sheet ${name}`);
    return s;
  }

  addSheet(name: string): SheetModel {
    if (this.findSheet(name)) throw new StandInError("ItemAlreadyExists", `A sheet named ${name} already exists`);
    const s = new SheetModel(name);
    this.sheets.push(s);
    return s;
  }

  /** Deletes a sheet with its tables; Excel keeps at least one sheet. */
  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) throw new StandInError("InvalidOperation", "A workbook must keep one sheet");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const t of this.tables.filter((x) => x.sheet === sheet)) this.removeTable(t);
  }

  renameSheet(sheet: SheetModel, name: unknown): void {
    if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
      throw new StandInError("InvalidArgument", `not a sheet name: ${String(name)}`);
    }
    const other = this.findSheet(name);
    if (other && other !== sheet) throw new StandInError("ItemAlreadyExists", `A sheet named ${name} already exists`);
    sheet.name = name;
  }

  moveSheet(sheet: SheetModel, position: unknown): void {
    if (typeof position !== "number" || position < 0 || position >= this.sheets.length) {
      throw new StandInError("InvalidArgument", `bad position ${String(position)}`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  findTable(name: string): TableModel | null {
    return this.tables.find((t) => same(t.name, name)) ?? null;
  }

  table(name: string): TableModel {
    const t = this.findTable(name);
    if (!t) throw new StandInError("ItemNotFound", `The requested resource doesn't exist: table ${name}`);
    return t;
  }

  /** tables.add: header texts from the first row (Excel invents "ColumnN" for blanks), default name TableN. */
  addTable(sheet: SheetModel, area: Area, hasHeaders: unknown): TableModel {
    this.assertWritable(sheet);
    if (hasHeaders !== true) throw new StandInError("NotImplemented", "stand-in: tables without a header row");
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.area, area))) {
      throw new StandInError("InvalidArgument", "A table can't overlap another table.");
    }
    if (sheet.merges.some((m) => overlaps(m, area))) {
      throw new StandInError("InvalidOperation", "Merged cells can't be in a table.");
    }
    const seen = new Set<string>();
    for (let c = area.c0; c <= area.c1; c++) {
      const cell = sheet.ensure(area.r0, c);
      let header = cell.value === undefined || cell.value === "" ? `Column${c - area.c0 + 1}` : String(cell.value);
      while (seen.has(header.toLowerCase())) header += "2";
      seen.add(header.toLowerCase());
      cell.value = header;
    }
    let n = this.tables.length + 1;
    while (this.isNameTaken(`Table${n}`)) n++;
    const table: TableModel = { name: `Table${n}`, sheet, area };
    this.tables.push(table);
    return table;
  }

  renameTable(table: TableModel, name: unknown): void {
    if (typeof name !== "string" || !/^[A-Za-z_\\][\w.]*$/.test(name)) {
      throw new StandInError("InvalidArgument", `not a valid table name: ${String(name)}`);
    }
    if (!same(table.name, name) && this.isNameTaken(name)) {
      throw new StandInError("InvalidArgument", `The name ${name} is already used`);
    }
    table.name = name;
  }

  removeTable(table: TableModel): void {
    this.tables.splice(this.tables.indexOf(table), 1);
  }

  /** Refuses any write to a protected sheet, as Excel does. */
  assertWritable(sheet: SheetModel): void {
    if (sheet.protected) throw new StandInError("AccessDenied", `The sheet ${sheet.name} is protected.`);
  }

  /**
   * Table.convertToRange: the table goes, and every structured reference to it, in every formula of the workbook
   * (cells, names, conditional formats), becomes a fixed A1 reference — what Microsoft's "Convert an Excel table to
   * a range of data" states, and why the product never converts a table that other sheets refer to.
   */
  convertToRange(table: TableModel): void {
    this.removeTable(table);
    const rewrite = (formula: string, row: number) => toA1References(formula, table, row);
    for (const sheet of this.sheets) {
      sheet.rows.forEach((cells, r) =>
        cells?.forEach((cell) => {
          if (cell?.formula !== undefined) cell.formula = rewrite(cell.formula, r);
        }),
      );
      for (const cf of sheet.conditionalFormats) if (cf.formula) cf.formula = rewrite(cf.formula, cf.area.r0);
    }
    for (const [name, formula] of this.names) this.names.set(name, rewrite(formula, 0));
  }

  /**
   * Grows a table down over `rows` new rows below it: TableRowCollection.add (values given) or Table.resize (cells
   * already written). A calculated column — every body cell the same formula — fills its new cells, as Excel does.
   */
  growTable(table: TableModel, rows: number, values?: unknown): void {
    this.assertWritable(table.sheet);
    const { r1, c0, c1 } = table.area;
    const below = { r0: r1 + 1, c0, r1: r1 + rows, c1 };
    this.refuseMerged(table, below);
    if (values !== undefined) {
      if (this.sheetUsed(table.sheet, below)) {
        throw new StandInError("NotImplemented", "stand-in: rows.add over cells that hold data");
      }
      this.write({ sheet: table.sheet, area: below }, "formulas", values);
    }
    const formulas = calculatedFormulas(table);
    table.area = { ...table.area, r1: r1 + rows };
    for (let c = c0; c <= c1; c++) {
      const formula = formulas.get(c);
      if (formula === undefined) continue;
      for (let r = r1 + 1; r <= r1 + rows; r++) {
        const cell = table.sheet.ensure(r, c);
        if (cell.value === undefined && cell.formula === undefined) cell.formula = formula;
      }
    }
  }

  /** Range.merge: one merged area (or one per row, `across`); the stand-in refuses to merge over a table. */
  merge(target: RangeTarget, across: unknown): void {
    const { sheet, area } = target;
    this.assertWritable(sheet);
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.area, area))) {
      throw new StandInError("InvalidOperation", "Merged cells can't be in a table.");
    }
    const rows = across === true ? Array.from({ length: area.r1 - area.r0 + 1 }, (_, i) => area.r0 + i) : [area.r0];
    for (const r of rows) sheet.merges.push(across === true ? { ...area, r0: r, r1: r } : area);
  }

  /** A table never holds merged cells: Excel refuses to grow one over a merged area. */
  private refuseMerged(table: TableModel, area: Area): void {
    if (table.sheet.merges.some((m) => overlaps(m, area))) {
      throw new StandInError(
        "InvalidOperation",
        "This operation can't be done on a table that would hold merged cells.",
      );
    }
  }

  /** Table.resize: the same header row and first column; the stand-in only grows tables. */
  resizeTable(table: TableModel, area: Area): void {
    const t = table.area;
    if (area.r0 !== t.r0 || area.c0 !== t.c0 || area.r1 < t.r1 || area.c1 !== t.c1) {
      throw new StandInError("NotImplemented", "stand-in: resize keeps the header row and columns and grows down");
    }
    if (area.r1 > t.r1) this.growTable(table, area.r1 - t.r1);
  }

  /** TableColumnCollection.add at the right end, named; the cells it takes must be empty. */
  addTableColumn(table: TableModel, name: unknown): void {
    this.assertWritable(table.sheet);
    const { r0, r1, c1 } = table.area;
    this.refuseMerged(table, { r0, c0: c1 + 1, r1, c1: c1 + 1 });
    if (this.sheetUsed(table.sheet, { r0, c0: c1 + 1, r1, c1: c1 + 1 })) {
      throw new StandInError("NotImplemented", "stand-in: a table column over cells that hold data");
    }
    const headers = new Set<string>();
    for (let c = table.area.c0; c <= c1; c++) headers.add(String(table.sheet.cell(r0, c)?.value ?? "").toLowerCase());
    let header = typeof name === "string" && name !== "" ? name : `Column${c1 - table.area.c0 + 2}`;
    while (headers.has(header.toLowerCase())) header += "2";
    table.sheet.ensure(r0, c1 + 1).value = header;
    table.area = { ...table.area, c1: c1 + 1 };
  }

  /**
   * Range.delete("Up"): the cells of the range go and the cells below it, in its columns, move up, with the tables,
   * validations and conditional formats there. Over whole body rows of a table the table loses those rows (Delete ›
   * Table Rows); deleting every body row leaves one blank row, as Excel keeps a table's body. Excel refuses to shift
   * part of a table (the range takes only some of its columns, or its header) — so does the stand-in.
   */
  deleteUp(target: RangeTarget, shift: unknown): void {
    const { sheet, area } = target;
    this.assertWritable(sheet);
    if (shift !== "Up") throw new StandInError("NotImplemented", `stand-in: Range.delete(${String(shift)})`);
    const n = area.r1 - area.r0 + 1;
    const moved = (a: Area) => a.c0 <= area.c1 && area.c0 <= a.c1 && a.r1 >= area.r0;
    for (const t of this.tables.filter((x) => x.sheet === sheet && moved(x.area))) {
      const whole = t.area.c0 >= area.c0 && t.area.c1 <= area.c1;
      const bodyRows = area.r0 > t.area.r0 && area.r1 <= t.area.r1 && t.area.c0 === area.c0 && t.area.c1 === area.c1;
      if (!bodyRows && !(whole && t.area.r0 > area.r1)) {
        throw new StandInError("InvalidOperation", "This operation will attempt to shift cells in a table.");
      }
    }
    if (sheet.merges.some(moved)) throw new StandInError("NotImplemented", "stand-in: shifting merged cells");
    for (const kind of ["validations", "conditionalFormats"] as const) {
      const list = sheet[kind].filter((x) => moved(x.area));
      if (list.some((x) => x.area.c0 < area.c0 || x.area.c1 > area.c1)) {
        throw new StandInError("NotImplemented", `stand-in: shifting part of a rule's range (${kind})`);
      }
    }
    for (let r = area.r0; r < sheet.rows.length; r++) {
      for (let c = area.c0; c <= area.c1; c++) {
        const from = sheet.rows[r + n]?.[c];
        const row = (sheet.rows[r] ??= []);
        row[c] = from;
      }
    }
    const up = (a: Area): Area | undefined => {
      if (a.r1 < area.r0) return a;
      if (a.r0 > area.r1) return { ...a, r0: a.r0 - n, r1: a.r1 - n };
      const r0 = Math.min(a.r0, area.r0);
      const rows = a.r1 - a.r0 + 1 - (Math.min(a.r1, area.r1) - Math.max(a.r0, area.r0) + 1);
      return rows > 0 ? { ...a, r0, r1: r0 + rows - 1 } : undefined;
    };
    for (const t of this.tables.filter((x) => x.sheet === sheet && moved(x.area))) {
      t.area = up(t.area) ?? t.area;
      // A table keeps one body row: its last row deleted leaves a blank one (below it nothing moved into it).
      if (t.area.r1 === t.area.r0) {
        t.area = { ...t.area, r1: t.area.r0 + 1 };
        this.shiftDown(sheet, { ...t.area, r0: t.area.r1 });
      }
    }
    for (const kind of ["validations", "conditionalFormats"] as const) {
      const kept: { area: Area }[] = [];
      for (const x of sheet[kind]) {
        const area2 = moved(x.area) ? up(x.area) : x.area;
        if (area2) kept.push(Object.assign(x, { area: area2 }));
      }
      sheet[kind] = kept as never;
    }
  }

  /** Inserts one blank row of cells at `area.r0` in its columns, the cells below moving down. */
  private shiftDown(sheet: SheetModel, area: Area): void {
    for (let r = sheet.rows.length; r > area.r0; r--) {
      for (let c = area.c0; c <= area.c1; c++) {
        const row = (sheet.rows[r] ??= []);
        row[c] = sheet.rows[r - 1]?.[c];
      }
    }
    for (let c = area.c0; c <= area.c1; c++) (sheet.rows[area.r0] ??= [])[c] = undefined;
  }

  /** Table.delete: the table and its cells go. */
  deleteTable(table: TableModel): void {
    this.assertWritable(table.sheet);
    this.removeTable(table);
    this.clear({ sheet: table.sheet, area: table.area }, "All");
  }

  /** The cells of the area holding a value and no formula, as runs down each column (SpecialCellType constants). */
  constantRuns(sheet: SheetModel, area: Area): Area[] {
    const runs: Area[] = [];
    for (let c = area.c0; c <= area.c1; c++) {
      let start: number | undefined;
      for (let r = area.r0; r <= area.r1 + 1; r++) {
        const cell = r <= area.r1 ? sheet.cell(r, c) : undefined;
        const constant = cell?.value !== undefined && cell.formula === undefined;
        if (constant && start === undefined) start = r;
        if (!constant && start !== undefined) {
          runs.push({ r0: start, c0: c, r1: r - 1, c1: c });
          start = undefined;
        }
      }
    }
    return runs;
  }

  /** Whether a cell of the area holds a value or a formula. */
  sheetUsed(sheet: SheetModel, area: Area): boolean {
    return this.usedWithin(sheet, area) !== undefined;
  }

  /** The smallest area inside `area` holding every cell with a value or a formula, as Excel's used range of a range. */
  usedWithin(sheet: SheetModel, area: Area): Area | undefined {
    let used: Area | undefined;
    for (let r = area.r0; r <= Math.min(area.r1, sheet.rows.length - 1); r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      for (let c = area.c0; c <= Math.min(area.c1, row.length - 1); c++) {
        const cell = row[c];
        if (!cell || (cell.value === undefined && cell.formula === undefined)) continue;
        used = used
          ? { r0: Math.min(used.r0, r), c0: Math.min(used.c0, c), r1: Math.max(used.r1, r), c1: Math.max(used.c1, c) }
          : { r0: r, c0: c, r1: r, c1: c };
      }
    }
    return used;
  }

  addName(name: unknown, formula: unknown): void {
    if (typeof name !== "string" || typeof formula !== "string" || !formula.startsWith("=")) {
      throw new StandInError("InvalidArgument", `names.add(${String(name)}, ${String(formula)})`);
    }
    if (!isValidName(name)) throw new StandInError("InvalidArgument", `The name ${name} is not valid.`);
    if (this.isNameTaken(name)) throw new StandInError("ItemAlreadyExists", `The name ${name} already exists`);
    this.names.set(name, formula);
  }

  private isNameTaken(name: string): boolean {
    return this.findTable(name) !== null || [...this.names.keys()].some((n) => same(n, name));
  }

  /** Writes a 2D array (its size must match) or one value for every cell; null leaves a cell as it is. */
  write(target: RangeTarget, property: "values" | "formulas" | "numberFormat", input: unknown): void {
    const { sheet, area } = target;
    this.assertWritable(sheet);
    const rows = area.r1 - area.r0 + 1;
    const cols = area.c1 - area.c0 + 1;
    if (Array.isArray(input)) {
      if (input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols)) {
        throw new StandInError("InvalidArgument", "The number of rows or columns in the input array doesn't match");
      }
    } else if (rows * cols > 2_000_000) {
      throw new StandInError("NotImplemented", "stand-in: one value over more than 2,000,000 cells");
    }
    for (let r = 0; r < rows; r++) {
      const row: unknown = Array.isArray(input) ? input[r] : undefined;
      for (let c = 0; c < cols; c++) {
        const v = Array.isArray(row) ? row[c] : input;
        if (v === null) continue;
        const cell = sheet.ensure(area.r0 + r, area.c0 + c);
        if (property === "numberFormat") setFormat(cell, v);
        else enter(cell, v);
      }
    }
  }

  read(target: RangeTarget, property: "values" | "formulas" | "numberFormat"): Scalar[][] {
    const { sheet, area } = target;
    if ((area.r1 - area.r0 + 1) * (area.c1 - area.c0 + 1) > 5_000_000) {
      throw new StandInError("ResponsePayloadSizeLimitExceeded", "a read of more than 5,000,000 cells");
    }
    const out: Scalar[][] = [];
    for (let r = area.r0; r <= area.r1; r++) {
      const row: Scalar[] = [];
      for (let c = area.c0; c <= area.c1; c++) row.push(readCell(sheet.cell(r, c), property));
      out.push(row);
    }
    return out;
  }

  clear(target: RangeTarget, applyTo: unknown): void {
    const { sheet, area } = target;
    this.assertWritable(sheet);
    if (applyTo === "All" || applyTo === undefined) {
      for (let r = area.r0; r <= Math.min(area.r1, sheet.rows.length - 1); r++) {
        const row = sheet.rows[r];
        if (row) for (let c = area.c0; c <= Math.min(area.c1, row.length - 1); c++) row[c] = undefined;
      }
      for (let r = area.r0; r <= area.r1 && r < MAX_ROWS; r++) if (area.c0 === 0) sheet.boldRows.delete(r);
      // clearing formats unmerges the cells
      sheet.merges = sheet.merges.filter((m) => !inside(m, area));
      return;
    }
    if (applyTo !== "Contents") throw new StandInError("NotImplemented", `stand-in: clear(${String(applyTo)})`);
    for (let r = area.r0; r <= Math.min(area.r1, sheet.rows.length - 1); r++) {
      for (let c = area.c0; c <= Math.min(area.c1, MAX_COLS - 1); c++) {
        const cell = sheet.cell(r, c);
        if (!cell) continue;
        delete cell.value;
        delete cell.formula;
        delete cell.quotePrefix;
      }
    }
  }

  setBold(target: RangeTarget, bold: unknown): void {
    const { sheet, area } = target;
    this.assertWritable(sheet);
    if (area.c0 === 0 && area.c1 === MAX_COLS - 1) {
      for (let r = area.r0; r <= area.r1; r++) sheet.boldRows.add(r);
      return;
    }
    if (area.r1 - area.r0 >= MAX_ROWS - 1) throw new StandInError("NotImplemented", "stand-in: bold whole columns");
    for (let r = area.r0; r <= area.r1; r++) {
      for (let c = area.c0; c <= area.c1; c++) sheet.ensure(r, c).bold = bold === true;
    }
  }
}

/** Excel's limits: 32,767 characters in a cell, 8,192 in a formula. */
const MAX_CELL_CHARS = 32_767;
const MAX_FORMULA_CHARS = 8_192;

function enter(cell: Cell, v: unknown): void {
  if (typeof v === "string") {
    const formula = /^[=+\-@]/.test(v) && v.length > 1;
    const length = formula ? v.length : v.replace(/^'/, "").length;
    if (length > (formula ? MAX_FORMULA_CHARS : MAX_CELL_CHARS)) {
      throw new StandInError("InvalidArgument", `a ${formula ? "formula" : "text"} of ${length} characters`);
    }
  }
  if (v === "") {
    delete cell.value;
    delete cell.formula;
    delete cell.quotePrefix;
  } else if (typeof v === "number" || typeof v === "boolean") {
    delete cell.formula;
    delete cell.quotePrefix;
    cell.value = v;
  } else if (typeof v === "string") {
    if (cell.numberFormat === "@") {
      delete cell.formula;
      cell.value = v;
    } else typeIn(cell, v);
  } else throw new StandInError("InvalidArgument", `not a cell value: ${JSON.stringify(v)}`);
}

function setFormat(cell: Cell, v: unknown): void {
  if (typeof v !== "string") throw new StandInError("InvalidArgument", `not a number format: ${JSON.stringify(v)}`);
  if (v === "" || v === "General") delete cell.numberFormat;
  else cell.numberFormat = v;
}

function readCell(cell: Cell | undefined, property: "values" | "formulas" | "numberFormat"): Scalar {
  if (property === "numberFormat") return cell?.numberFormat ?? "General";
  if (cell?.formula !== undefined) return property === "formulas" ? cell.formula : "";
  return cell?.value ?? "";
}

/**
 * Names Excel accepts (Microsoft's "Names in formulas"): a letter, "_" or "\\" first, then letters, digits, "_" and
 * "."; no spaces; at most 255 characters; not a cell reference (A1, R1C1) and not "R" or "C".
 */
export function isValidName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[rc]$/i.test(name)) return false;
  if (/^[a-z]{1,3}\d+$/i.test(name)) return false;
  return !/^r(\d*)c(\d*)$/i.test(name);
}

/** Each column of a table whose body cells all hold the same formula (a calculated column) → that formula. */
function calculatedFormulas(table: TableModel): Map<number, string> {
  const out = new Map<number, string>();
  const { r0, c0, r1, c1 } = table.area;
  for (let c = c0; c <= c1; c++) {
    const first = table.sheet.cell(r0 + 1, c)?.formula;
    if (first === undefined) continue;
    let all = true;
    for (let r = r0 + 2; r <= r1 && all; r++) all = table.sheet.cell(r, c)?.formula === first;
    if (all) out.set(c, first);
  }
  return out;
}

/**
 * A formula with every structured reference to `table` turned into the A1 reference it stood for: a column's data
 * (`T[[#Data],[列]]`, `T[列]`) → `'Sheet'!$C$2:$C$9`; this row (`T[[#This Row],[列]]`) → `'Sheet'!$C5`; the table
 * (`T[#All]`, `T`) → its whole range.
 */
export function toA1References(formula: string, table: TableModel, row: number): string {
  const { r0, c0, r1, c1 } = table.area;
  const sheet = `'${table.sheet.name.replace(/'/g, "''")}'!`;
  const headers = new Map<string, number>();
  for (let c = c0; c <= c1; c++) headers.set(String(table.sheet.cell(r0, c)?.value ?? "").toLowerCase(), c);
  const col = (c: number) => columnLetter(c + 1);
  const escaped = table.name.replace(/[.\\]/g, "\\$&");
  const pattern = new RegExp(`(?<![\\w.])${escaped}(\\[(?:[^\\[\\]']|'.|\\[(?:[^\\]']|'.)*\\])*\\])?`, "giu");
  return formula.replace(pattern, (_all, spec: string | undefined) => {
    if (spec === undefined || /^\[#All\]$/i.test(spec)) return `${sheet}$${col(c0)}$${r0 + 1}:$${col(c1)}$${r1 + 1}`;
    const parts = [...spec.slice(1, -1).matchAll(/\[((?:[^\]']|'.)*)\]|([^,[\]]+)/g)].map((m) =>
      (m[1] ?? m[2] ?? "").replace(/'(.)/g, "$1").trim(),
    );
    const thisRow = parts.some((p) => /^#This Row$/i.test(p));
    const names = parts.filter((p) => !p.startsWith("#"));
    const c = headers.get((names[0] ?? "").toLowerCase());
    if (c === undefined) return "#REF!";
    if (thisRow) return `${sheet}$${col(c)}${row + 1}`;
    return `${sheet}$${col(c)}$${r0 + 2}:$${col(c)}$${r1 + 1}`;
  });
}
