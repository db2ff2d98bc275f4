/**
 * Worklist rules on the improvement plan (DOMAIN.md §1.5, §7; source 000 §2.4): a measure is due by its 完成时限,
 * and a finished measure is re-evaluated by its 复评日期.
 */
import { numberOf, textOf } from "../report/cells";
import { dayOf } from "../serial";
import type { RecordRow } from "../schema/types";
import { IMPROVEMENT_STATUS } from "../schema/values";
import type { Obligation, TodoKind } from "./todo-types";

function obligation(row: RecordRow, record: number, kind: TodoKind, date: number): Obligation {
  return {
    kind,
    table: "improvements",
    record,
    id: textOf(row.id),
    deadline: dayOf(date),
    allDay: true,
    owner: textOf(row.owner) ?? textOf(row.ownerDept),
    team: textOf(row.ownerDept),
  };
}

/**
 * `improvementDue` for a measure not yet finished (status 未开始, 进行中 or blank) with a 完成时限;
 * `recheckDue` for a finished measure (已完成, not yet 已验证) with a 复评日期 and no 复评结果.
 */
export function improvementObligations(rows: readonly RecordRow[]): Obligation[] {
  const out: Obligation[] = [];
  rows.forEach((row, record) => {
    const status = textOf(row.status);
    const due = numberOf(row.dueDate);
    const recheck = numberOf(row.recheckDate);
    const open =
      status === undefined || status === IMPROVEMENT_STATUS.notStarted || status === IMPROVEMENT_STATUS.inProgress;
    if (open && due !== undefined) out.push(obligation(row, record, "improvementDue", due));
    if (status === IMPROVEMENT_STATUS.done && recheck !== undefined && textOf(row.recheckResult) === undefined) {
      out.push(obligation(row, record, "recheckDue", recheck));
    }
  });
  return out;
}
