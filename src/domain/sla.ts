/**
 * Issue deadlines and overdue flags (DOMAIN.md §3.1, source 002 step 3).
 * Dates are Excel serials; a cell that is not a number is "no data".
 */
import type { CellValue } from "./schema/types";
import { URGENCY, YES_NO } from "./schema/values";
import type { RuleSettings } from "./settings";
import { addWorkdays } from "./working-days";

type YesNo = (typeof YES_NO)[keyof typeof YES_NO];

/** The fields of an issue that its deadline depends on. */
export interface SlaIssue {
  readonly receivedAt?: CellValue;
  readonly urgency?: CellValue;
  readonly firstResponseAt?: CellValue;
  readonly completedAt?: CellValue;
}

function num(value: CellValue): number | undefined {
  return typeof value === "number" ? value : undefined;
}

/**
 * 处理时限 (DOMAIN.md §3.1): 一般 → `addWorkdays(receivedAt, slaNormalWorkdays)`; 紧急 → `receivedAt +
 * slaUrgentHours / 24`; 重大 → `receivedAt + slaMajorHours / 24`. Undefined without a receivedAt or a known urgency.
 */
export function dueAt(issue: SlaIssue, rules: RuleSettings, holidays: readonly number[]): number | undefined {
  const receivedAt = num(issue.receivedAt);
  if (receivedAt === undefined) return undefined;
  switch (issue.urgency) {
    case URGENCY.normal:
      return addWorkdays(receivedAt, rules.slaNormalWorkdays, holidays);
    case URGENCY.urgent:
      return receivedAt + rules.slaUrgentHours / 24;
    case URGENCY.major:
      return receivedAt + rules.slaMajorHours / 24;
    default:
      return undefined;
  }
}

/**
 * Excel's `ROUND(x, 0)`: halves go away from zero (`Math.round` sends -0.5 to -0). Never returns -0.
 */
function roundHalfAwayFromZero(x: number): number {
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r;
}

/**
 * 响应时长(秒) (DOMAIN.md §1.1): `ROUND((firstResponseAt − receivedAt) × 86400, 0)`; negative when the response is
 * recorded before the receipt; undefined when either time is blank.
 */
export function responseSeconds(issue: Pick<SlaIssue, "receivedAt" | "firstResponseAt">): number | undefined {
  const receivedAt = num(issue.receivedAt);
  const firstResponseAt = num(issue.firstResponseAt);
  if (receivedAt === undefined || firstResponseAt === undefined) return undefined;
  return roundHalfAwayFromZero((firstResponseAt - receivedAt) * 86400);
}

/**
 * 是否超时 (DOMAIN.md §3.1). The "met when" time is firstResponseAt for 重大 and completedAt otherwise.
 * Known: 是 when it is after dueAt, else 否. Blank: 是 when `asOf` is after dueAt, else undefined (not known yet).
 */
export function overdue(
  issue: SlaIssue,
  asOf: number,
  rules: RuleSettings,
  holidays: readonly number[],
): YesNo | undefined {
  const due = dueAt(issue, rules, holidays);
  if (due === undefined) return undefined;
  const met = num(issue.urgency === URGENCY.major ? issue.firstResponseAt : issue.completedAt);
  if (met !== undefined) return met > due ? YES_NO.yes : YES_NO.no;
  return asOf > due ? YES_NO.yes : undefined;
}

/** On-time rate (DOMAIN.md §3.1) = count(否) / (count(是) + count(否)); undefined when both counts are 0. */
export function onTimeRate(flags: readonly CellValue[]): number | undefined {
  let late = 0;
  let onTime = 0;
  for (const flag of flags) {
    if (flag === YES_NO.yes) late += 1;
    else if (flag === YES_NO.no) onTime += 1;
  }
  const known = late + onTime;
  return known === 0 ? undefined : onTime / known;
}
