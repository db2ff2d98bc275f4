/**
 * Worklist rules on the follow-up calls (DOMAIN.md §1.3, §3.2; source 003 §2.5): a call that needs follow-up is
 * handed to the responsible department within 24 h, and once the department has acted (处理结果 written) the customer
 * is re-contacted within 3 working days and the call closed (闭环日期).
 */
import { followUpNeeded, recontactDueAt, syncDueAt } from "../followups";
import { numberOf, textOf } from "../report/cells";
import type { RecordRow } from "../schema/types";
import { YES_NO } from "../schema/values";
import type { Settings } from "../settings";
import type { Obligation, TodoKind } from "./todo-types";

/**
 * One obligation per open call that needs follow-up (需跟进 = 是, 闭环日期 blank): `followUpHandOver` due at
 * 同步责任部门时限 while 处理结果 is blank, else `followUpRecontact` due at 再次联系时限.
 */
export function followUpObligations(calls: readonly RecordRow[], settings: Settings): Obligation[] {
  const out: Obligation[] = [];
  calls.forEach((call, record) => {
    if (numberOf(call.closedAt) !== undefined) return;
    const needs = followUpNeeded(call, settings.rules);
    if (needs !== YES_NO.yes) return;
    const input = { callDate: call.callDate, needs };
    const handedOver = textOf(call.resolution) !== undefined;
    const kind: TodoKind = handedOver ? "followUpRecontact" : "followUpHandOver";
    const deadline = handedOver
      ? recontactDueAt(input, settings.rules, settings.holidays)
      : syncDueAt(input, settings.rules);
    if (deadline === undefined) return;
    out.push({
      kind,
      table: "followups",
      record,
      id: textOf(call.id),
      deadline,
      allDay: false,
      owner: textOf(call.caller),
      team: undefined,
    });
  });
  return out;
}

/** The issue ids that a follow-up call with a callDate refers to. */
export function calledIssueIds(calls: readonly RecordRow[]): Set<string> {
  const ids = new Set<string>();
  for (const call of calls) {
    const issueId = textOf(call.issueId);
    if (issueId !== undefined && numberOf(call.callDate) !== undefined) ids.add(issueId);
  }
  return ids;
}
