import type { SyncRecord } from "./stand-in/context";
import { StandInContext } from "./stand-in/context";
import type { Area } from "./stand-in/model";
import { SheetModel, areaAddress } from "./stand-in/model";
import { WorkbookModel } from "./stand-in/workbook-model";

import { StandInError } from "./stand-in/model";

export { StandInError };
export type { SyncRecord } from "./stand-in/context";

/** Excel on the web refuses a request or a response larger than this (ARCHITECTURE.md "Excel facts"). */
export const PAYLOAD_LIMIT = 5_000_000;

export interface StandInOptions {
  /** Sheets of the new workbook. @default ["Sheet1"], as a new Excel workbook */
  readonly sheets?: readonly string[];
  /** @default PAYLOAD_LIMIT */
  readonly requestLimit?: number;
  /** @default PAYLOAD_LIMIT */
  readonly responseLimit?: number;
}

/**
 * Excel, as far as the Office host can tell: `run` gives a batch a RequestContext whose proxies throw
 * PropertyNotLoaded until loaded and synced, whose writes take effect at `sync()`, which refuses a request or a
 * response over 5,000,000 bytes, and which records every round trip. Like `Excel.run`, it syncs what a batch left
 * queued when the batch returns. The workbook is an in-memory model of sheets, cells (values, formulas, number
 * formats, quote prefixes), tables, names, validations and conditional formats; it does not calculate.
 */
export class ExcelStandIn {
  readonly model: WorkbookModel;
  syncs: SyncRecord[] = [];
  /**
   * Fault injection: the request with this index (counting from the last `resetStats`) is refused as a whole, with
   * the error Excel gives while the user is typing in a cell, and nothing of it is applied.
   */
  failAt: number | undefined;
  /**
   * With `failAt`: the refused request first applies this many of its actions (calls and property sets, in order),
   * as Excel does when an action fails midway through a request — it does not roll back the ones before it.
   */
  failAfterActions: number | undefined;
  private readonly limits: { request: number; response: number };

  constructor(options: StandInOptions = {}) {
    this.model = new WorkbookModel(options.sheets ?? ["Sheet1"]);
    this.limits = { request: options.requestLimit ?? PAYLOAD_LIMIT, response: options.responseLimit ?? PAYLOAD_LIMIT };
  }

  /** A fresh RequestContext (what Excel.run hands a batch). */
  context(): Excel.RequestContext {
    return this.newContext().api as unknown as Excel.RequestContext;
  }

  private newContext(): StandInContext {
    const fail = () =>
      this.syncs.length === this.failAt
        ? { code: "InvalidOperationInCellEditMode", applied: this.failAfterActions ?? 0 }
        : undefined;
    return new StandInContext(this.model, this.limits, (r) => this.syncs.push(r), fail);
  }

  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = this.newContext();
    const result = await batch(context.api as unknown as Excel.RequestContext);
    if (context.pending) await context.sync();
    return result;
  };

  /** An independent copy of this workbook (same sheets, cells, tables, names, rules), for a test to start many runs from. */
  copy(): ExcelStandIn {
    const copy = new ExcelStandIn({ requestLimit: this.limits.request, responseLimit: this.limits.response });
    const m = copy.model;
    m.sheets.splice(0, m.sheets.length, ...this.model.sheets.map(copySheet));
    for (const t of this.model.tables) {
      const sheet = m.sheets[this.model.sheets.indexOf(t.sheet)];
      if (sheet) m.tables.push({ ...t, area: { ...t.area }, sheet });
    }
    for (const [name, formula] of this.model.names) m.names.set(name, formula);
    m.enableEvents = this.model.enableEvents;
    m.calculationMode = this.model.calculationMode;
    return copy;
  }

  resetStats(): void {
    this.syncs = [];
  }

  /** Round trips and the largest request, as the bench reports them. */
  stats(): { syncs: number; maxRequestBytes: number; maxResponseBytes: number } {
    return {
      syncs: this.syncs.length,
      maxRequestBytes: Math.max(0, ...this.syncs.map((s) => s.requestBytes)),
      maxResponseBytes: Math.max(0, ...this.syncs.map((s) => s.responseBytes)),
    };
  }

  /** Sheet names in tab order. */
  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /** Each calculated column's formulas (with "="), by header: one entry when every body cell has the same. */
  tableFormulas(name: string): Map<string, string[]> {
    const table = this.model.table(name);
    const { r0, c0, r1, c1 } = table.area;
    const out = new Map<string, string[]>();
    for (let c = c0; c <= c1; c++) {
      const found = new Set<string>();
      for (let r = r0 + 1; r <= r1; r++) {
        const f = table.sheet.cell(r, c)?.formula;
        if (f !== undefined) found.add(f);
      }
      if (found.size > 0) out.set(String(table.sheet.cell(r0, c)?.value ?? ""), [...found]);
    }
    return out;
  }

  validations(sheet: string): { range: string; rule: unknown; ignoreBlanks?: unknown; errorAlert?: unknown }[] {
    return this.model.sheet(sheet).validations.map((v) => ({ ...v, range: rangeOf(v.area) }));
  }

  conditionalFormats(sheet: string): { range: string; type: string; formula?: string; fill?: string; font?: string }[] {
    return this.model.sheet(sheet).conditionalFormats.map((f) => ({ ...f, range: rangeOf(f.area) }));
  }
}

const rangeOf = (area: Area) => areaAddress(area);

function copySheet(sheet: SheetModel): SheetModel {
  const copy = new SheetModel(sheet.name);
  sheet.rows.forEach((row, r) => {
    if (row) copy.rows[r] = row.map((cell) => (cell ? { ...cell } : cell));
  });
  copy.charts.push(...structuredClone(sheet.charts));
  copy.freezeRows = sheet.freezeRows;
  for (const [c, w] of sheet.columnWidths) copy.columnWidths.set(c, w);
  for (const r of sheet.boldRows) copy.boldRows.add(r);
  copy.validations = structuredClone(sheet.validations);
  copy.merges = structuredClone(sheet.merges);
  copy.conditionalFormats = structuredClone(sheet.conditionalFormats);
  copy.protected = sheet.protected;
  return copy;
}

/** The Excel error code a call fails with (a stand-in error's code), or "no error". */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return e instanceof StandInError ? e.code : String(e);
  }
  return "no error";
}
