/**
 * Adopting what a team already keeps (issue 10 item 2): a plain sheet (no Excel table) named like a record table's
 * sheet (问题记录, Issues, …), or carrying a table's headers in its first row, becomes that table. Its header row is
 * mapped as an import maps one (header-map.ts); each record becomes a row of the table with every value under its
 * own header — in the column of the field it names, or in an extra column keeping its header when it names none
 * (a column naming a calculated field too, so a typed value is never replaced by a formula). Rows stay in their
 * order, blank rows included. Where a sheet cannot be adopted as it is (no header in row 1, a two-row header),
 * the table goes onto a new sheet, the user's sheet is left untouched, and the result says why.
 */
import { tableSpecs } from "../domain/schema";
import type { CellValue, FieldSpec, Lang, RecordRow, TableKey, TableSpec } from "../domain/schema/types";
import { label } from "../domain/schema/types";
import type { WorkbookHost } from "../hosts/host";
import type { WorkbookState } from "../use-cases/read-workbook";
import { columnLetter } from "../workbook/a1";
import type { TableBase } from "../workbook/plan-types";
import { fieldKeyOf, type TableRecords } from "../workbook/read-records";
import { sheetLabels, type SheetKey } from "../workbook/sheet-names";
import { REPORT_LABELS } from "../workbook/report/report-labels";
import { convertRows } from "./convert-rows";
import { IMPORT_LOG_SHEET } from "./import-log";
import { QUARANTINE_SHEET } from "./quarantine";
import { mapHeaders, type HeaderMap, type SourceColumn } from "./header-map";
import { nameExtras } from "./plan-import";
import { isBlankCell, isBlankRow, uniqueHeader } from "./text-cells";

/** Why a sheet named like a table could not become the table in place. */
export type AdoptRefusal =
  /** No cell of its first row names a column of the table. */
  | "noHeader"
  /** The header is below other rows (a title): the table would cover them. */
  | "headerNotFirstRow"
  /** The header spans two rows (merged group headings). */
  | "twoRowHeader"
  /** A cell is longer than an Excel cell may be. */
  | "cellTooLong";

export type AdoptionResult =
  | {
      readonly kind: "adopted";
      readonly table: TableKey;
      readonly sheet: string;
      /** Data rows taken over (blank rows in between included). */
      readonly rows: number;
      /** Headers of the sheet's columns that name no field, kept as extra columns. */
      readonly extraColumns: readonly string[];
    }
  | {
      readonly kind: "newSheet";
      readonly table: TableKey;
      /** The user's sheet, left as it is. */
      readonly sheet: string;
      readonly newSheet: string;
      readonly reason: AdoptRefusal;
    };

export interface Adoption {
  /** The sheet of each table: an adopted sheet, a new sheet where adoption was refused, else as resolved. */
  readonly sheetNames: Readonly<Record<SheetKey, string>>;
  /** Each adopted sheet as its table, by table. */
  readonly tables: Readonly<Partial<Record<TableKey, AdoptedTable>>>;
  readonly results: readonly AdoptionResult[];
}

/**
 * The add-in's own sheets, never taken for a hand-kept one: the record tables', Lists, Settings, the quarantine and
 * import log sheets (each holding its own table) and report sheets.
 */
export function isProductSheet(sheet: string): boolean {
  const own = [...sheetLabels(), QUARANTINE_SHEET, IMPORT_LOG_SHEET].flatMap((s) => [s.zh, s.en]);
  const report = [REPORT_LABELS.sheetPrefix.zh, REPORT_LABELS.sheetPrefix.en].map((p) => `${p} `);
  return own.includes(sheet) || report.some((p) => sheet.startsWith(p));
}

/** A header that names at least this many fields, and mostly fields, marks a sheet that carries a table's headers. */
const MIN_FIELDS = 3;

type Cells = readonly (readonly CellValue[])[];

function firstRowMap(spec: TableSpec, cells: Cells): HeaderMap | undefined {
  const header = mapHeaders(spec, cells.slice(0, 1));
  return header && header.headerRows.join() === "0" ? header : undefined;
}

/** True when row 1 names at least MIN_FIELDS fields of the table and more than half of its cells name one. */
function carriesHeaders(spec: TableSpec, cells: Cells): boolean {
  const header = firstRowMap(spec, cells);
  if (!header) return false;
  const named = header.columns.filter((c) => c.target.kind !== "extra").length;
  const cellsInRow = (cells[0] ?? []).filter((v) => !isBlankCell(v)).length;
  return named >= MIN_FIELDS && named * 2 > cellsInRow;
}

function refusal(spec: TableSpec, cells: Cells): AdoptRefusal | undefined {
  const header = mapHeaders(spec, cells);
  if (!header) return "noHeader";
  const [top] = header.headerRows;
  // A lone cell above the header is a title, not a group heading.
  const title = (cells[top ?? 0] ?? []).filter((v) => !isBlankCell(v)).length <= 1;
  if (top !== 0 || (header.headerRows.length > 1 && title)) return "headerNotFirstRow";
  if (header.headerRows.length > 1) return "twoRowHeader";
  return undefined;
}

/**
 * A hand-kept sheet as the table it becomes in place: its records (in order), and the table's header texts — the
 * sheet's own where they name their field, the field's label where only the import's mapping recognises them (受理时间
 * → 接收时间), a unique name for a column kept as an extra (a blank header, a header naming a calculated field).
 */
export interface AdoptedTable extends TableRecords {
  readonly base: TableBase;
  /** The sheet's header row as read, one cell per column of the table. */
  readonly adoptHeader: readonly CellValue[];
}

/** The sheet's rows as records of the table, in order; undefined when a cell cannot be stored. */
function recordsOf(
  spec: TableSpec,
  sheet: string,
  cells: Cells,
  state: WorkbookState,
  lang: Lang,
): AdoptedTable | undefined {
  const header = firstRowMap(spec, cells);
  if (!header) return undefined;
  let last = cells.length;
  while (last > 1 && isBlankRow(cells[last - 1])) last--;
  const width = Math.max(1, ...cells.slice(0, last).map((r) => r.length));
  // A typed value under a calculated column's header is kept as an extra column, never replaced by the formula; a
  // column with neither header nor data inside the range is one too (a table has no gap).
  const columns: SourceColumn[] = Array.from({ length: width }, (_, index): SourceColumn => {
    const c = header.columns.find((x) => x.index === index);
    if (!c) return { index, header: "", label: columnLetter(index + 1), target: { kind: "extra", meta: false } };
    return c.target.kind === "calculated" ? { ...c, target: { kind: "extra", meta: false } } : c;
  });
  const { extraNames, newExtras } = nameExtras(spec, columns, [], lang);
  const converted = convertRows({
    spec,
    source: { file: sheet, sheet },
    rows: cells,
    offset: 0,
    columns,
    firstDataRow: 1,
    extraNames,
    lists: state.lists,
    fieldLabel: (f: FieldSpec) => label(f, lang),
  });
  if (converted.quarantined.length > 0) return undefined;
  const bySourceRow = new Map(converted.accepted.map((a) => [a.sourceRow, a.record]));
  const records: RecordRow[] = [];
  for (let row = 2; row <= last; row++) records.push(bySourceRow.get(row) ?? {});
  const headers: Record<string, string> = {};
  const adoptHeader = columns.map((c) => cells[0]?.[c.index]);
  const tableHeaders = columns.map(({ index, header: sourceHeader, target }) => {
    if (target.kind !== "field") return extraNames.get(index) ?? sourceHeader;
    const field = spec.fields.find((f) => f.key === target.key);
    const own = String(adoptHeader[index] ?? "").trim();
    const text = field && fieldKeyOf(spec, own) !== field.key ? label(field, lang) : own;
    if (field) headers[field.key] = text;
    return text;
  });
  const base: TableBase = { headers: tableHeaders, bodyRows: Math.max(1, records.length), usedRows: records.length };
  const rowIndex = records.map((_, i) => i);
  return { records, extraHeaders: newExtras, headers, base, rowIndex, adoptHeader };
}

/**
 * Which plain sheets set-up adopts, and where the tables it cannot adopt go. Only tables the workbook lacks are
 * considered; a sheet is adopted by one table at most.
 */
export async function adoptHandKeptSheets(host: WorkbookHost, state: WorkbookState, lang: Lang): Promise<Adoption> {
  const specs = tableSpecs(state.parsed.settings.dimensions).filter((s) => state.tables[s.key] === undefined);
  const sheetNames: Record<SheetKey, string> = { ...state.sheetNames };
  const results: AdoptionResult[] = [];
  const tables: Partial<Record<TableKey, AdoptedTable>> = {};
  if (specs.length === 0) return { sheetNames, tables, results };
  const others = state.existingSheets.filter((s) => !isProductSheet(s));
  const named = specs.map((s) => state.sheetNames[s.key]).filter((s) => state.existingSheets.includes(s));
  const candidates = [...named, ...others];
  // A workbook with no sheet to adopt costs no read (set-up's round trips stay within their target).
  const read = candidates.length > 0 ? (await host.read({ sheets: candidates })).sheets : new Map<string, Cells>();
  const cellsOf = (sheet: string): Cells => read.get(sheet) ?? [];
  const taken = new Set<string>();
  for (const spec of specs) {
    const own = state.sheetNames[spec.key];
    const hasNamed = state.existingSheets.includes(own) && cellsOf(own).some((r) => !isBlankRow(r));
    const sheet = hasNamed ? own : others.find((s) => !taken.has(s) && carriesHeaders(spec, cellsOf(s)));
    if (sheet === undefined) continue;
    taken.add(sheet);
    const records =
      refusal(spec, cellsOf(sheet)) === undefined ? recordsOf(spec, sheet, cellsOf(sheet), state, lang) : undefined;
    if (records) {
      sheetNames[spec.key] = sheet;
      tables[spec.key] = records;
      const rows = records.records.length;
      results.push({ kind: "adopted", table: spec.key, sheet, rows, extraColumns: records.extraHeaders });
      continue;
    }
    const reason = refusal(spec, cellsOf(sheet)) ?? "cellTooLong";
    const existing = new Set([...state.existingSheets, ...Object.values(sheetNames)]);
    const newSheet = uniqueHeader(own, (c) => existing.has(c));
    sheetNames[spec.key] = newSheet;
    results.push({ kind: "newSheet", table: spec.key, sheet, newSheet, reason });
  }
  return { sheetNames, tables, results };
}
