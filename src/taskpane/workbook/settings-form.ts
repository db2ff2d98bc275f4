/**
 * The 设置 panel's form: the Settings and Lists sheets as the text the user edits (percentages as 60, not 0.6;
 * date-times as YYYY-MM-DD HH:mm), and back to the typed edit the update-settings use case checks and writes.
 */
import { LISTS } from "../../domain/schema/lists";
import type { CellValue, ListKey } from "../../domain/schema/types";
import { formatSerial, serialFromParts } from "../../domain/serial";
import { SETTING_SPECS, type RuleSettings, type SettingKind } from "../../domain/settings";
import type { DimensionDraft, SettingsEdit } from "../../use-cases/update-settings";
import type { SettingsSnapshot } from "./workbook-actions";

export interface DimensionRow {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly class: string;
  /** Percent text; blank: the class share split equally. */
  readonly weight: string;
}

export interface SettingsForm {
  readonly rules: Readonly<Record<keyof RuleSettings, string>>;
  readonly dimensions: readonly DimensionRow[];
  /** One value a line. */
  readonly lists: Readonly<Record<ListKey, string>>;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/;

function textOf(value: CellValue, kind: SettingKind): string {
  if (value === undefined) return "";
  if (typeof value !== "number") return value;
  if (kind === "percent") return String(Number((value * 100).toPrecision(12)));
  if (kind === "dateTime") return formatSerial(value, true);
  return String(value);
}

/** A typed value from the user's text; text that is not of the kind is passed on as typed, for the check to name. */
export function valueOf(text: string, kind: SettingKind): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (kind === "text") return trimmed;
  if (kind === "dateTime") {
    const m = DATE_TIME.exec(trimmed);
    return m
      ? serialFromParts(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0))
      : trimmed;
  }
  const number = trimmed.replace(/%$/, "").trim();
  if (!NUMBER.test(number)) return trimmed;
  return kind === "percent" ? Number(number) / 100 : Number(number);
}

export function formOf(snapshot: SettingsSnapshot): SettingsForm {
  const rules = Object.fromEntries(
    SETTING_SPECS.map((spec) => [spec.key, textOf(snapshot.rules[spec.key], spec.kind)]),
  ) as Record<keyof RuleSettings, string>;
  const dimensions = snapshot.dimensions.map((d) => ({
    key: d.key,
    zh: d.zh,
    en: d.en,
    class: d.class === undefined ? "" : String(d.class),
    weight: textOf(d.weight, "percent"),
  }));
  const lists = Object.fromEntries(
    LISTS.map((spec) => [spec.key, (snapshot.lists[spec.key] ?? spec.values).join("\n")]),
  ) as Record<ListKey, string>;
  return { rules, dimensions, lists };
}

const draftOf = (row: DimensionRow): DimensionDraft => ({
  key: row.key,
  zh: row.zh,
  en: row.en,
  class: row.class,
  weight: valueOf(row.weight, "percent"),
});

/** What changed between the form as read and as edited; untouched values are not written again. */
export function editOf(form: SettingsForm, initial: SettingsForm): SettingsEdit {
  const rules: Partial<Record<keyof RuleSettings, CellValue>> = {};
  for (const spec of SETTING_SPECS) {
    if (form.rules[spec.key] !== initial.rules[spec.key]) rules[spec.key] = valueOf(form.rules[spec.key], spec.kind);
  }
  const dimensionsChanged = JSON.stringify(form.dimensions) !== JSON.stringify(initial.dimensions);
  const lists: Partial<Record<ListKey, readonly string[]>> = {};
  for (const spec of LISTS) {
    if (form.lists[spec.key] !== initial.lists[spec.key]) lists[spec.key] = form.lists[spec.key].split(/\r?\n/);
  }
  return {
    rules,
    dimensions: dimensionsChanged ? form.dimensions.map(draftOf) : undefined,
    lists,
  };
}

/** A key for a new dimension that no row has: d_custom1, d_custom2, … */
export function newDimensionKey(rows: readonly DimensionRow[]): string {
  const taken = new Set(rows.map((r) => r.key));
  let n = 1;
  while (taken.has(`d_custom${String(n)}`)) n++;
  return `d_custom${String(n)}`;
}
