/* global Excel */
import { errorMessage, isItemNotFound, OfficeHostError } from "./office-errors";
import type { LoadedSnapshot } from "./snapshot";
import { queueSnapshot } from "./snapshot";
import type { WorkbookSnapshot } from "./snapshot";

/** A table found by a survey: its sheet's name, header row values and body size, loaded. */
export interface TableSurvey {
  readonly sheet: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

/** A sheet found by a survey: its used range (values only) as a null object when the sheet is empty. */
export interface SheetSurvey {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

/** What a survey found: the workbook's sheets and tables, and the requested ones that exist, sized. */
export interface Survey {
  readonly snapshot: LoadedSnapshot;
  /** Requested name → survey; requested names that do not exist are absent. */
  readonly tables: ReadonlyMap<string, TableSurvey>;
  readonly sheets: ReadonlyMap<string, SheetSurvey>;
}

export interface SurveyRequest {
  readonly tables: readonly string[];
  readonly sheets: readonly string[];
}

/** Excel finds sheets and tables by name without case. */
export const hasTable = (snapshot: WorkbookSnapshot, name: string) => snapshot.tables.has(name.toLowerCase());
export const hasSheet = (snapshot: WorkbookSnapshot, name: string) =>
  snapshot.sheets.some((s) => s.toLowerCase() === name.toLowerCase());

/**
 * The list of sheets and tables with the size of every requested table body and sheet used range, in one sync when
 * `hint` (the workbook as last seen) still names the requested things that exist: they are sized in the same
 * request that loads the list. Excel cannot size what may not exist in one request without failing it, so a
 * requested sheet or table the hint does not know costs a second sync, and one the hint names but the workbook no
 * longer holds fails the first request, which is then made again without the hint.
 * @throws OfficeHostError when Excel refuses a request for another reason.
 */
export async function surveyWorkbook(
  context: Excel.RequestContext,
  request: SurveyRequest,
  hint: WorkbookSnapshot | undefined,
): Promise<Survey> {
  const attempts = [hint, undefined, undefined];
  for (const [i, guess] of attempts.entries()) {
    const found = await surveyOnce(context, request, guess, i === attempts.length - 1);
    if (found) return found;
  }
  throw new RangeError("unreachable: the last survey attempt throws instead of giving up");
}

/** One attempt; undefined when a sheet or table it sized was deleted meanwhile (unless this is the last try). */
async function surveyOnce(
  context: Excel.RequestContext,
  request: SurveyRequest,
  hint: WorkbookSnapshot | undefined,
  last: boolean,
): Promise<Survey | undefined> {
  const tables = new Map<string, TableSurvey>();
  const sheets = new Map<string, SheetSurvey>();
  const queueExisting = (known: WorkbookSnapshot) => {
    for (const name of request.tables) {
      if (!tables.has(name) && hasTable(known, name)) tables.set(name, queueTable(context, name));
    }
    for (const name of request.sheets) {
      if (!sheets.has(name) && hasSheet(known, name)) sheets.set(name, queueSheet(context, name));
    }
  };
  const snapshot = queueSnapshot(context);
  if (hint) queueExisting(hint);
  if (!(await syncUnlessGone(context, last))) return undefined;
  const found = snapshot();
  const sized = tables.size + sheets.size;
  queueExisting(found);
  if (tables.size + sheets.size > sized && !(await syncUnlessGone(context, last))) return undefined;
  return { snapshot: found, tables, sheets };
}

function queueTable(context: Excel.RequestContext, name: string): TableSurvey {
  const table = context.workbook.tables.getItem(name);
  return {
    sheet: table.worksheet.load("name"),
    header: table.getHeaderRowRange().load("values"),
    body: table.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount"),
  };
}

function queueSheet(context: Excel.RequestContext, name: string): SheetSurvey {
  const sheet = context.workbook.worksheets.getItem(name);
  // Values only: a column the user formatted to the last row must not make a million-row read.
  const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount");
  return { sheet, used };
}

/** Syncs; false when a sheet or table asked for by name is gone (ItemNotFound), unless `last`. */
async function syncUnlessGone(context: Excel.RequestContext, last: boolean): Promise<boolean> {
  try {
    await context.sync();
    return true;
  } catch (error) {
    if (isItemNotFound(error) && !last) return false;
    const step = "loading the list of sheets and tables and the size of those to read";
    throw new OfficeHostError(step, errorMessage(error), { cause: error });
  }
}
