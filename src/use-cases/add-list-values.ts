import type { Lang, ListKey } from "../domain/schema/types";
import type { WorkbookHost } from "../hosts/host";
import type { SettingsUpdate } from "./update-settings";
import { updateSettings } from "./update-settings";
import { readWorkbookState } from "./read-workbook";

/**
 * Adds values to lists of the Lists sheet (the import's one-click fix for values outside a list), keeping every
 * value the lists have; a value a list already has is not added twice.
 */
export async function addListValues(
  host: WorkbookHost,
  additions: ReadonlyMap<ListKey, readonly string[]>,
  lang: Lang,
): Promise<SettingsUpdate> {
  const state = await readWorkbookState(host, lang);
  const lists: Partial<Record<ListKey, readonly string[]>> = {};
  for (const [list, values] of additions) {
    const current = state.lists.get(list) ?? [];
    lists[list] = [...current, ...values.filter((v) => !current.includes(v))];
  }
  return updateSettings(host, { lists }, { lang });
}
