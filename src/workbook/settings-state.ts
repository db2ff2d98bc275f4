import type { CellValue } from "../domain/schema/types";
import { DIMENSION_CLASS } from "../domain/schema/values";
import type { Dimension, DimensionClass, RuleSettings, Settings } from "../domain/settings";
import { DEFAULT_SETTINGS, SETTING_SPECS } from "../domain/settings";

/**
 * The Settings sheet as cells: what a user typed is carried as it is (never replaced by a default), and parsed into
 * typed Settings separately, so set-up can never overwrite a manager's value.
 */
export interface SettingsState {
  readonly rules: ReadonlyMap<keyof RuleSettings, CellValue>;
  /** Dimension rows: key, Chinese label, English label, class, explicit weight. */
  readonly dimensions: readonly (readonly CellValue[])[];
  readonly holidays: readonly CellValue[];
}

export interface SettingsProblem {
  readonly key: string;
  readonly value: CellValue;
  readonly expected: string;
}

export function settingsStateOf(settings: Settings): SettingsState {
  return {
    rules: new Map(SETTING_SPECS.map((s) => [s.key, settings.rules[s.key]])),
    dimensions: settings.dimensions.map((d) => [d.key, d.zh, d.en, d.class, d.weight]),
    holidays: settings.holidays,
  };
}

/** Existing values win; missing rules, and all dimensions when the workbook has none, come from the defaults. */
export function mergeSettingsState(existing: Partial<SettingsState>, defaults: SettingsState): SettingsState {
  const rules = new Map(defaults.rules);
  for (const [k, v] of existing.rules ?? []) if (rules.has(k)) rules.set(k, v);
  const dimensions = existing.dimensions && existing.dimensions.length > 0 ? existing.dimensions : defaults.dimensions;
  const holidays = [...(existing.holidays ?? [])];
  for (const h of defaults.holidays) if (!holidays.includes(h)) holidays.push(h);
  return { rules, dimensions, holidays };
}

const text = (v: CellValue) => (v === undefined ? "" : String(v).trim());

/** Typed settings; a value of the wrong type falls back to the default and is reported. */
export function parseSettings(state: SettingsState): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const rules: Record<string, unknown> = { ...DEFAULT_SETTINGS.rules };
  for (const spec of SETTING_SPECS) {
    const v = state.rules.get(spec.key);
    if (spec.kind === "text") {
      if (text(v) !== "") rules[spec.key] = text(v);
    } else if (spec.kind === "dateTime") {
      if (typeof v === "number") rules[spec.key] = v;
      else if (text(v) !== "") problems.push({ key: spec.key, value: v, expected: "date-time or blank" });
      else rules[spec.key] = undefined;
    } else if (typeof v === "number") {
      rules[spec.key] = v;
    } else {
      problems.push({ key: spec.key, value: v, expected: spec.kind === "percent" ? "percentage" : "number" });
    }
  }
  const dimensions: Dimension[] = [];
  for (const row of state.dimensions) {
    const [key, zh, en, cls, weight] = row;
    if (text(key) === "") continue;
    const c = text(cls) === DIMENSION_CLASS.core ? DIMENSION_CLASS.core : DIMENSION_CLASS.auxiliary;
    if (text(cls) !== DIMENSION_CLASS.core && text(cls) !== DIMENSION_CLASS.auxiliary) {
      problems.push({
        key: `dimension ${text(key)}`,
        value: cls,
        expected: `${DIMENSION_CLASS.core} or ${DIMENSION_CLASS.auxiliary}`,
      });
    }
    dimensions.push({
      key: text(key),
      zh: text(zh) || text(key),
      en: text(en) || text(zh) || text(key),
      class: c as DimensionClass,
      weight: typeof weight === "number" ? weight : undefined,
    });
  }
  const holidays = state.holidays.filter((h): h is number => typeof h === "number");
  return { settings: { rules: rules as unknown as RuleSettings, dimensions, holidays }, problems };
}
