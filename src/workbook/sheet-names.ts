import type { Lang, TableKey } from "../domain/schema/types";
import { label } from "../domain/schema/types";
import { tableSpecs } from "../domain/schema";
import { DEFAULT_DIMENSIONS } from "../domain/settings";

export type SheetKey = TableKey | "lists" | "settings";

export const LISTS_SHEET = { zh: "列表", en: "Lists" } as const;
export const SETTINGS_SHEET = { zh: "设置", en: "Settings" } as const;

/** Sheet labels by key, in workbook order: the five record tables, then Lists and Settings. */
export function sheetLabels(): readonly { key: SheetKey; zh: string; en: string }[] {
  return [
    ...tableSpecs(DEFAULT_DIMENSIONS).map((t) => ({ key: t.key, ...t.sheet })),
    { key: "lists", ...LISTS_SHEET },
    { key: "settings", ...SETTINGS_SHEET },
  ];
}

/** The sheet name to use for each key: an existing sheet in either language, else the label in `lang`. */
export function resolveSheetNames(existing: readonly string[], lang: Lang): Readonly<Record<SheetKey, string>> {
  const names = {} as Record<SheetKey, string>;
  for (const s of sheetLabels()) {
    names[s.key] = existing.find((e) => e === s.zh || e === s.en) ?? label(s, lang);
  }
  return names;
}
