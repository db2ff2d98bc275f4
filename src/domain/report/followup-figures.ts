/**
 * The month's follow-up call figures (DOMAIN.md §3.2, §2.4, source 003): calls, needing follow-up, closed, timely,
 * overdue follow-ups and the NPS-style index.
 */
import { followUpNeeded, callTimely, recontactDueAt } from "../followups";
import type { RecordRow } from "../schema/types";
import { YES_NO } from "../schema/values";
import { npsIndex } from "../scores";
import { periodRange } from "./period";
import type { Settings } from "../settings";
import { inRange, numberOf, textOf } from "./cells";

export interface FollowupFigures {
  /** Calls whose callDate is in the month. */
  readonly total: number;
  /** 需跟进 = 是. */
  readonly needsFollowUp: number;
  /** closedAt not blank. */
  readonly closed: number;
  /** 回访及时 = 是. */
  readonly timely: number;
  /**
   * Calls needing follow-up whose customer was not re-contacted in time: closedAt after 再次联系时限, or closedAt
   * blank and the end of the month after it (DOMAIN.md §3.2, §5 "follow-up figures: … overdue").
   */
  readonly overdue: number;
  readonly npsIndex: number | undefined;
}

function isOverdue(row: RecordRow, needs: string, asOf: number, settings: Settings): boolean {
  const due = recontactDueAt({ callDate: row["callDate"], needs }, settings.rules, settings.holidays);
  if (due === undefined) return false;
  const closedAt = numberOf(row["closedAt"]);
  return closedAt !== undefined ? closedAt > due : asOf > due;
}

/**
 * The follow-up figures of `month` (DOMAIN.md §3.2): calls by callDate; needsFollowUp by `followUpNeeded`,
 * timely by `callTimely`, closed when closedAt is not blank, overdue as described on `FollowupFigures`, and the
 * NPS-style index of their 1–10 overall (`npsIndex`, §2.4), as of the end of the month.
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function followupFigures(followups: readonly RecordRow[], settings: Settings, month: string): FollowupFigures {
  const range = periodRange(month);
  const { rules, holidays } = settings;
  const calls = followups.filter((r) => inRange(r["callDate"], range));
  let needsFollowUp = 0;
  let closed = 0;
  let timely = 0;
  let overdue = 0;
  for (const row of calls) {
    const needs = followUpNeeded(row, rules);
    if (needs === YES_NO.yes) needsFollowUp += 1;
    if (textOf(row["closedAt"]) !== undefined) closed += 1;
    if (callTimely(row, rules, holidays) === YES_NO.yes) timely += 1;
    if (isOverdue(row, needs, range.end, settings)) overdue += 1;
  }
  return {
    total: calls.length,
    needsFollowUp,
    closed,
    timely,
    overdue,
    npsIndex: npsIndex(
      calls.map((r) => r["overall"]),
      rules,
    ),
  };
}
