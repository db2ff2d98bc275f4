/**
 * The month's SLA figures (DOMAIN.md §3.1, source 002 step 3): issues by urgency, overdue and on-time rate.
 */
import type { RecordRow } from "../schema/types";
import { URGENCY, YES_NO } from "../schema/values";
import { periodRange } from "./period";
import type { Settings } from "../settings";
import { overdue } from "../sla";
import { inRange, textOf } from "./cells";

export type Urgency = (typeof URGENCY)[keyof typeof URGENCY];

export interface UrgencyFigures {
  readonly total: number;
  readonly overdue: number;
  readonly onTime: number;
  readonly onTimeRate: number | undefined;
}

export interface SlaFigures {
  readonly total: number;
  /** Issues whose 是否超时 is 是. */
  readonly overdue: number;
  /** Issues whose 是否超时 is 否. */
  readonly onTime: number;
  /** onTime / (overdue + onTime); undefined when both are 0. */
  readonly onTimeRate: number | undefined;
  readonly byUrgency: Readonly<Record<Urgency, UrgencyFigures>>;
}

const URGENCIES: readonly Urgency[] = Object.values(URGENCY);

/**
 * The SLA figures of `month` (DOMAIN.md §3.1): issues whose receivedAt is in the month, with `overdue` judged as
 * of the end of the month (`periodRange(month).end`). Issues of an unknown urgency count in `total` only.
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function slaFigures(issues: readonly RecordRow[], settings: Settings, month: string): SlaFigures {
  const range = periodRange(month);
  const tally = new Map<Urgency, { total: number; late: number; onTime: number }>(
    URGENCIES.map((u) => [u, { total: 0, late: 0, onTime: 0 }]),
  );
  let total = 0;
  let late = 0;
  let onTime = 0;
  for (const row of issues) {
    if (!inRange(row["receivedAt"], range)) continue;
    total += 1;
    const flag = overdue(row, range.end, settings.rules, settings.holidays);
    const t = tally.get(textOf(row["urgency"]) as Urgency);
    if (t) t.total += 1;
    if (flag === YES_NO.yes) {
      late += 1;
      if (t) t.late += 1;
    } else if (flag === YES_NO.no) {
      onTime += 1;
      if (t) t.onTime += 1;
    }
  }
  const rate = (onTimeCount: number, lateCount: number) =>
    onTimeCount + lateCount === 0 ? undefined : onTimeCount / (onTimeCount + lateCount);
  const byUrgency = {} as Record<Urgency, UrgencyFigures>;
  for (const [u, t] of tally)
    byUrgency[u] = { total: t.total, overdue: t.late, onTime: t.onTime, onTimeRate: rate(t.onTime, t.late) };
  return { total, overdue: late, onTime, onTimeRate: rate(onTime, late), byUrgency };
}
