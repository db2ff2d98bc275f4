/* global Excel */
import type { CellValue } from "../../domain/schema/types";
import type { WorkbookPlan } from "../../workbook/plan-types";
import type { ReadRequest, TableGrid, WorkbookHost, WorkbookRead } from "../host";
import { constantCells } from "./constant-cells";
import type { AreaRead } from "./read-blocks";
import { readAreas } from "./read-blocks";
import { loadSnapshot } from "./snapshot";
import type { Survey } from "./survey";
import { hasSheet, hasTable, surveyWorkbook } from "./survey";
import { writePlan } from "./write-plan";
import type { WorkbookSnapshot } from "./snapshot";
import type { AppendMode } from "./write-steps";

/** Runs a batch of Office.js work: `(batch) => Excel.run(batch)` in Excel, a stand-in in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  /**
   * Rows per write request, and per block (one range) of a read; a read request carries as many blocks as its
   * response is planned to hold (`maxResponseBytes`). @default 5000
   */
  readonly blockRows?: number;
  /** Bytes of JSON one write request may carry; Excel on the web refuses 5,000,000. @default 4,000,000 */
  readonly maxRequestBytes?: number;
  /**
   * Bytes of JSON one read's response is planned to carry, estimated from cell counts and the rows already read;
   * Excel on the web refuses a response of 5,000,000. @default 4,500,000
   */
  readonly maxResponseBytes?: number;
  /**
   * How long the list of sheets and tables loaded by `sheetNames()` (or a read) answers "there is no such sheet
   * or table" without asking Excel again. A use case reads many things right after `sheetNames()`; a new empty
   * workbook would otherwise cost one round trip per missing table. @default 2000 ms
   */
  readonly snapshotTtlMs?: number;
  /** @default Date.now */
  readonly now?: () => number;
  /**
   * How appended rows join a table: "resize" (values below the table, then `Table.resize`, ExcelApi 1.13) or
   * "rowsAdd" (`TableRowCollection.add`, for older Excel). @default "resize"
   */
  readonly append?: AppendMode;
  /**
   * Which of a report's looks this Excel is given (issue 14): `format` its styles, merges and row heights (range
   * formats, ExcelApi 1.1–1.2), `page` its print settings (`worksheet.pageLayout` and page breaks, ExcelApi 1.9).
   * Left out, a report is written with its values, formulas, highlights and charts only. With `styles` (ExcelApi 1.7)
   * its look comes from named cell styles (`workbook.styles`, `range.style`), else from direct range formats.
   * @default none
   */
  readonly reportLook?: { readonly format: boolean; readonly page: boolean; readonly styles?: boolean };
  /**
   * `Range.getSpecialCellsOrNullObject` (ExcelApi 1.9) is there: `constantCells` tells typed values from formulas.
   * @default false
   */
  readonly specialCells?: boolean;
}

export const DEFAULT_BLOCK_ROWS = 5000;
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 4_500_000;

/**
 * The workbook host over a live workbook through Office.js: the same verbs and results as the xlsx host, in few
 * round trips. Only this folder touches `Excel.*`.
 */
export class OfficeHost implements WorkbookHost {
  readonly blockRows: number;
  private readonly maxRequestBytes: number;
  private readonly maxResponseBytes: number;
  private readonly ttl: number;
  private readonly now: () => number;
  private readonly append: AppendMode;
  private readonly reportLook: { readonly format: boolean; readonly page: boolean; readonly styles?: boolean };
  private readonly specialCells: boolean;
  private snapshot?: { readonly value: WorkbookSnapshot; readonly at: number };
  /**
   * The workbook as last seen, however long ago (after an apply: as the plan left it). Only a hint for the next
   * read, which sizes what it names in the same request that loads the list of sheets and tables, and checks it.
   */
  private known?: WorkbookSnapshot;

  constructor(
    private readonly run: ExcelRunner,
    options: OfficeHostOptions = {},
  ) {
    this.blockRows = options.blockRows ?? DEFAULT_BLOCK_ROWS;
    this.maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.ttl = options.snapshotTtlMs ?? 2000;
    this.now = options.now ?? Date.now;
    this.append = options.append ?? "resize";
    this.reportLook = options.reportLook ?? { format: false, page: false };
    this.specialCells = options.specialCells ?? false;
  }

  async sheetNames(): Promise<readonly string[]> {
    return this.run(async (context) => (await this.takeSnapshot(context)).sheets);
  }

  async readTable(name: string): Promise<TableGrid | undefined> {
    return (await this.read({ tables: [name] })).tables.get(name);
  }

  async readSheet(name: string): Promise<readonly (readonly CellValue[])[] | undefined> {
    return (await this.read({ sheets: [name] })).sheets.get(name);
  }

  /**
   * One request for the list of sheets and tables and the size of every requested table and sheet (two when they
   * are not where the workbook was last seen to hold them), then their values: small ones together in one request,
   * large ones in blocks of `blockRows` rows, as many blocks per request as a response holds.
   * Right after another read or `sheetNames()`, a request for things that do not exist is answered without asking.
   */
  async read(request: ReadRequest): Promise<WorkbookRead> {
    const tableNames = [...new Set(request.tables ?? [])];
    const sheetNames = [...new Set(request.sheets ?? [])];
    const fresh = this.fresh();
    if (fresh && !tableNames.some((t) => hasTable(fresh, t)) && !sheetNames.some((s) => hasSheet(fresh, s))) {
      return assemble(fresh.sheets, tableNames, sheetNames, undefined, []);
    }
    return this.run(async (context) => {
      const survey = await surveyWorkbook(context, { tables: tableNames, sheets: sheetNames }, fresh ?? this.known);
      this.remember(survey.snapshot);
      const limits = { rows: this.blockRows, bytes: this.maxResponseBytes };
      const values = await readAreas(context, areasOf(survey), limits);
      return assemble(survey.snapshot.sheets, tableNames, sheetNames, survey, values);
    });
  }

  /** See WorkbookHost.constantCells; undefined below ExcelApi 1.9 (`specialCells`). */
  async constantCells(
    table: string,
    columns: readonly number[],
  ): Promise<ReadonlyMap<number, readonly number[]> | undefined> {
    if (!this.specialCells) return undefined;
    return this.run((context) => constantCells(context, table, columns));
  }

  async activate(sheet: string): Promise<void> {
    await this.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
      await context.sync();
    });
  }

  async apply(whole: WorkbookPlan): Promise<void> {
    const look = this.reportLook;
    const ops = whole.ops.filter((op) => (op.kind === "format" ? look.format : op.kind !== "pageLayout" || look.page));
    const plan = { ...whole, ops };
    const hint = this.known;
    this.snapshot = undefined;
    this.known = undefined;
    try {
      const limits = {
        rows: this.blockRows,
        bytes: this.maxRequestBytes,
        append: this.append,
        namedStyles: look.format && look.styles === true,
      };
      this.known = await this.run((context) => writePlan(context, plan, limits, hint));
    } finally {
      this.snapshot = undefined;
    }
  }

  private fresh(): WorkbookSnapshot | undefined {
    const s = this.snapshot;
    return s && this.now() - s.at <= this.ttl ? s.value : undefined;
  }

  private async takeSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
    return this.remember(await loadSnapshot(context));
  }

  private remember({ sheets, tables, names }: WorkbookSnapshot): WorkbookSnapshot {
    const value = { sheets, tables, names };
    this.snapshot = { value, at: this.now() };
    this.known = value;
    return value;
  }
}

/** The areas to read of a survey: each found table's body, then each found sheet's used range from A1. */
function areasOf(survey: Survey): AreaRead[] {
  const reads: AreaRead[] = [];
  for (const { sheet, body } of survey.tables.values()) {
    reads.push({
      sheet,
      area: { row: body.rowIndex, col: body.columnIndex, rows: body.rowCount, cols: body.columnCount },
    });
  }
  for (const { sheet, used } of survey.sheets.values()) {
    const area = used.isNullObject
      ? { row: 0, col: 0, rows: 0, cols: 0 }
      : { row: 0, col: 0, rows: used.rowIndex + used.rowCount, cols: used.columnIndex + used.columnCount };
    reads.push({ sheet, area });
  }
  return reads;
}

/** The answer of a read, from the survey and the values read in `areasOf` order. */
function assemble(
  sheetNames: readonly string[],
  tableNames: readonly string[],
  sheetKeys: readonly string[],
  survey: Survey | undefined,
  values: readonly (readonly (readonly CellValue[])[])[],
): WorkbookRead {
  const tables = new Map<string, TableGrid | undefined>();
  const sheets = new Map<string, readonly (readonly CellValue[])[] | undefined>();
  let i = 0;
  for (const [name, found] of survey?.tables ?? []) {
    const rows = values[i++] ?? [];
    const rowIndex = rows.flatMap((r, at) => (r.some((v) => v !== undefined && v !== "") ? [at] : []));
    tables.set(name, {
      sheet: found.sheet.name,
      name,
      headers: (found.header.values[0] ?? []).map((h: unknown) => (h === null || h === undefined ? "" : String(h))),
      rows: rowIndex.map((at) => rows[at] ?? []),
      rowIndex,
      bodyRows: found.body.rowCount,
    });
  }
  for (const name of survey?.sheets.keys() ?? []) sheets.set(name, values[i++] ?? []);
  return {
    sheetNames,
    tables: new Map(tableNames.map((n) => [n, tables.get(n)])),
    sheets: new Map(sheetKeys.map((n) => [n, sheets.get(n)])),
  };
}
