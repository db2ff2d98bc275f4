/**
 * Worklist rules on the issue log (DOMAIN.md §1.1, §3.1; source 002 steps 3–5).
 */
import { numberOf, textOf } from "../report/cells";
import type { RecordRow } from "../schema/types";
import { ISSUE_STATUS, URGENCY } from "../schema/values";
import type { Settings } from "../settings";
import { dueAt } from "../sla";
import { addWorkdays } from "../working-days";
import type { Obligation, TodoKind } from "./todo-types";

/** Scores at or below this are 不满意 (002: 满意 = 5, 基本满意 = 4, 不满意 ≤ 3). */
const UNSATISFIED_MAX = 3;
/** Working days after completion within which the satisfaction call is made (002 step 5). */
const SATISFACTION_CALL_WORKDAYS = 3;

function issueObligation(issue: RecordRow, record: number, kind: TodoKind, deadline: number | undefined): Obligation {
  return {
    kind,
    table: "issues",
    record,
    id: textOf(issue.id),
    deadline,
    allDay: false,
    owner: textOf(issue.handler) ?? textOf(issue.ownerDept),
    team: textOf(issue.team),
  };
}

/**
 * The SLA of an open issue (DOMAIN.md §3.1): 重大 without firstResponseAt → `majorNoResponse` due at receivedAt +
 * 4 h (the contingency plan starts within 4 h); 紧急 and 一般 without completedAt → `slaUrgent` / `slaNormal` due
 * at 处理时限. A closed issue (已关闭) owes nothing.
 */
function slaObligation(issue: RecordRow, record: number, settings: Settings): Obligation | undefined {
  if (textOf(issue.status) === ISSUE_STATUS.closed) return undefined;
  const due = dueAt(issue, settings.rules, settings.holidays);
  if (due === undefined) return undefined;
  switch (issue.urgency) {
    case URGENCY.major:
      return numberOf(issue.firstResponseAt) === undefined
        ? issueObligation(issue, record, "majorNoResponse", due)
        : undefined;
    case URGENCY.urgent:
    case URGENCY.normal:
      return numberOf(issue.completedAt) === undefined
        ? issueObligation(issue, record, issue.urgency === URGENCY.urgent ? "slaUrgent" : "slaNormal", due)
        : undefined;
    default:
      return undefined;
  }
}

/**
 * 002 step 5: a completed issue (completedAt set, not 已关闭) whose 客户满意度 is blank and that no follow-up call
 * (followups.issueId) has reached owes a satisfaction call, due completedAt + 3 working days (clock time kept).
 */
function satisfactionCallObligation(
  issue: RecordRow,
  record: number,
  called: ReadonlySet<string>,
  holidays: readonly number[],
): Obligation | undefined {
  const completedAt = numberOf(issue.completedAt);
  if (completedAt === undefined || textOf(issue.status) === ISSUE_STATUS.closed) return undefined;
  if (numberOf(issue.satisfaction) !== undefined) return undefined;
  const id = textOf(issue.id);
  if (id !== undefined && called.has(id)) return undefined;
  const deadline = addWorkdays(completedAt, SATISFACTION_CALL_WORKDAYS, holidays);
  return issueObligation(issue, record, "satisfactionCall", deadline);
}

/** DOMAIN.md §1.1: a 不满意 result (客户满意度 ≤ 3) reopens the issue; one whose status is not 处理中 is due now. */
function unsatisfiedObligation(issue: RecordRow, record: number): Obligation | undefined {
  const score = numberOf(issue.satisfaction);
  if (score === undefined || score > UNSATISFIED_MAX) return undefined;
  if (textOf(issue.status) === ISSUE_STATUS.open) return undefined;
  return issueObligation(issue, record, "unsatisfiedNotReopened", undefined);
}

/**
 * Every open obligation of the issue log. `calledIssueIds` are the issue ids that a follow-up call with a callDate
 * refers to (they have had their satisfaction call).
 */
export function issueObligations(
  issues: readonly RecordRow[],
  calledIssueIds: ReadonlySet<string>,
  settings: Settings,
): Obligation[] {
  const out: Obligation[] = [];
  issues.forEach((issue, record) => {
    const found = [
      slaObligation(issue, record, settings),
      satisfactionCallObligation(issue, record, calledIssueIds, settings.holidays),
      unsatisfiedObligation(issue, record),
    ];
    for (const o of found) if (o) out.push(o);
  });
  return out;
}
