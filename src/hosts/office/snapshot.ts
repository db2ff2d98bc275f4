/* global Excel */
import { errorMessage, OfficeHostError } from "./office-errors";
import type { WorkbookSnapshot } from "./write-steps";

export type LoadedSnapshot = WorkbookSnapshot & { readonly enableEvents: boolean };

/**
 * Queues the loads of the workbook's sheets (in tab order), tables and names, and whether Excel's events are on;
 * the returned function reads them once the caller has synced (so they can share a request with other loads).
 */
export function queueSnapshot(context: Excel.RequestContext): () => LoadedSnapshot {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  const names = context.workbook.names.load("items/name");
  const runtime = context.runtime.load("enableEvents");
  return () => ({
    sheets: sheets.items.map((s) => s.name),
    tables: new Map(tables.items.map((t) => [t.name.toLowerCase(), t.worksheet.name])),
    names: new Set(names.items.map((n) => n.name.toLowerCase())),
    enableEvents: runtime.enableEvents,
  });
}

/**
 * The workbook's sheets (in tab order), tables and names, and whether Excel's events are on: one sync.
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
