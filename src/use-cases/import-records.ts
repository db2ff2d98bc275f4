import type { Lang, TableKey } from "../domain/schema/types";
import { serialFromParts } from "../domain/serial";
import type { WorkbookHost } from "../hosts/host";
import type { ImportSummary } from "../import/import-types";
import type { MappingOverrides } from "../import/mapping-overrides";
import { needsSetUp, planImport, requireHeader, specOf, workbookLang } from "../import/plan-import";
import { IMPORT_LOG_TABLE } from "../import/import-log";
import { QUARANTINE_TABLE } from "../import/quarantine";
import { readSourceRows, type ChunkSize, type ImportSource, type SourceRows } from "../import/read-source";
import { readWorkbookState } from "./read-workbook";
import { setUpWorkbook } from "./set-up-workbook";

export interface ImportOptions {
  /** The workbook's language for headers and quarantine reasons; by default the language its sheets are named in. */
  readonly lang?: Lang;
  /**
   * Corrections to the column mapping: 0-based source column → the key of the field it feeds, or null to keep it as
   * an extra column. A formula field's key marks the column calculated (not written); a column the header mapped to
   * a field that a correction gives to another column becomes an extra column (mapping-overrides.ts).
   */
  readonly mapping?: MappingOverrides;
  /** The time of the import, a serial date-time in the user's time zone. @default now */
  readonly now?: number;
  /** How many source rows are converted at a time: it bounds what is held, never changes what is imported. */
  readonly chunk?: ChunkSize;
}

/** The current local time as a serial date-time. */
export function nowSerial(date = new Date()): number {
  return serialFromParts(
    date.getFullYear(),
    date.getMonth() + 1,
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
  );
}

/**
 * Imports a CSV, an XLSX sheet or a grid of cells (Excel's selection) into one record table (issue 3, issue 10,
 * DOMAIN.md §1, §4): headers mapped, values parsed, issue ids generated, rows already imported (same fingerprint)
 * or with an id the table has skipped, rows that cannot be stored as a record set aside on the 导入待核查 sheet,
 * the rest appended to the table with their 导入来源 (import id and fingerprint), which is written again with its
 * calculated columns, validations and highlights; the import is listed on the 导入记录 sheet. A workbook that
 * lacks the table, Lists or Settings is set up first. Nothing is written when the source is unusable. The source is
 * read through once for its limits and header before anything is written, then converted a chunk of rows at a time
 * (issue 18), so a file of hundreds of thousands of rows is never held whole as cells or records. A source read
 * through already (`readSourceRows`) holds its text but no longer its bytes: a caller that passes it and keeps no
 * bytes lets them go for the rest of the import.
 * @throws ImportSourceError when the source cannot be read, has no recognisable header, or `options.mapping` names
 * a column or field that does not exist (nothing is written).
 * @throws SettingsError when issue ids must be generated and the department code is unusable (nothing is written).
 */
export async function importRecords(
  host: WorkbookHost,
  table: TableKey,
  source: ImportSource | SourceRows,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const rows = "chunks" in source ? source : await readSourceRows(source, options.chunk);
  const alsoTables = [QUARANTINE_TABLE, IMPORT_LOG_TABLE];
  let state = await readWorkbookState(host, options.lang ?? "zh-CN", { alsoTables });
  const lang = options.lang ?? workbookLang(state.existingSheets);
  requireHeader(specOf(state, table), rows, options.mapping);
  if (needsSetUp(state, table)) {
    await setUpWorkbook(host, { lang });
    state = await readWorkbookState(host, lang, { alsoTables });
  }
  const target = {
    state,
    lang,
    quarantine: state.extra.get(QUARANTINE_TABLE),
    importLog: state.extra.get(IMPORT_LOG_TABLE),
    now: options.now ?? nowSerial(),
  };
  const { plan, summary } = await planImport(target, table, rows, options.mapping);
  await host.apply(plan);
  return summary;
}
