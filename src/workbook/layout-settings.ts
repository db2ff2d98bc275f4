import type { Lang } from "../domain/schema/types";
import { label } from "../domain/schema/types";
import { SETTING_SPECS } from "../domain/settings";
import { effectiveWeights } from "../domain/weights";
import { sheetPrefix } from "./a1";
import { NUM_FMT } from "./formats";
import { effectiveWeightFormula } from "./formulas";
import { HOLIDAYS_NAME, listName, settingName, weightName } from "./names";
import type { PlanCell, PlanOp } from "./plan-types";
import type { SettingsState } from "./settings-state";
import { parseSettings } from "./settings-state";

export const DIMENSIONS_TABLE = "Dimensions";
export const HOLIDAYS_TABLE = "Holidays";
/** Rows the holiday range covers (blank cells are ignored by WORKDAY and NETWORKDAYS). */
export const HOLIDAY_CAPACITY = 1000;

export const SETTINGS_HEADERS = {
  key: { zh: "键", en: "Key" },
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

/**
 * The Settings sheet: A:C one rule per row (key, label, value) each value a named cell `S_<key>`; E:J the
 * dimension table with its effective weights `W_<key>`; L the holiday list `S_holidays`.
 */
export function settingsOps(sheet: string, state: SettingsState, lang: Lang): PlanOp[] {
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
  ops.push({ kind: "cells", sheet, origin: "A1", rows, numFmts, headerRow: true });

  const { settings } = parseSettings(state);
  const weights = effectiveWeights(settings.dimensions, settings.rules);
  const dimHeaders = DIMENSION_HEADERS.map((h) => label(h, lang));
  const header = (key: "weight" | "class") =>
    label(key === "weight" ? DIMENSION_HEADERS[4] : DIMENSION_HEADERS[3], lang);
  ops.push({
    kind: "table",
    sheet,
    name: DIMENSIONS_TABLE,
    origin: "E1",
    columns: dimHeaders.map((h, i) => ({
      header: h,
      width: i === 5 || i === 4 ? 10 : 13,
      numFmt: i >= 4 ? NUM_FMT.percent : undefined,
      formula: i === 5 ? effectiveWeightFormula(DIMENSIONS_TABLE, header) : undefined,
      values: i === 5 ? state.dimensions.map((d) => weights.get(String(d[0])) ?? "") : undefined,
    })),
    rows: state.dimensions.map((d) => [...d.slice(0, 5), undefined]),
  });
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

  ops.push({
    kind: "table",
    sheet,
    name: HOLIDAYS_TABLE,
    origin: "L1",
    columns: [{ header: label(HOLIDAY_HEADER, lang), numFmt: NUM_FMT.date, width: 12 }],
    rows: state.holidays.map((h) => [h]),
  });
  ops.push({ kind: "name", name: HOLIDAYS_NAME, formula: `${p}$L$2:$L$${HOLIDAY_CAPACITY + 1}` });
  ops.push({ kind: "validation", sheet, range: `L2:L${HOLIDAY_CAPACITY + 1}`, rule: { type: "date" } });
  ops.push({ kind: "columnWidths", sheet, widths: [22, 34, 14] });
  return ops;
}
