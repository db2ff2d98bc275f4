import type { ListKey } from "../domain/schema/types";
import type { ImportProblem } from "./import-types";

/**
 * The one-click fix of values outside a list (issue 13 item 4): each list with the distinct values an import found
 * outside it, in the order first met. Adding them to the Lists sheet makes those rows valid.
 */
export function listAdditions(problems: readonly ImportProblem[]): Map<ListKey, string[]> {
  const additions = new Map<ListKey, string[]>();
  for (const p of problems) {
    if (p.reason.kind !== "notInList" || p.value === undefined) continue;
    const value = String(p.value).trim();
    const values = additions.get(p.reason.list) ?? [];
    if (value !== "" && !values.includes(value)) values.push(value);
    additions.set(p.reason.list, values);
  }
  return additions;
}
