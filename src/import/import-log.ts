/**
 * The 导入记录 (Import log) sheet (issue 10 item 3): one row per import — its id, time, source file, target
 * table, rows read / imported / already there / quarantined — and the time it was removed, if it was. The
 * rows of one import are found again by the id in their 导入来源 cells. Columns a user adds are kept.
 */
import type { CellValue, Lang } from "../domain/schema/types";
import { label } from "../domain/schema/types";
import type { TableGrid } from "../hosts/host";
import { NUM_FMT } from "../workbook/formats";
import type { PlanOp } from "../workbook/plan-types";
import { tableBase } from "../workbook/read-records";
import { isImportId } from "./import-ref";

export const IMPORT_LOG_TABLE = "ImportLog";
export const IMPORT_LOG_SHEET = { zh: "导入记录", en: "Import log" } as const;

const COLUMNS = [
  { key: "id", zh: "导入编号", en: "Import ID", width: 14 },
  { key: "at", zh: "导入时间", en: "Imported at", width: 17, numFmt: NUM_FMT.dateTime },
  { key: "file", zh: "来源文件", en: "Source file", width: 28 },
  { key: "table", zh: "目标表", en: "Table", width: 12 },
  { key: "rowsRead", zh: "读取行数", en: "Rows read", width: 9 },
  { key: "imported", zh: "导入行数", en: "Imported", width: 9 },
  { key: "alreadyImported", zh: "已存在行数", en: "Already there", width: 10 },
  { key: "quarantined", zh: "待核查行数", en: "Quarantined", width: 10 },
  { key: "removedAt", zh: "移除时间", en: "Removed at", width: 17, numFmt: NUM_FMT.dateTime },
] as const;

type ColumnKey = (typeof COLUMNS)[number]["key"];

export interface ImportLogEntry {
  readonly id: string;
  /** Serial date-time. */
  readonly at: number;
  /** `survey.xlsx [Sheet1]` or `survey.csv`. */
  readonly file: string;
  /** The target table's sheet name. */
  readonly table: string;
  readonly rowsRead: number;
  readonly imported: number;
  readonly alreadyImported: number;
  readonly quarantined: number;
  readonly removedAt?: number;
}

/** The log sheet's name: the existing one in either language, else the label in `lang`. */
export function importLogSheetName(existingSheets: readonly string[], lang: Lang): string {
  return (
    existingSheets.find((s) => s === IMPORT_LOG_SHEET.zh || s === IMPORT_LOG_SHEET.en) ?? label(IMPORT_LOG_SHEET, lang)
  );
}

/** The log as the workbook has it: its headers (the product's, then the user's) and rows. */
export interface ImportLog {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

export function importLogOf(grid: TableGrid | undefined, lang: Lang): ImportLog {
  return grid ?? { headers: COLUMNS.map((c) => label(c, lang)), rows: [] };
}

/** The position of each product column in the log's headers (either language), -1 when a user removed it. */
function positions(log: ImportLog): Record<ColumnKey, number> {
  const at = {} as Record<ColumnKey, number>;
  for (const c of COLUMNS) at[c.key] = log.headers.findIndex((h) => h === c.zh || h === c.en);
  return at;
}

/** The imports in the log, as entries (rows without an import id are a user's and are left out). */
export function logEntries(log: ImportLog): ImportLogEntry[] {
  const at = positions(log);
  const num = (v: CellValue) => (typeof v === "number" ? v : 0);
  return log.rows.flatMap((r) => {
    const id = String(r[at.id] ?? "").trim();
    if (!isImportId(id)) return [];
    const removedAt = r[at.removedAt];
    return [
      {
        id,
        at: num(r[at.at]),
        file: String(r[at.file] ?? ""),
        table: String(r[at.table] ?? ""),
        rowsRead: num(r[at.rowsRead]),
        imported: num(r[at.imported]),
        alreadyImported: num(r[at.alreadyImported]),
        quarantined: num(r[at.quarantined]),
        ...(typeof removedAt === "number" ? { removedAt } : {}),
      },
    ];
  });
}

/** The ids of the imports in the log. */
export function importIds(log: ImportLog): string[] {
  const { id } = positions(log);
  return log.rows.map((r) => String(r[id] ?? "").trim()).filter(isImportId);
}

/** The 0-based log row of an import, or -1. */
export function logRowOf(log: ImportLog, importId: string): number {
  const { id } = positions(log);
  return log.rows.findIndex((r) => String(r[id] ?? "").trim() === importId);
}

/** The log's headers with every product column (one a user deleted is added again at the end), and where each is. */
function withAllColumns(log: ImportLog): { headers: string[]; at: Record<ColumnKey, number> } {
  const headers = [...log.headers];
  const at = positions(log);
  const zh = log.headers.some((h) => /[\u4e00-\u9fff]/.test(h));
  for (const c of COLUMNS) {
    if (at[c.key] >= 0) continue;
    at[c.key] = headers.length;
    headers.push(zh ? c.zh : c.en);
  }
  return { headers, at };
}

/** The log with `entry` appended. */
export function withEntry(log: ImportLog, entry: ImportLogEntry): ImportLog {
  const { headers, at } = withAllColumns(log);
  const row: CellValue[] = headers.map(() => undefined);
  for (const c of COLUMNS) row[at[c.key]] = entry[c.key];
  return { headers, rows: [...log.rows.map((r) => headers.map((_, i) => r[i])), row] };
}

/** The log with the removal time written on the row of `importId`. */
export function withRemoval(log: ImportLog, importId: string, removedAt: number): ImportLog {
  const { headers, at } = withAllColumns(log);
  const target = logRowOf(log, importId);
  const rows = log.rows.map((r, i) => {
    const row = headers.map((_, c) => r[c]);
    if (i === target) row[at.removedAt] = removedAt;
    return row;
  });
  return { headers, rows };
}

/** Whether the log row of `importId` carries a removal time. */
export function isRemoved(log: ImportLog, importId: string): boolean {
  const { removedAt } = positions(log);
  const row = log.rows[logRowOf(log, importId)];
  return removedAt >= 0 && row !== undefined && row[removedAt] !== undefined && row[removedAt] !== "";
}

function columnsOf(log: ImportLog) {
  const spec = (h: string) => COLUMNS.find((c) => c.zh === h || c.en === h);
  return log.headers.map((header) => {
    const c = spec(header);
    return { header, width: c?.width ?? 14, numFmt: c && "numFmt" in c ? c.numFmt : undefined };
  });
}

/** Ops that add `entry` to the log: a new log table, or one row appended to the one the workbook has. */
export function appendLogOps(sheet: string, grid: TableGrid | undefined, lang: Lang, entry: ImportLogEntry): PlanOp[] {
  const after = withEntry(importLogOf(grid, lang), entry);
  const table = { kind: "table", sheet, name: IMPORT_LOG_TABLE, origin: "A1", columns: columnsOf(after) } as const;
  if (!grid)
    return [
      { kind: "sheet", name: sheet, freezeRows: 1 },
      { ...table, rows: after.rows },
    ];
  return [{ ...table, rows: after.rows.slice(-1), base: tableBase(grid) }];
}

/** Ops that write the removal time on the log row of `importId` (which the log must have). */
export function removalLogOps(sheet: string, grid: TableGrid, importId: string, removedAt: number): PlanOp[] {
  const after = withRemoval(grid, importId, removedAt);
  const at = logRowOf(grid, importId);
  const row = grid.rowIndex[at] ?? 0;
  const column = positions(after).removedAt;
  const was = grid.rows[at]?.[column];
  const table = { kind: "table", sheet, name: IMPORT_LOG_TABLE, origin: "A1", columns: columnsOf(after) } as const;
  return [{ ...table, rows: [], base: tableBase(grid), cells: [{ row, column, value: removedAt, was }] }];
}
