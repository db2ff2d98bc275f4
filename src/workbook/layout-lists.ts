import type { Lang, ListKey } from "../domain/schema/types";
import { label } from "../domain/schema/types";
import { LISTS } from "../domain/schema/lists";
import { columnLetter, sheetPrefix } from "./a1";
import { listName } from "./names";
import type { FoundCells } from "./changed-cells";
import { changedCells } from "./changed-cells";
import type { PlanCell, PlanOp } from "./plan-types";

/** How far down a list may grow on the Lists sheet and still feed its dropdown. */
export const LIST_CAPACITY = 2000;

/**
 * The Lists sheet: one column per list, header in row 1, values below. Each dropdown reads its list through a
 * defined name that grows with the column: OFFSET('Lists'!$A$2,0,0,MAX(1,COUNTA('Lists'!$A$2:$A$2001)),1).
 * Against a sheet as read (`found`), only the cells that differ are written.
 */
export function listsOps(
  sheet: string,
  values: ReadonlyMap<ListKey, readonly string[]>,
  lang: Lang,
  found?: FoundCells,
): PlanOp[] {
  const depth = Math.max(...LISTS.map((l) => values.get(l.key)?.length ?? 0));
  const rows: PlanCell[][] = [LISTS.map((l) => label(l, lang))];
  for (let i = 0; i < depth; i++) rows.push(LISTS.map((l) => values.get(l.key)?.[i]));
  const ops: PlanOp[] = [
    { kind: "sheet", name: sheet, freezeRows: 1 },
    ...changedCells(sheet, "A1", rows, found, { headerRow: true }),
    ...(found ? [] : [{ kind: "columnWidths", sheet, widths: LISTS.map(() => 14) } as const]),
  ];
  LISTS.forEach((l, i) => {
    const col = columnLetter(i + 1);
    const p = sheetPrefix(sheet);
    ops.push({
      kind: "name",
      name: listName(l.key),
      formula: `OFFSET(${p}$${col}$2,0,0,MAX(1,COUNTA(${p}$${col}$2:$${col}$${LIST_CAPACITY + 1})),1)`,
    });
  });
  return ops;
}
