import type { CellValue, Lang } from "../domain/schema/types";
import type { TableGrid } from "../hosts/host";
import { label } from "../domain/schema/types";
import { SETTING_SPECS } from "../domain/settings";
import { effectiveWeights } from "../domain/weights";
import { sheetPrefix } from "./a1";
import { widthFor } from "./text-width";
import { NUM_FMT } from "./formats";
import { effectiveWeightFormula } from "./formulas";
import { HOLIDAYS_NAME, listName, settingName, weightName } from "./names";
import type { FoundCells } from "./changed-cells";
import { changedCells } from "./changed-cells";
import type { PlanCell, PlanOp, TableCellChange, TableColumnPlan } from "./plan-types";
import { tableBase } from "./read-records";
import type { SettingsState } from "./settings-state";
import { parseSettings } from "./settings-state";

export const DIMENSIONS_TABLE = "Dimensions";
export const HOLIDAYS_TABLE = "Holidays";
/** Rows the holiday range covers (blank cells are ignored by WORKDAY and NETWORKDAYS). */
export const HOLIDAY_CAPACITY = 1000;

export const SETTINGS_HEADERS = {
  // The add-in finds each rule by this key: the header says so, since the keys are code words, not labels.
  key: { zh: "键(程序读取,请勿修改)", en: "Key (read by the add-in)" },
  label: { zh: "设置项", en: "Setting" },
  value: { zh: "值", en: "Value" },
};
export const DIMENSION_HEADERS = [
  { key: "key", zh: "键", en: "Key" },
  { key: "zh", zh: "中文名称", en: "Chinese label" },
  { key: "en", zh: "英文名称", en: "English label" },
  { key: "class", zh: "类别", en: "Class" },
  { key: "weight", zh: "指定权重", en: "Explicit weight" },
  { key: "effective", zh: "生效权重", en: "Effective weight" },
] as const;
export const HOLIDAY_HEADER = { zh: "节假日", en: "Holiday" };

/** The Settings sheet as read, for a plan of changes: its cells from A1 and its two tables. */
export interface SettingsFound {
  readonly cells?: FoundCells;
  readonly dimensions?: TableGrid;
  readonly holidays?: TableGrid;
}

/**
 * The Settings sheet: A:C one rule per row (key, label, value) each value a named cell `S_<key>`; E:J the
 * dimension table with its effective weights `W_<key>`; L the holiday list `S_holidays`. Against a sheet as read
 * (`found`) only changed rule cells are written, dimension rows are changed in place (the settings own them) and
 * missing holidays are appended.
 */
export function settingsOps(sheet: string, state: SettingsState, lang: Lang, found: SettingsFound = {}): PlanOp[] {
  const p = sheetPrefix(sheet);
  const rows: PlanCell[][] = [
    [label(SETTINGS_HEADERS.key, lang), label(SETTINGS_HEADERS.label, lang), label(SETTINGS_HEADERS.value, lang)],
  ];
  const numFmts: (string | undefined)[][] = [[]];
  const ops: PlanOp[] = [{ kind: "sheet", name: sheet, freezeRows: 1 }];
  SETTING_SPECS.forEach((spec, i) => {
    const row = i + 2;
    rows.push([spec.key, label(spec, lang), state.rules.get(spec.key)]);
    numFmts.push([
      undefined,
      undefined,
      spec.kind === "percent" ? NUM_FMT.percent : spec.kind === "dateTime" ? NUM_FMT.dateTime : undefined,
    ]);
    ops.push({ kind: "name", name: settingName(spec.key), formula: `${p}$C$${row}` });
  });
  ops.push(...changedCells(sheet, "A1", rows, found.cells, { numFmts, headerRow: true }));

  const { settings } = parseSettings(state);
  const weights = effectiveWeights(settings.dimensions, settings.rules);
  const dimHeaders = DIMENSION_HEADERS.map((h) => label(h, lang));
  const header = (key: "weight" | "class") =>
    label(key === "weight" ? DIMENSION_HEADERS[4] : DIMENSION_HEADERS[3], lang);
  const dimensionColumns = dimHeaders.map((h, i) => ({
    header: found.dimensions?.headers[i] ?? h,
    // The header whole beside the table's filter button (about 3 units).
    width: widthFor([h, ...(i === 1 || i === 2 ? state.dimensions.map((d) => String(d[i] ?? "")) : [])], 4, 10),
    numFmt: i >= 4 ? NUM_FMT.percent : undefined,
    formula: i === 5 ? effectiveWeightFormula(DIMENSIONS_TABLE, header) : undefined,
    values: i === 5 ? state.dimensions.map((d) => weights.get(String(d[0])) ?? "") : undefined,
  }));
  ops.push(dimensionsOp(sheet, state, dimensionColumns, found.dimensions));
  state.dimensions.forEach((d, i) => {
    if (d[0] !== undefined) ops.push({ kind: "name", name: weightName(String(d[0])), formula: `${p}$J$${i + 2}` });
  });
  const lastDim = 1 + Math.max(state.dimensions.length, 1);
  ops.push({
    kind: "validation",
    sheet,
    range: `H2:H${lastDim + 50}`,
    rule: { type: "list", source: listName("dimensionClass") },
  });

  const holidays = found.holidays;
  const have = new Set(holidays?.rows.map((r) => r[0]) ?? []);
  ops.push({
    kind: "table",
    sheet,
    name: HOLIDAYS_TABLE,
    origin: "L1",
    columns: [{ header: holidays?.headers[0] ?? label(HOLIDAY_HEADER, lang), numFmt: NUM_FMT.date, width: 12 }],
    rows: state.holidays.filter((h) => !have.has(h)).map((h) => [h]),
    ...(holidays ? { base: tableBase(holidays) } : {}),
  });
  ops.push({ kind: "name", name: HOLIDAYS_NAME, formula: `${p}$L$2:$L$${HOLIDAY_CAPACITY + 1}` });
  ops.push({ kind: "validation", sheet, range: `L2:L${HOLIDAY_CAPACITY + 1}`, rule: { type: "date" } });
  if (!found.cells) ops.push({ kind: "columnWidths", sheet, widths: settingsWidths(lang) });
  return ops;
}

/** Widths of A:C: every key and label whole, and the value column wide enough for `yyyy-mm-dd hh:mm` (no ###). */
function settingsWidths(lang: Lang): number[] {
  const keys = [label(SETTINGS_HEADERS.key, lang), ...SETTING_SPECS.map((s) => s.key)];
  const labels = [label(SETTINGS_HEADERS.label, lang), ...SETTING_SPECS.map((s) => label(s, lang))];
  return [widthFor(keys), widthFor(labels), widthFor(["2024-12-31 23:59"], 3)];
}

/**
 * The dimension table: created with its rows, or changed in place. Its rows are the settings' own (the weights
 * names point at them by position), so row i of the table is set to dimension i where it differs, rows past the
 * last dimension are blanked and further dimensions appended.
 */
function dimensionsOp(
  sheet: string,
  state: SettingsState,
  columns: TableColumnPlan[],
  found: TableGrid | undefined,
): PlanOp {
  const wanted = state.dimensions.map((d) => [...d.slice(0, 5), undefined]);
  if (!found) return { kind: "table", sheet, name: DIMENSIONS_TABLE, origin: "E1", columns, rows: wanted };
  const base = tableBase(found);
  const current: CellValue[][] = Array.from({ length: base.usedRows }, () => []);
  found.rows.forEach((r, i) => (current[found.rowIndex[i] ?? i] = [...r]));
  const cells: TableCellChange[] = [];
  current.forEach((row, r) => {
    for (let c = 0; c < 5; c++) {
      const value = wanted[r]?.[c];
      const now = row[c];
      if ((value ?? "") !== (now ?? "")) cells.push({ row: r, column: c, value, was: now });
    }
  });
  return {
    kind: "table",
    sheet,
    name: DIMENSIONS_TABLE,
    origin: "E1",
    columns: [...found.headers.map((h, i) => columns[i] ?? { header: h }), ...columns.slice(found.headers.length)].map(
      // cached results go with the appended rows only
      (c) => (c.values ? { ...c, values: c.values.slice(current.length) } : c),
    ),
    rows: wanted.slice(current.length),
    base,
    ...(cells.length > 0 ? { cells } : {}),
  };
}
