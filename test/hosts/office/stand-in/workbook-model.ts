import type { Area, Cell, Scalar, TableModel } from "./model";
import { MAX_COLS, MAX_ROWS, SheetModel, StandInError, overlaps, typeIn } from "./model";

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
    if (hasHeaders !== true) throw new StandInError("NotImplemented", "stand-in: tables without a header row");
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.area, area))) {
      throw new StandInError("InvalidArgument", "A table can't overlap another table.");
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

  addName(name: unknown, formula: unknown): void {
    if (typeof name !== "string" || typeof formula !== "string" || !formula.startsWith("=")) {
      throw new StandInError("InvalidArgument", `names.add(${String(name)}, ${String(formula)})`);
    }
    if (this.isNameTaken(name)) throw new StandInError("ItemAlreadyExists", `The name ${name} already exists`);
    this.names.set(name, formula);
  }

  private isNameTaken(name: string): boolean {
    return this.findTable(name) !== null || [...this.names.keys()].some((n) => same(n, name));
  }

  /** Writes a 2D array (its size must match) or one value for every cell; null leaves a cell as it is. */
  write(target: RangeTarget, property: "values" | "formulas" | "numberFormat", input: unknown): void {
    const { sheet, area } = target;
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

function enter(cell: Cell, v: unknown): void {
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
