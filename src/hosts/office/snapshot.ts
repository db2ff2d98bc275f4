/* global Excel */
import { errorMessage, OfficeHostError } from "./office-errors";

/** What the workbook holds: sheets in tab order, tables and defined names. */
export interface WorkbookSnapshot {
  /** Sheet names in tab order. */
  readonly sheets: readonly string[];
  /** Table name, lower-cased (Excel compares names without case) → its sheet. */
  readonly tables: ReadonlyMap<string, string>;
  /** Defined names, lower-cased. */
  readonly names: ReadonlySet<string>;
}

/** The snapshot a write starts from, with what decides whether and how it can write. */
export type LoadedSnapshot = WorkbookSnapshot & {
  readonly enableEvents: boolean;
  /** Defined name, lower-cased → its formula as Excel gives it. */
  readonly nameFormulas: ReadonlyMap<string, string>;
  /** Protected sheets, lower-cased. */
  readonly protectedSheets: ReadonlySet<string>;
  /** Excel's calculation mode: "Automatic", "AutomaticExceptTables" or "Manual". */
  readonly calculationMode: string;
};

/**
 * Queues the loads of the workbook's sheets (in tab order, with their protection), tables, names, whether Excel's
 * events are on and its calculation mode; the returned function reads them once the caller has synced.
 */
export function queueSnapshot(context: Excel.RequestContext): () => LoadedSnapshot {
  const sheets = context.workbook.worksheets.load("items/name, items/protection/protected");
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  const names = context.workbook.names.load("items/name, items/formula");
  const runtime = context.runtime.load("enableEvents");
  const application = context.workbook.application.load("calculationMode");
  return () => ({
    sheets: sheets.items.map((s) => s.name),
    tables: new Map(tables.items.map((t) => [t.name.toLowerCase(), t.worksheet.name])),
    names: new Set(names.items.map((n) => n.name.toLowerCase())),
    nameFormulas: new Map(names.items.map((n) => [n.name.toLowerCase(), String(n.formula)])),
    protectedSheets: new Set(sheets.items.filter((s) => s.protection.protected).map((s) => s.name.toLowerCase())),
    enableEvents: runtime.enableEvents,
    calculationMode: String(application.calculationMode),
  });
}

/**
 * The workbook's sheets, tables and names, and what decides how it can be written: one sync.
 * @throws OfficeHostError when Excel refuses the request.
 */
export async function loadSnapshot(context: Excel.RequestContext): Promise<LoadedSnapshot> {
  const snapshot = queueSnapshot(context);
  try {
    await context.sync();
  } catch (error) {
    throw new OfficeHostError("loading the list of sheets, tables and names", errorMessage(error), { cause: error });
  }
  return snapshot();
}
