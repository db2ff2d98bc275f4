import type { ListKey } from "../domain/schema/types";
import type { RuleSettings } from "../domain/settings";

/**
 * Defined names of the workbook. Formulas read every threshold through these, so a manager's edit on the Settings
 * or Lists sheet takes effect in every calculated cell.
 */
export function settingName(key: keyof RuleSettings): string {
  return `S_${key}`;
}

export function weightName(dimensionKey: string): string {
  return `W_${dimensionKey}`;
}

export function listName(key: ListKey): string {
  return `L_${key}`;
}

export const HOLIDAYS_NAME = "S_holidays";
