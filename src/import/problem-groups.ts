import type { CellValue } from "../domain/schema/types";
import type { ImportProblem } from "./import-types";

/**
 * Problems of one kind in one column (issue 13 item 4): 1,000 rows whose 问题类别 is 专业能力 are one group with its
 * count and first rows, not 1,000 lines. A value outside a list is its own group per value (each is one fix: add
 * it to the list, or correct it); other reasons group by column alone.
 */
export interface ProblemGroup {
  readonly column: string;
  readonly reason: ImportProblem["reason"];
  /** The value, when the group is one value (a list value); else the first row's. */
  readonly value: CellValue;
  readonly count: number;
  /** The first few source rows, ascending. */
  readonly rows: readonly number[];
}

/** Rows named per group. */
export const GROUP_ROWS_SHOWN = 5;

/** Problems grouped, groups in the order of their first row. */
export function groupProblems(problems: readonly ImportProblem[]): ProblemGroup[] {
  const groups = new Map<string, { first: ImportProblem; count: number; rows: number[] }>();
  for (const p of [...problems].sort((a, b) => a.row - b.row)) {
    const byValue = p.reason.kind === "notInList" ? String(p.value ?? "") : "";
    const key = JSON.stringify([p.column, p.reason, byValue]);
    const group = groups.get(key) ?? { first: p, count: 0, rows: [] };
    group.count++;
    if (group.rows.length < GROUP_ROWS_SHOWN) group.rows.push(p.row);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ first, count, rows }) => ({
    column: first.column,
    reason: first.reason,
    value: first.value,
    count,
    rows,
  }));
}
