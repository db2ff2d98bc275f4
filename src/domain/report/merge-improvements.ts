/**
 * Appending a month's drafts to the improvement plan (DOMAIN.md §7): never twice, never over what a person typed.
 */
import type { RecordRow } from "../schema/types";
import { monthRange } from "../serial";
import { textOf } from "./cells";
import { draftKey } from "./improvement-origin";
import type { ImprovementDraft } from "./improvement-drafts";
import { monthOfCell } from "./month";

export interface MergedImprovements {
  /** The existing rows, unchanged and in order, then the added rows. */
  readonly rows: readonly RecordRow[];
  /** The rows added for new drafts, in draft order. */
  readonly added: readonly RecordRow[];
}

/** `IMP-YYYYMM-NN` (DOMAIN.md §1.5): at least two digits. */
export function improvementId(month: string, seq: number): string {
  return `IMP-${month.replace("-", "")}-${String(seq).padStart(2, "0")}`;
}

/** The highest NN of the ids `IMP-YYYYMM-NN` of `month` among the rows; 0 when there are none. */
function highestSeq(rows: readonly RecordRow[], month: string): number {
  const pattern = new RegExp(`^IMP-${month.replace("-", "")}-(\\d+)$`, "u");
  let highest = 0;
  for (const row of rows) {
    const match = pattern.exec(textOf(row["id"]) ?? "");
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

/** A row of the same month and origin whose 依据 starts with the draft's key, or whose 问题描述 is the draft's. */
function sameDraft(row: RecordRow, draft: ImprovementDraft, month: string): boolean {
  if (monthOfCell(row["month"]) !== month || textOf(row["origin"]) !== draft.origin) return false;
  const evidence = textOf(row["evidence"]);
  return (
    (evidence !== undefined && evidence.startsWith(draftKey(draft.origin, draft.subject))) ||
    textOf(row["problem"]) === draft.problem
  );
}

/**
 * The improvement plan with `drafts` of `month` merged in (DOMAIN.md §7). A draft is the same row as an existing
 * one when the row's 来源月份 is `month`, its 来源 is the draft's origin and its 依据 starts with
 * `draftKey(origin, subject)` (or its 问题描述 equals the draft's): then nothing is added and the row is left as it
 * is. Drafts repeated in `drafts` are added once. Existing rows are returned unchanged (the same objects), so
 * 改进措施, 责任人, 状态 and 复评 fields a person typed are never overwritten. New rows get the ids
 * `IMP-YYYYMM-NN` after the highest NN of that month among the existing ids, 来源月份 `month`, and the draft's
 * origin, problem, evidence, ownerDept, dueDate, status and recheckDate; the other fields stay blank.
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function mergeImprovementDrafts(
  existingRows: readonly RecordRow[],
  drafts: readonly ImprovementDraft[],
  month: string,
): MergedImprovements {
  monthRange(month);
  const added: RecordRow[] = [];
  let seq = highestSeq(existingRows, month);
  for (const draft of drafts) {
    const known = (row: RecordRow) => sameDraft(row, draft, month);
    if (existingRows.some(known) || added.some(known)) continue;
    seq += 1;
    added.push({
      id: improvementId(month, seq),
      month,
      origin: draft.origin,
      problem: draft.problem,
      evidence: draft.evidence,
      ownerDept: draft.ownerDept,
      dueDate: draft.dueDate,
      status: draft.status,
      recheckDate: draft.recheckDate,
    });
  }
  return { rows: [...existingRows, ...added], added };
}
