import { LISTS } from "../domain/schema/lists";
import { tableSpecs } from "../domain/schema";
import type { CellValue, Lang, ListKey, TableKey } from "../domain/schema/types";
import { DEFAULT_SETTINGS, SETTING_SPECS } from "../domain/settings";
import type { RuleSettings, Settings } from "../domain/settings";
import type { TableGrid, WorkbookHost } from "../hosts/host";
import type { FoundCells } from "../workbook/changed-cells";
import type { SettingsFound } from "../workbook/layout-settings";
import { DIMENSIONS_TABLE, HOLIDAYS_TABLE } from "../workbook/layout-settings";
import type { TableRecords } from "../workbook/read-records";
import { recordsFromGrid } from "../workbook/read-records";
import type { SettingsProblem, SettingsState } from "../workbook/settings-state";
import { mergeSettingsState, parseSettings, settingsStateOf } from "../workbook/settings-state";
import { LISTS_SHEET, resolveSheetNames, SETTINGS_SHEET } from "../workbook/sheet-names";
import type { SheetKey } from "../workbook/sheet-names";

/** What a workbook holds of the product's sheets, as found (nothing is filled in from defaults here). */
export interface WorkbookState {
  readonly sheetNames: Readonly<Record<SheetKey, string>>;
  readonly existingSheets: readonly string[];
  /** Settings as found, missing rules and dimensions taken from the defaults. */
  readonly settings: SettingsState;
  readonly parsed: { readonly settings: Settings; readonly problems: readonly SettingsProblem[] };
  readonly lists: ReadonlyMap<ListKey, readonly string[]>;
  readonly tables: Readonly<Record<TableKey, TableRecords | undefined>>;
  /** The other tables asked for in the same read (`alsoTables`), by name. */
  readonly extra: ReadonlyMap<string, TableGrid | undefined>;
  /** The Lists and Settings sheets as read, for plans of changes against them. */
  readonly found: { readonly lists?: FoundCells; readonly settings?: SettingsFound };
}

/** The record tables' Excel names (they do not depend on the dimensions). */
const RECORD_TABLES = tableSpecs(DEFAULT_SETTINGS.dimensions).map((s) => s.tableName);

/**
 * What the workbook holds of the product's sheets, in one bulk read: the Settings and Lists sheets (under either
 * language's name), the Dimensions and Holidays tables and the five record tables.
 */
export async function readWorkbookState(
  host: WorkbookHost,
  lang: Lang,
  options: { readonly alsoTables?: readonly string[] } = {},
): Promise<WorkbookState> {
  const also = options.alsoTables ?? [];
  const read = await host.read({
    tables: [DIMENSIONS_TABLE, HOLIDAYS_TABLE, ...RECORD_TABLES, ...also],
    sheets: [SETTINGS_SHEET.zh, SETTINGS_SHEET.en, LISTS_SHEET.zh, LISTS_SHEET.en],
  });
  const existingSheets = read.sheetNames;
  const sheetNames: Record<SheetKey, string> = { ...resolveSheetNames(existingSheets, lang) };
  // Each table is asked for once: a host may make its grid on every request (WorkbookRead.tables).
  const dimensions = read.tables.get(DIMENSIONS_TABLE);
  const holidays = read.tables.get(HOLIDAYS_TABLE);
  const settingsCells = read.sheets.get(sheetNames.settings);
  const found = settingsStateFrom(settingsCells, dimensions, holidays);
  const settings = mergeSettingsState(found, settingsStateOf(DEFAULT_SETTINGS));
  const parsed = parseSettings(settings);
  const lists = listsFrom(read.sheets.get(sheetNames.lists));
  const tables = {} as Record<TableKey, TableRecords | undefined>;
  for (const spec of tableSpecs(parsed.settings.dimensions)) {
    const grid = read.tables.has(spec.tableName)
      ? read.tables.get(spec.tableName)
      : await host.readTable(spec.tableName);
    tables[spec.key] = grid ? recordsFromGrid(spec, grid) : undefined;
    // A table is where it is, whatever the sheet is called (set-up may have had to put it on a new sheet).
    if (grid) sheetNames[spec.key] = grid.sheet;
  }
  const extra = new Map(also.map((name) => [name, read.tables.get(name)]));
  const asRead = {
    lists: read.sheets.get(sheetNames.lists),
    settings: settingsCells && { cells: settingsCells, dimensions, holidays },
  };
  return { sheetNames, existingSheets, settings, parsed, lists, tables, extra, found: asRead };
}

function settingsStateFrom(
  cells: readonly (readonly CellValue[])[] | undefined,
  dims: TableGrid | undefined,
  holidays: TableGrid | undefined,
): Partial<SettingsState> {
  if (!cells) return {};
  const keys = new Set<string>(SETTING_SPECS.map((s) => s.key));
  const rules = new Map<keyof RuleSettings, CellValue>();
  for (const row of cells) {
    const key = row[0];
    if (typeof key === "string" && keys.has(key)) rules.set(key as keyof RuleSettings, row[2]);
  }
  return {
    rules,
    dimensions: dims?.rows.map((r) => r.slice(0, 5)),
    holidays: holidays?.rows.map((r) => r[0]).filter((v) => v !== undefined),
  };
}

/** Each list's values in the Lists sheet column whose header is its zh or en label. */
function listsFrom(cells: readonly (readonly CellValue[])[] | undefined): ReadonlyMap<ListKey, readonly string[]> {
  const lists = new Map<ListKey, readonly string[]>();
  if (!cells || cells.length === 0) return lists;
  const header = cells[0] ?? [];
  for (const spec of LISTS) {
    const col = header.findIndex((h) => h === spec.zh || h === spec.en);
    if (col < 0) continue;
    const values = cells
      .slice(1)
      .map((r) => r[col])
      .filter((v) => v !== undefined && String(v).trim() !== "")
      .map(String);
    lists.set(spec.key, values);
  }
  return lists;
}
