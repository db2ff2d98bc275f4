/* global Excel */
import type { CellValue } from "../../domain/schema/types";
import type { WorkbookPlan } from "../../workbook/plan-types";
import type { TableGrid, WorkbookHost } from "../host";
import { errorMessage, isItemNotFound, OfficeHostError } from "./office-errors";
import { readArea } from "./read-blocks";
import { loadSnapshot } from "./snapshot";
import { writePlan } from "./write-plan";
import type { WorkbookSnapshot } from "./write-steps";

/** Runs a batch of Office.js work: `(batch) => Excel.run(batch)` in Excel, a stand-in in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  /** Rows per request when writing or reading a large table. @default 5000 */
  readonly blockRows?: number;
  /** Bytes of JSON one write request may carry; Excel on the web refuses 5,000,000. @default 4,000,000 */
  readonly maxRequestBytes?: number;
  /**
   * How long the list of sheets and tables loaded by `sheetNames()` (or a read) answers "there is no such sheet
   * or table" without asking Excel again. A use case reads many things right after `sheetNames()`; a new empty
   * workbook would otherwise cost one round trip per missing table. @default 2000 ms
   */
  readonly snapshotTtlMs?: number;
  /** @default Date.now */
  readonly now?: () => number;
}

export const DEFAULT_BLOCK_ROWS = 5000;
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/**
 * The workbook host over a live workbook through Office.js: the same verbs and results as the xlsx host, in few
 * round trips. Only this folder touches `Excel.*`.
 */
export class OfficeHost implements WorkbookHost {
  readonly blockRows: number;
  private readonly maxRequestBytes: number;
  private readonly ttl: number;
  private readonly now: () => number;
  private snapshot?: { readonly value: WorkbookSnapshot; readonly at: number };

  constructor(
    private readonly run: ExcelRunner,
    options: OfficeHostOptions = {},
  ) {
    this.blockRows = options.blockRows ?? DEFAULT_BLOCK_ROWS;
    this.maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    this.ttl = options.snapshotTtlMs ?? 2000;
    this.now = options.now ?? Date.now;
  }

  async sheetNames(): Promise<readonly string[]> {
    return this.run(async (context) => (await this.takeSnapshot(context)).sheets);
  }

  async readTable(name: string): Promise<TableGrid | undefined> {
    if (this.fresh()?.tables.has(name.toLowerCase()) === false) return undefined;
    return this.run(async (context) => {
      const snapshot = this.fresh() ?? (await this.takeSnapshot(context));
      if (!snapshot.tables.has(name.toLowerCase())) return undefined;
      const table = context.workbook.tables.getItem(name);
      const sheet = table.worksheet.load("name");
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount");
      if (!(await this.syncUnlessGone(context, `reading table ${name}`))) return undefined;
      const area = { row: body.rowIndex, col: body.columnIndex, rows: body.rowCount, cols: body.columnCount };
      const rows = await readArea(context, sheet, area, this.blockRows);
      return {
        sheet: sheet.name,
        name,
        headers: (header.values[0] ?? []).map((h: unknown) => (h === null || h === undefined ? "" : String(h))),
        rows: rows.filter((r) => r.some((v) => v !== undefined && v !== "")),
      };
    });
  }

  async activate(sheet: string): Promise<void> {
    await this.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
      await context.sync();
    });
  }

  async readSheet(name: string): Promise<readonly (readonly CellValue[])[] | undefined> {
    const fresh = this.fresh();
    if (fresh && !hasSheet(fresh, name)) return undefined;
    return this.run(async (context) => {
      const snapshot = this.fresh() ?? (await this.takeSnapshot(context));
      if (!hasSheet(snapshot, name)) return undefined;
      const sheet = context.workbook.worksheets.getItem(name);
      // Values only: a column the user formatted to the last row must not make a million-row read.
      const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount");
      if (!(await this.syncUnlessGone(context, `reading sheet ${name}`))) return undefined;
      if (used.isNullObject) return [];
      const area = { row: 0, col: 0, rows: used.rowIndex + used.rowCount, cols: used.columnIndex + used.columnCount };
      return readArea(context, sheet, area, this.blockRows);
    });
  }

  async apply(plan: WorkbookPlan): Promise<void> {
    this.snapshot = undefined;
    try {
      await this.run((context) => writePlan(context, plan, { rows: this.blockRows, bytes: this.maxRequestBytes }));
    } finally {
      this.snapshot = undefined;
    }
  }

  private fresh(): WorkbookSnapshot | undefined {
    const s = this.snapshot;
    return s && this.now() - s.at <= this.ttl ? s.value : undefined;
  }

  private async takeSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
    const { sheets, tables, names } = await loadSnapshot(context);
    const value = { sheets, tables, names };
    this.snapshot = { value, at: this.now() };
    return value;
  }

  /** Syncs; false when the sheet or table was deleted since the snapshot (which is then dropped). */
  private async syncUnlessGone(context: Excel.RequestContext, step: string): Promise<boolean> {
    try {
      await context.sync();
      return true;
    } catch (error) {
      if (!isItemNotFound(error)) throw new OfficeHostError(step, errorMessage(error), { cause: error });
      this.snapshot = undefined;
      return false;
    }
  }
}

/** Excel finds sheets by name without case. */
const hasSheet = (snapshot: WorkbookSnapshot, name: string) =>
  snapshot.sheets.some((s) => s.toLowerCase() === name.toLowerCase());
