/**
 * The panels' workbook work over the use cases, loaded lazily as one chunk (load-actions.ts). Every function takes
 * the host it works on; nothing here knows whether that is Excel or an .xlsx in memory.
 */
import { IMPORT_REF_FIELD, TABLE_KEYS, tableSpecs } from "../../domain/schema";
import type { CellValue, Lang, ListKey, TableKey } from "../../domain/schema/types";
import type { RuleSettings } from "../../domain/settings";
import { MONTH_FIELD } from "../../domain/report/report-tables";
import { monthKey } from "../../domain/serial";
import type { WorkbookHost } from "../../hosts/host";
import { isEncryptedPackage, WorkbookPasswordError } from "../../hosts/xlsx/encrypted-package";
import { XlsxHost } from "../../hosts/xlsx/xlsx-host";
import { ImportSourceError } from "../../import/errors";
import { mapHeaders } from "../../import/header-map";
import { addListValues } from "../../use-cases/add-list-values";
import { columnSamples } from "../../import/column-samples";
import { unfedFields, type UnfedField } from "../../import/unfed-fields";
import type { ImportSummary } from "../../import/import-types";
import { applyMappingOverrides, type MappingOverrides } from "../../import/mapping-overrides";
import { workbookLang } from "../../import/plan-import";
import type { RemovalSummary } from "../../import/plan-remove";
import { IMPORT_LOG_TABLE, logEntries, type ImportLogEntry } from "../../import/import-log";
import { quarantineSheetName } from "../../import/quarantine";
import { readSourceGrid, type ImportSource, type SourceGrid } from "../../import/read-source";
import { generateReport, type ReportResult } from "../../use-cases/generate-report";
import { importRecords } from "../../use-cases/import-records";
import { readWorkbookState } from "../../use-cases/read-workbook";
import { removeImport } from "../../use-cases/remove-import";
import { setUpWorkbook, type SetUpSummary } from "../../use-cases/set-up-workbook";
import { shareWorkbook } from "../../use-cases/share-workbook";
import {
  updateSettings,
  type DimensionDraft,
  type SettingsEdit,
  type SettingsUpdate,
} from "../../use-cases/update-settings";
import { validateWorkbook, type ValidationReport } from "../../use-cases/validate-workbook";
import { readWorklist, type WorklistResult } from "../../use-cases/read-worklist";
import { columnLetter } from "../../workbook/a1";
import { sheetLabels, type SheetKey } from "../../workbook/sheet-names";
import type { LoadSegmenter, PaneWorkbook } from "../state/host-context";
import { DEMO_ISSUES, demoSeed } from "../../demo/demo-seed";
import { PaneFileError } from "./pane-errors";

export { dateHeaders } from "./date-headers";

const inMemory = (host: XlsxHost, name: string): PaneWorkbook => ({ host, name, save: () => host.toBuffer() });

/**
 * @throws WorkbookPasswordError (`unsupported`) when the file is password-encrypted: the pane cannot decrypt it
 * (Office encryption needs Node's crypto, which the browser bundle does not have).
 * @throws PaneFileError (`workbook-open`) when the bytes are not an .xlsx workbook.
 */
export async function openXlsx(name: string, bytes: Uint8Array): Promise<PaneWorkbook> {
  if (isEncryptedPackage(bytes)) throw new WorkbookPasswordError(name, "unsupported");
  try {
    return inMemory(await XlsxHost.load(bytes), name);
  } catch (cause) {
    throw new PaneFileError("workbook-open", name, "not a readable .xlsx workbook", { cause });
  }
}

/** A new workbook, set up in the pane's language, with the demo records when asked. */
export async function newWorkbook(name: string, lang: Lang, demo: boolean): Promise<PaneWorkbook> {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang, seed: demo ? demoSeed({ issues: DEMO_ISSUES, seed: "demo" }) : undefined });
  return inMemory(host, name);
}

/** The language a workbook is written in: its sheets' language, or the pane's for a workbook without them. */
export async function writingLang(host: WorkbookHost, paneLang: Lang): Promise<Lang> {
  const sheets = await host.sheetNames();
  const known = sheetLabels().some((l) => sheets.includes(l.zh) || sheets.includes(l.en));
  return known ? workbookLang(sheets) : paneLang;
}

export interface SheetStatus {
  readonly key: SheetKey;
  readonly label: { readonly zh: string; readonly en: string };
  readonly sheet: string;
  readonly exists: boolean;
  /** Rows of a record table; undefined for Lists and Settings. */
  readonly rows: number | undefined;
}

export interface WorkbookStatus {
  readonly sheets: readonly SheetStatus[];
  /** Every record table, Lists and Settings exist. */
  readonly ready: boolean;
  /** Settings values the rules cannot use (they fall back to defaults). */
  readonly settingsProblems: number;
  /** Months with any dated record, latest first. */
  readonly months: readonly string[];
  /** The month a report is most likely wanted for: the latest with issues received (evaluations, calls and
   * feedback run on into the next month). */
  readonly suggestedMonth: string | undefined;
  /** The evaluation dimensions, for their labels in either language. */
  readonly dimensions: readonly { readonly key: string; readonly zh: string; readonly en: string }[];
  /** The Lists sheet's 部门/团队 list, for a one-team report. */
  readonly teams: readonly string[];
}

export async function workbookStatus(host: WorkbookHost, paneLang: Lang): Promise<WorkbookStatus> {
  const state = await readWorkbookState(host, await writingLang(host, paneLang));
  const isTable = (key: SheetKey): key is TableKey => (TABLE_KEYS as readonly string[]).includes(key);
  const sheets = sheetLabels().map(({ key, zh, en }) => {
    const sheet = state.sheetNames[key];
    const table = isTable(key) ? state.tables[key] : undefined;
    const exists = isTable(key) ? table !== undefined : state.existingSheets.includes(sheet);
    return { key, label: { zh, en }, sheet, exists, rows: table?.records.length };
  });
  const months = new Set<string>();
  let suggested: string | undefined;
  for (const [table, field] of Object.entries(MONTH_FIELD) as [TableKey, string][]) {
    for (const record of state.tables[table]?.records ?? []) {
      const at = record[field];
      if (typeof at !== "number" || !Number.isFinite(at) || at < 61) continue;
      const month = monthKey(at);
      months.add(month);
      if (table === "issues" && (suggested === undefined || month > suggested)) suggested = month;
    }
  }
  const latestFirst = [...months].sort().reverse();
  return {
    sheets,
    ready: sheets.every((s) => s.exists),
    settingsProblems: state.parsed.problems.length,
    months: latestFirst,
    suggestedMonth: suggested ?? latestFirst[0],
    dimensions: state.parsed.settings.dimensions.map(({ key, zh, en }) => ({ key, zh, en })),
    teams: state.lists.get("team") ?? [],
  };
}

/** Sets up or repairs the workbook (DOMAIN.md §1), keeping its language. */
export async function setUp(host: WorkbookHost, paneLang: Lang): Promise<SetUpSummary> {
  return setUpWorkbook(host, { lang: await writingLang(host, paneLang) });
}

/** Where one source column goes: a field, a calculated column (not written), an extra column, a survey tool's column. */
export interface MappedColumn {
  /** 0-based column of the source, the key of a mapping correction. */
  readonly index: number;
  readonly letter: string;
  readonly header: string;
  readonly target: "field" | "calculated" | "extra" | "meta";
  /** The field it feeds or that calculates it. */
  readonly key?: string;
  readonly field?: { readonly zh: string; readonly en: string };
  /** The first few non-blank values below the header, as text. */
  readonly samples: readonly string[];
}

/** A field a column can be mapped to. */
export interface FieldChoice {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
}

export interface TableMapping {
  /** The table's sheet name in either language. */
  readonly label: { readonly zh: string; readonly en: string };
  readonly columns: readonly MappedColumn[];
  /** Columns that feed a field. */
  readonly fields: number;
  /** Non-blank rows below the header. */
  readonly dataRows: number;
  /** The fields a source column can feed: the table's fields that are not calculated, in sheet order. */
  readonly choices: readonly FieldChoice[];
  /** Required fields and dimensions no column feeds, with what that causes. */
  readonly unfed: readonly UnfedField[];
}

export interface ImportPreview {
  readonly file: string;
  readonly sheet?: string;
  readonly encoding?: string;
  /** The table whose fields the header names most often. */
  readonly detected: TableKey;
  /** The mapping the import would use, for every table whose columns the header names. */
  readonly tables: Readonly<Partial<Record<TableKey, TableMapping>>>;
}

/** The user's corrections to each table's mapping (ImportOptions.mapping). */
export type MappingCorrections = Readonly<Partial<Record<TableKey, MappingOverrides>>>;

/** A source is read once while its mapping is corrected (an .xlsx takes a while to parse). */
const grids = new WeakMap<ImportSource, Promise<SourceGrid>>();

function gridOf(source: ImportSource): Promise<SourceGrid> {
  const known = grids.get(source);
  if (known) return known;
  const grid = readSourceGrid(source);
  grids.set(source, grid);
  void grid.catch(() => grids.delete(source));
  return grid;
}

/**
 * How an import would read a source (issue 3 item 2): for each record table, which source column feeds which field,
 * with the user's corrections to that table's mapping applied (mapping-overrides.ts).
 * @throws ImportSourceError when the source cannot be read, no row of its first 20 names a column of any table, or
 * a correction names a column or field that does not exist.
 */
export async function previewImport(
  host: WorkbookHost,
  source: ImportSource,
  corrections: MappingCorrections = {},
): Promise<ImportPreview> {
  const grid = await gridOf(source);
  const state = await readWorkbookState(host, "zh-CN");
  const tables: Partial<Record<TableKey, TableMapping>> = {};
  let detected: TableKey | undefined;
  let detectedBy = 0;
  for (const spec of tableSpecs(state.parsed.settings.dimensions)) {
    const map = mapHeaders(spec, grid.rows);
    if (!map) continue;
    const where = { file: grid.file, sheet: grid.sheet };
    const corrected = applyMappingOverrides(spec, map.columns, corrections[spec.key] ?? {}, where);
    const columns = corrected.map((c): MappedColumn => {
      const target = c.target.kind === "extra" ? (c.target.meta ? "meta" : "extra") : c.target.kind;
      const key = c.target.kind === "extra" ? undefined : c.target.key;
      const field = spec.fields.find((f) => f.key === key);
      return {
        index: c.index,
        letter: columnLetter(c.index + 1),
        header: c.header,
        target,
        key,
        field: field && { zh: field.zh, en: field.en },
        samples: columnSamples(grid.rows, map.firstDataRow, c.index),
      };
    });
    const fields = columns.filter((c) => c.target === "field").length;
    const dataRows = grid.rows.slice(map.firstDataRow).filter((r) => r.some((v) => !isBlank(v))).length;
    const choices = spec.fields
      .filter((f) => f.type !== "formula" && f.key !== IMPORT_REF_FIELD.key)
      .map(({ key, zh, en }) => ({ key, zh, en }));
    const unfed = unfedFields(
      spec,
      corrected,
      state.parsed.settings.dimensions.map((d) => d.key),
    );
    tables[spec.key] = { label: spec.sheet, columns, fields, dataRows, choices, unfed };
    // The table is detected by the header alone, so a correction never moves the import to another table.
    const named = map.columns.filter((c) => c.target.kind === "field").length;
    if (detected === undefined || named > detectedBy) {
      detected = spec.key;
      detectedBy = named;
    }
  }
  if (detected === undefined) {
    throw new ImportSourceError(
      { file: grid.file, sheet: grid.sheet },
      "no recognisable header row for any record table in the first 20 rows",
      "column headings such as 问题编号, 接收时间, 服务日期 or 客户编号",
      { reason: { kind: "noHeader" } },
    );
  }
  return { file: grid.file, sheet: grid.sheet, encoding: grid.encoding, detected, tables };
}

const isBlank = (v: CellValue) => v === undefined || String(v).trim() === "";

export interface ImportOutcome {
  readonly summary: ImportSummary;
  /** The 导入待核查 sheet when rows were set aside on it. */
  readonly quarantineSheet: string | undefined;
}

/** Imports a source into a table (issue 3) with the user's corrections to its column mapping; see importRecords. */
export async function importFile(
  host: WorkbookHost,
  table: TableKey,
  source: ImportSource,
  mapping: MappingOverrides = {},
): Promise<ImportOutcome> {
  const summary = await importRecords(host, table, source, { mapping });
  const sheets = await host.sheetNames();
  const quarantineSheet = summary.quarantined > 0 ? quarantineSheetName(sheets, workbookLang(sheets)) : undefined;
  return { summary, quarantineSheet };
}

/** The imports listed on the 导入记录 sheet, newest first (issue 10 item 3). */
export async function listImports(host: WorkbookHost): Promise<ImportLogEntry[]> {
  const grid = await host.readTable(IMPORT_LOG_TABLE);
  return grid ? logEntries(grid).reverse() : [];
}

/** Removes the rows of one import again (issue 10 item 3); see removeImport. */
export async function undoImport(host: WorkbookHost, importId: string): Promise<RemovalSummary> {
  return removeImport(host, importId);
}

export async function validate(host: WorkbookHost): Promise<ValidationReport> {
  return validateWorkbook(host);
}

/** Generates the period's report sheet in the workbook's language (DOMAIN.md §2–§7), of one team when given. */
export async function monthReport(
  host: WorkbookHost,
  month: string,
  paneLang: Lang,
  loadSegmenter: LoadSegmenter,
  team?: string,
): Promise<ReportResult> {
  return generateReport(host, { month, team, lang: await writingLang(host, paneLang), loadSegmenter });
}

/**
 * The shareable copy as .xlsx bytes (DOMAIN.md §4.4): a new workbook holding the five record tables, Lists,
 * Settings, the import quarantine and the month reports, read from `source` with every personal field, column and
 * text masked. The user's own sheets are left out. `source` is only read. Not encrypted: see `shareWorkbook`.
 */
export async function shareableCopy(
  source: WorkbookHost,
  paneLang: Lang,
  loadSegmenter: LoadSegmenter,
): Promise<{ bytes: Uint8Array; maskedCells: number }> {
  const copy = XlsxHost.create();
  const { maskedCells } = await shareWorkbook(source, copy, await writingLang(source, paneLang), { loadSegmenter });
  return { bytes: await copy.toBuffer(), maskedCells };
}

/** The Settings and Lists sheets as the 设置 panel edits them. */
export interface SettingsSnapshot {
  readonly rules: Readonly<Partial<Record<keyof RuleSettings, CellValue>>>;
  readonly dimensions: readonly DimensionDraft[];
  readonly lists: Readonly<Partial<Record<ListKey, readonly string[]>>>;
}

export async function readSettings(host: WorkbookHost, paneLang: Lang): Promise<SettingsSnapshot> {
  const state = await readWorkbookState(host, await writingLang(host, paneLang));
  const text = (v: CellValue) => (v === undefined ? "" : String(v));
  return {
    rules: Object.fromEntries(state.settings.rules),
    dimensions: state.settings.dimensions.map(([key, zh, en, cls, weight]) => ({
      key: text(key),
      zh: text(zh),
      en: text(en),
      class: cls,
      weight,
    })),
    lists: Object.fromEntries(state.lists),
  };
}

export async function saveSettings(host: WorkbookHost, edit: SettingsEdit, paneLang: Lang): Promise<SettingsUpdate> {
  return updateSettings(host, edit, { lang: await writingLang(host, paneLang) });
}

/** The 待办 list as of now (or the Settings sheet's as-of time), with each item's sheet and row (issue 16). */
export async function worklist(host: WorkbookHost, now: number): Promise<WorklistResult> {
  return readWorklist(host, { now });
}

/** A sheet's used range from A1, for the read-only viewer; undefined when there is no such sheet. */
export async function sheetCells(
  host: WorkbookHost,
  sheet: string,
): Promise<readonly (readonly CellValue[])[] | undefined> {
  return host.readSheet(sheet);
}

/** The import's one-click fix: adds a value found outside a list to that list. */
export async function addToList(
  host: WorkbookHost,
  list: ListKey,
  value: string,
  paneLang: Lang,
): Promise<SettingsUpdate> {
  return addListValues(host, new Map([[list, [value]]]), await writingLang(host, paneLang));
}
