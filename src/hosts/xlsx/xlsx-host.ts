import ExcelJS from "exceljs";
import type { CellValue } from "../../domain/schema/types";
import { parseAddress } from "../../workbook/a1";
import type { PlanOp, WorkbookPlan } from "../../workbook/plan-types";
import type { ReadRequest, TableGrid, WorkbookHost, WorkbookRead } from "../host";
import { keepBlankCellNotes } from "./blank-cell-notes";
import { orderLegacyDrawings } from "./legacy-drawing-order";
import { applyCells, applyColumnWidths, applyHighlight, applyTable, applyValidation } from "./apply-ops";
import { SheetRows, StylePalette } from "./row-store";
import { SheetCells } from "./sheet-cells";
import type { CarriedParts } from "./carried-parts";
import type { SheetChart } from "./chart-parts";
import { renderChart } from "./chart-parts";
import { internals, tableInternals } from "./exceljs-internals";
import { constantCells } from "./constant-cells";
import { foldValidationCells, keepThemePart } from "./package-fixups";
import { readableByExcelJs } from "./foreign-packages";
import { cellXmlBytes, loadEstimate } from "./open-size";
import { addExtras, isPlainRange, readExtras } from "./package-parts";
import {
  absolutePrintArea,
  applyFormat,
  applyMarkStyle,
  applyPageLayout,
  restoreRowBreaks,
  showFirst,
} from "./report-page";
import { addNamedStyles, readNamedStyles } from "./named-styles";
import { readRows } from "./read-rows";
import { TablesOnRequest } from "./tables-on-request";
import { GENERATE, streamedPackage, streamedZip } from "./streamed-package";
import { keepValidationRanges } from "./validation-ranges";
import type { PartDeflater } from "./part-deflate";

/** The workbook host over an .xlsx package held in memory (ExcelJS), for the CLI, the browser and tests. */
export class XlsxHost implements WorkbookHost {
  /** The row store's rows of each worksheet, by worksheet id (sheet-cells.ts). */
  private readonly stored = new Map<number, SheetRows>();

  private constructor(
    private readonly book: ExcelJS.Workbook,
    private readonly formulaNames: Map<string, string>,
    private readonly calculated: Map<string, Map<string, string>>,
    private readonly totalsRowFormulas: ReadonlyMap<string, ReadonlyMap<string, string>>,
    private charts: SheetChart[],
    private readonly carried: CarriedParts = { macroEnabled: false, relationships: [] },
    rows: ReadonlyMap<string, SheetRows> = new Map(),
    private readonly palette: StylePalette = new StylePalette(),
  ) {
    for (const [name, sheetRows] of rows) {
      const ws = book.getWorksheet(name);
      if (!ws) throw new RangeError(`rows read for sheet "${name}", which the workbook does not hold`);
      this.stored.set(ws.id, sheetRows);
      // A row ExcelJS holds too (a page break restored on it) becomes ExcelJS's whole.
      const cells = this.cells(ws);
      for (const [r] of [...sheetRows.entries()]) {
        const row = ws.findRow(r);
        if (row && (row.cellCount > 0 || row.height)) cells.promote(r);
      }
    }
  }

  /**
   * The ExcelJS workbook with every row in it: each row the row store holds is moved into ExcelJS first, which
   * costs ExcelJS Row and Cell objects for every cell (seconds and gigabytes at 100,000 rows). For tests and the
   * baseline bench only; the product reads and writes through the host's methods.
   */
  get workbook(): ExcelJS.Workbook {
    for (const ws of this.book.worksheets) this.cells(ws).promoteAll();
    return this.book;
  }

  static create(): XlsxHost {
    const wb = new ExcelJS.Workbook();
    wb.creator = "服务质量管家";
    return new XlsxHost(wb, new Map(), new Map(), new Map(), []);
  }

  /**
   * @throws the ExcelJS error, wrapped by the caller with the file name, when the data is not an .xlsx package.
   * @throws OpenTooLargeError when the rows left to ExcelJS would take more than `options.limitBytes` (open-size.ts).
   */
  static async load(data: ArrayBuffer | Uint8Array, options: { limitBytes?: number } = {}): Promise<XlsxHost> {
    keepValidationRanges();
    keepBlankCellNotes();
    // Plain rows go to the row store, read chunk by chunk; ExcelJS loads the package without them (read-rows.ts).
    const readable = await readableByExcelJs(data);
    const read = await readRows(readable);
    if (options.limitBytes !== undefined)
      await loadEstimate(await cellXmlBytes(readable), read.data, options.limitBytes);
    const extras = await readExtras(read.data);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(extras.data as unknown as ArrayBuffer);
    keepThemePart(wb);
    restoreRowBreaks(wb, read.rowBreaks);
    await readNamedStyles(wb, extras.data);
    return new XlsxHost(
      wb,
      extras.formulaNames,
      extras.calculatedColumns,
      extras.totalsRowFormulas,
      extras.charts,
      extras.carried,
      read.rows,
      read.palette,
    );
  }

  async sheetNames(): Promise<readonly string[]> {
    return this.book.worksheets.map((ws) => ws.name);
  }

  async readTable(name: string): Promise<TableGrid | undefined> {
    return this.tableGrid(name);
  }

  async readSheet(name: string): Promise<readonly (readonly CellValue[])[] | undefined> {
    const ws = this.book.getWorksheet(name);
    if (!ws) return undefined;
    const cells = this.cells(ws);
    return this.readBlock(ws, 1, cells.rowCount, 1, cells.columnCount);
  }

  async read(request: ReadRequest): Promise<WorkbookRead> {
    const tables = new TablesOnRequest(request.tables ?? [], (name) => this.tableGrid(name));
    const sheets = new Map<string, readonly (readonly CellValue[])[] | undefined>();
    for (const name of request.sheets ?? []) sheets.set(name, await this.readSheet(name));
    return { sheetNames: await this.sheetNames(), tables, sheets };
  }

  /**
   * Applies the plan's changes to the workbook in memory (the caller replaces the file as a whole, so a failure
   * leaves the file as it was); the same changes the Office host makes, checked against the same reads.
   * @throws WorkbookChangedError when a table is not as the plan read it.
   */
  async apply(plan: WorkbookPlan): Promise<void> {
    for (const op of plan.ops) this.applyOp(op);
  }

  async constantCells(
    table: string,
    columns: readonly number[],
  ): Promise<ReadonlyMap<number, readonly number[]> | undefined> {
    return constantCells(this.book.worksheets, (ws) => this.cells(ws), table, columns);
  }

  async activate(sheet: string): Promise<void> {
    const activeTab = this.book.worksheets.findIndex((ws) => ws.name === sheet);
    if (activeTab < 0) throw new RangeError(`no sheet named "${sheet}"`);
    this.book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: "visible" }];
  }

  /**
   * The .xlsx package, with the parts ExcelJS cannot write; every sheet's rows streamed, quote prefixes included
   * (streamed-package.ts); deflated by `deflate` where the platform has a native one (part-deflate.ts).
   */
  async toBuffer(deflate?: PartDeflater): Promise<Uint8Array> {
    return streamedPackage(...this.packageOf(deflate));
  }

  /**
   * The package as toBuffer makes it, as a stream of its bytes for a file (Node only): the zip is written as it is
   * generated, never held whole.
   */
  async toStream(deflate?: PartDeflater): Promise<NodeJS.ReadableStream> {
    const zip = await streamedZip(...this.packageOf(deflate));
    return zip.generateNodeStream({ type: "nodebuffer", ...GENERATE });
  }

  private packageOf(deflate?: PartDeflater): Parameters<typeof streamedZip> {
    this.book.worksheets.forEach(foldValidationCells);
    this.book.worksheets.forEach(absolutePrintArea);
    // Cached results are what the domain computed; Excel recalculates every formula when it opens the file.
    this.book.calcProperties = { ...this.book.calcProperties, fullCalcOnLoad: true };
    return [
      this.book,
      async (zip) => {
        await addExtras(zip, {
          formulaNames: this.formulaNames,
          calculatedColumns: this.calculated,
          totalsRowFormulas: this.totalsRowFormulas,
          charts: this.charts,
          carried: this.carried,
        });
        await addNamedStyles(zip, this.book);
        await orderLegacyDrawings(zip);
      },
      deflate,
      { rows: (id) => this.stored.get(id), palette: this.palette },
    ];
  }

  private applyOp(op: PlanOp): void {
    switch (op.kind) {
      case "sheet": {
        const old = this.book.getWorksheet(op.name);
        if (old && op.replace) {
          this.book.removeWorksheet(old.id);
          // ExcelJS gives a new worksheet the first free id: the removed sheet's rows must not become its.
          this.stored.delete(old.id);
          this.charts = this.charts.filter((c) => c.sheet !== op.name);
        }
        const ws = (op.replace ? undefined : old) ?? this.book.addWorksheet(op.name);
        // A frozen pane needs a split: ySplit 0 would leave a pane (and its selection) that does not exist.
        ws.views = op.freezeRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: op.freezeRows }] : [{ state: "normal" }];
        return;
      }
      case "name":
        return this.defineName(op.name, op.formula);
      case "table":
        applyTable(this.cells(this.sheet(op.sheet)), op);
        this.calculated.set(
          op.name,
          new Map(op.columns.filter((c) => c.formula).map((c) => [c.header, c.formula ?? ""])),
        );
        return;
      case "cells":
        return applyCells(this.cells(this.sheet(op.sheet)), op);
      case "validation":
        return applyValidation(this.sheet(op.sheet), op);
      case "highlight":
        applyHighlight(this.sheet(op.sheet), op);
        return applyMarkStyle(this.sheet(op.sheet), op);
      case "columnWidths":
        return applyColumnWidths(this.sheet(op.sheet), op);
      case "sheetOrder":
        return this.order(op.sheets);
      case "chart":
        this.sheet(op.sheet);
        this.charts.push(renderChart(op));
        return;
      // Report formats, merges, heights and page breaks are ExcelJS's: the report sheet's rows are moved into it.
      case "format":
        this.cells(this.sheet(op.sheet)).promoteAll();
        return applyFormat(this.sheet(op.sheet), op);
      case "pageLayout":
        this.cells(this.sheet(op.sheet)).promoteAll();
        return applyPageLayout(this.sheet(op.sheet), op);
      case "showFirst":
        return showFirst(this.book, op.sheet);
    }
  }

  /**
   * Replaces a defined name whole: adding a range to an existing name would keep its old cell too (a dimension row
   * that moved). Plain ranges live in ExcelJS's model, other formulas in the package extras.
   */
  private defineName(name: string, formula: string): void {
    const names = this.book.definedNames;
    const others = names.model.filter((n) => n.name !== name);
    this.formulaNames.delete(name);
    if (isPlainRange(formula)) {
      names.model = [...others, { name, ranges: [formula] }];
    } else {
      names.model = others;
      this.formulaNames.set(name, formula);
    }
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.book.getWorksheet(name);
    if (!ws) throw new RangeError(`plan writes to sheet "${name}" before creating it`);
    return ws;
  }

  /**
   * Orders the named (product) sheets among themselves: they take the places product sheets hold, in this order,
   * and every other sheet keeps its place, so the user's own sheet order survives.
   */
  private order(names: readonly string[]): void {
    const all = this.book.worksheets;
    const ours = names.flatMap((n) => all.filter((ws) => ws.name === n));
    let next = 0;
    all
      .map((ws) => (names.includes(ws.name) ? (ours[next++] ?? ws) : ws))
      .forEach((ws, i) => (internals(ws).orderNo = i));
  }

  private tableGrid(name: string): TableGrid | undefined {
    for (const ws of this.book.worksheets) {
      const ref = tableInternals(ws.getTable(name))?.table.tableRef;
      if (!ref) continue;
      const [a, b] = ref.split(":");
      const from = parseAddress(a ?? "A1");
      const to = parseAddress(b ?? a ?? "A1");
      const grid = this.readBlock(ws, from.row, to.row, from.col, to.col);
      const headers = (grid[0] ?? []).map((h) => (h === undefined ? "" : String(h)));
      const body = grid.slice(1);
      const rowIndex = body.flatMap((r, at) => (r.some((v) => v !== undefined && v !== "") ? [at] : []));
      const rows = rowIndex.map((at) => body[at] ?? []);
      return { sheet: ws.name, name, headers, rows, rowIndex, bodyRows: body.length };
    }
    return undefined;
  }

  private readBlock(ws: ExcelJS.Worksheet, r0: number, r1: number, c0: number, c1: number): CellValue[][] {
    const cells = this.cells(ws);
    const out: CellValue[][] = [];
    for (let r = r0; r <= r1; r++) out.push(cells.values(r, c0, c1));
    return out;
  }

  /** The cells of a worksheet, over its store rows and its ExcelJS rows. */
  private cells(ws: ExcelJS.Worksheet): SheetCells {
    let rows = this.stored.get(ws.id);
    if (!rows) {
      rows = new SheetRows();
      this.stored.set(ws.id, rows);
    }
    return new SheetCells(ws, rows, this.palette);
  }
}
