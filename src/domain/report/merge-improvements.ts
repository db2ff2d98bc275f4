/**
 * Appending a month's drafts to the improvement plan (DOMAIN.md §7): never twice, never over what a person typed.
 */
import type { RecordRow } from "../schema/types";
import { monthRange } from "../serial";
import { textOf } from "./cells";
import { draftKey, IMPROVEMENT_ORIGIN } from "./improvement-origin";
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

export interface DraftSelection {
  /** Drafts not yet in the plan that this report adds, highest impact first: at most the room left. */
  readonly fresh: readonly ImprovementDraft[];
  /** Drafts already in the plan (the same month, origin and subject). */
  readonly known: number;
  /** Drafts not yet in the plan left out because the month's drafts reached `maxNew`. */
  readonly omitted: readonly ImprovementDraft[];
}

/**
 * Which of `drafts` (highest impact first) a report adds to the plan (issue 15: at most `maxNew` drafts per report,
 * the rest summarized). A draft already in the plan (`sameDraft`) is known and never added again; the room left is
 * `maxNew` minus the rows of `month` already drafted (any origin but 人工添加), so re-running a month never adds
 * more than `maxNew` drafts in all. Drafts repeated in `drafts` count once.
 */
export function selectNewDrafts(
  existingRows: readonly RecordRow[],
  drafts: readonly ImprovementDraft[],
  month: string,
  maxNew: number,
): DraftSelection {
  const monthRows = existingRows.filter((row) => monthOfCell(row["month"]) === month);
  const drafted = monthRows.filter((row) => {
    const origin = textOf(row["origin"]);
    return origin !== undefined && origin !== IMPROVEMENT_ORIGIN.manual;
  }).length;
  let room = Math.max(0, maxNew - drafted);
  const fresh: ImprovementDraft[] = [];
  const omitted: ImprovementDraft[] = [];
  let known = 0;
  for (const draft of drafts) {
    const same = (row: RecordRow) => sameDraft(row, draft, month);
    if (monthRows.some(same)) known += 1;
    else if (fresh.some((d) => sameKey(d, draft)) || omitted.some((d) => sameKey(d, draft))) continue;
    else if (room > 0) {
      fresh.push(draft);
      room -= 1;
    } else omitted.push(draft);
  }
  return { fresh, known, omitted };
}

const sameKey = (a: ImprovementDraft, b: ImprovementDraft) =>
  a.origin === b.origin && (draftKey(a.origin, a.subject) === draftKey(b.origin, b.subject) || a.problem === b.problem);

export interface MergeOptions {
  /** New drafts per month at most (`selectNewDrafts`). @default no limit */
  readonly maxNew?: number;
  /** 责任部门 → default 责任人 of a new row (Settings `deptOwners`). */
  readonly owners?: ReadonlyMap<string, string>;
}

/**
 * The improvement plan with `drafts` of `month` merged in (DOMAIN.md §7). A draft is the same row as an existing
 * one when the row's 来源月份 is `month`, its 来源 is the draft's origin and its 依据 starts with
 * `draftKey(origin, subject)` (or its 问题描述 equals the draft's): then nothing is added and the row is left as it
 * is. Drafts repeated in `drafts` are added once, and at most `options.maxNew` per month (`selectNewDrafts`).
 * Existing rows are returned unchanged (the same objects), so 改进措施, 责任人, 状态 and 复评 fields a person typed are
 * never overwritten. New rows get the ids `IMP-YYYYMM-NN` after the highest NN of that month among the existing
 * ids, 来源月份 `month`, the draft's origin, problem, evidence, ownerDept, dueDate, status and recheckDate, and
 * 责任人 from `options.owners` for the ownerDept; the other fields stay blank.
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function mergeImprovementDrafts(
  existingRows: readonly RecordRow[],
  drafts: readonly ImprovementDraft[],
  month: string,
  options: MergeOptions = {},
): MergedImprovements {
  monthRange(month);
  const { fresh } = selectNewDrafts(existingRows, drafts, month, options.maxNew ?? Number.POSITIVE_INFINITY);
  let seq = highestSeq(existingRows, month);
  const added = fresh.map((draft): RecordRow => {
    seq += 1;
    const row: RecordRow = {
      id: improvementId(month, seq),
      month,
      origin: draft.origin,
      problem: draft.problem,
      evidence: draft.evidence,
      ownerDept: draft.ownerDept,
      dueDate: draft.dueDate,
      status: draft.status,
      recheckDate: draft.recheckDate,
    };
    const owner = options.owners?.get(draft.ownerDept);
    return owner === undefined ? row : { ...row, owner };
  });
  return { rows: [...existingRows, ...added], added };
}
