import { tableSpecs } from "../domain/schema";
import type { Lang, ListKey, TableKey } from "../domain/schema/types";
import type { Dimension } from "../domain/settings";
import { calculatedResults } from "./calculated-results";
import type { SettingsState } from "./settings-state";
import { parseSettings } from "./settings-state";
import { listsOps } from "./layout-lists";
import type { FoundCells } from "./changed-cells";
import type { SettingsFound } from "./layout-settings";
import { settingsOps } from "./layout-settings";
import type { TableContent } from "./layout-table";
import { tableOps } from "./layout-table";
import type { WorkbookPlan } from "./plan-types";
import type { SheetKey } from "./sheet-names";

export interface WorkbookContent {
  readonly lang: Lang;
  readonly sheetNames: Readonly<Record<SheetKey, string>>;
  readonly settings: SettingsState;
  /** The dimensions parsed from `settings`: they give the evaluation table its score columns. */
  readonly dimensions: readonly Dimension[];
  readonly lists: ReadonlyMap<ListKey, readonly string[]>;
  readonly tables: Readonly<Record<TableKey, TableContent>>;
  /** The Lists and Settings sheets as read: only what differs from them is written. */
  readonly found?: { readonly lists?: FoundCells; readonly settings?: SettingsFound };
}

/**
 * The structured workbook as a plan of changes against what was read (or, for a new workbook, of everything): the five record tables (DOMAIN.md §1.1–§1.5), then Lists and Settings
 * (§1.6). Lists and Settings come first in the op order so that every defined name exists before a formula uses it.
 */
export function buildWorkbookPlan(content: WorkbookContent): WorkbookPlan {
  const { lang, sheetNames, settings, dimensions } = content;
  const listAndSettings = [
    ...listsOps(sheetNames.lists, content.lists, lang, content.found?.lists),
    ...settingsOps(sheetNames.settings, settings, lang, content.found?.settings),
  ];
  const domain = { ...parseSettings(settings).settings, dimensions };
  const tables = tableSpecs(dimensions).flatMap((spec) =>
    tableOps(
      spec,
      sheetNames[spec.key],
      { ...content.tables[spec.key], results: calculatedResults(spec.key, domain) },
      dimensions,
      lang,
    ),
  );
  const order = Object.values(sheetNames);
  return { lang, ops: [...listAndSettings, ...tables, { kind: "sheetOrder", sheets: order }] };
}
