/**
 * The daily worklist (待办): obligations with a deadline that the seeds set on issues, follow-up calls and the
 * improvement plan (002 steps 3–5, 003 §2.5, 000 §2.4), as found in the records.
 */
import type { TableKey } from "../schema/types";

/** What is due, one kind per rule; the order here is the order the worklist shows its groups in. */
export const TODO_KINDS = [
  "majorNoResponse",
  "slaUrgent",
  "slaNormal",
  "unsatisfiedNotReopened",
  "satisfactionCall",
  "followUpHandOver",
  "followUpRecontact",
  "improvementDue",
  "recheckDue",
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

/**
 * One obligation. `deadline` is an Excel serial; with `allDay` it is a date (due by the end of that day).
 * `late` is how late it is at the as-of time in days: positive when late, zero or negative while still due (for an
 * all-day deadline whole days: 0 = due today). Without a deadline (a 不满意 result not reopened) it is due now.
 */
export interface TodoItem {
  readonly kind: TodoKind;
  readonly table: TableKey;
  /** The record's index in the table's records as read (0-based). */
  readonly record: number;
  readonly id: string | undefined;
  readonly deadline: number | undefined;
  readonly allDay: boolean;
  readonly late: number | undefined;
  readonly owner: string | undefined;
  readonly team: string | undefined;
}

/** An open obligation before the as-of filter: the rule's facts without `late`. */
export type Obligation = Omit<TodoItem, "late">;
