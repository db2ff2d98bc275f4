/**
 * 问题解决周期 (issue 15 item 4, source 001 "问题解决与结果"): hours from receipt to completion of the period's
 * issues, per urgency, per team and in all, and for 一般 also in working time (DOMAIN.md §3.1's calendar); and the
 * issues whose customer result is 不满意 but which were closed anyway (002 step 5: 不满意 reopens the issue).
 */
import { compareText } from "../keywords/top-keywords";
import type { RecordRow } from "../schema/types";
import { ISSUE_STATUS, URGENCY } from "../schema/values";
import { dayOf } from "../serial";
import { workdaysAfter } from "../working-days";
import { inRange, numberOf, textOf } from "./cells";
import type { Urgency } from "./sla-figures";

/** 不满意 is a 客户满意度 of 3 or less (DOMAIN.md §1.1: 满意 = 5, 基本满意 = 4, 不满意 ≤ 3). */
export const DISSATISFIED_MAX = 3;

export interface ResolutionFigures {
  /** Issues of the period with a completion time. */
  readonly completed: number;
  readonly meanHours: number | undefined;
  /** The median (PERCENTILE.INC at 0.5: the middle value, or the mean of the two middle ones). */
  readonly medianHours: number | undefined;
}

export interface TeamResolution extends ResolutionFigures {
  readonly team: string;
  /** The team's text was masked by the report's privacy filter: its `*` stand for hidden characters. */
  readonly masked?: boolean;
}

export interface ResolutionReport {
  readonly all: ResolutionFigures;
  readonly byUrgency: Readonly<Record<Urgency, ResolutionFigures>>;
  /** Per 部门/团队 (non-blank) with a completed issue of the period, in text order. */
  readonly byTeam: readonly TeamResolution[];
  /** 一般 issues in working hours: weekends and holidays wholly between receipt and completion left out. */
  readonly normalWorking: ResolutionFigures;
}

function figuresOf(hours: readonly number[]): ResolutionFigures {
  if (hours.length === 0) return { completed: 0, meanHours: undefined, medianHours: undefined };
  const sorted = [...hours].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return {
    completed: hours.length,
    meanHours: hours.reduce((sum, h) => sum + h, 0) / hours.length,
    medianHours: median,
  };
}

/**
 * Working hours from `received` to `completed`: the elapsed time less 24 h for each day strictly between their days
 * that is a Saturday, a Sunday or on the holiday list (the calendar of WORKDAY and NETWORKDAYS, DOMAIN.md §3.1).
 * Received Friday 16:00, completed Monday 09:00: 65 h − 48 h = 17 h. The receipt's and completion's own days count
 * as they are, so the result is never negative.
 */
export function workingHours(received: number, completed: number, holidays: readonly number[]): number {
  const between = Math.max(0, dayOf(completed) - dayOf(received) - 1);
  const workdays = workdaysAfter(received, dayOf(completed) - 1, holidays);
  return (completed - received - (between - workdays)) * 24;
}

/**
 * 问题解决周期 of the issues received in `range` whose receivedAt is a number and whose completedAt is a number
 * > 0: (completedAt − receivedAt) × 24 hours, their mean and median, in all, per urgency and per team; for 一般 also
 * `workingHours` with the Settings `holidays`.
 */
export function resolutionFigures(
  issues: readonly RecordRow[],
  range: { readonly start: number; readonly end: number },
  holidays: readonly number[] = [],
): ResolutionReport {
  const all: number[] = [];
  const working: number[] = [];
  const by = new Map<Urgency, number[]>(Object.values(URGENCY).map((u) => [u, []]));
  const teams = new Map<string, number[]>();
  for (const row of issues) {
    const received = row["receivedAt"];
    const completed = numberOf(row["completedAt"]);
    if (!inRange(received, range) || typeof received !== "number" || completed === undefined || completed <= 0)
      continue;
    const hours = (completed - received) * 24;
    all.push(hours);
    const urgency = textOf(row["urgency"]);
    by.get(urgency as Urgency)?.push(hours);
    if (urgency === URGENCY.normal) working.push(workingHours(received, completed, holidays));
    const team = textOf(row["team"]);
    if (team === undefined) continue;
    const teamHours = teams.get(team);
    if (teamHours) teamHours.push(hours);
    else teams.set(team, [hours]);
  }
  const byUrgency = {} as Record<Urgency, ResolutionFigures>;
  for (const [u, hours] of by) byUrgency[u] = figuresOf(hours);
  const byTeam = [...teams]
    .sort((a, b) => compareText(a[0], b[0]))
    .map(([team, hours]) => ({ team, ...figuresOf(hours) }));
  return { all: figuresOf(all), byUrgency, byTeam, normalWorking: figuresOf(working) };
}

/** An issue whose 客户满意度 is 不满意 (≤ 3) but whose 归档状态 is 已完成 or 已关闭: it should have been reopened. */
export function isNotReopened(row: RecordRow): boolean {
  const satisfaction = numberOf(row["satisfaction"]);
  const status = textOf(row["status"]);
  return (
    satisfaction !== undefined &&
    satisfaction <= DISSATISFIED_MAX &&
    (status === ISSUE_STATUS.done || status === ISSUE_STATUS.closed)
  );
}

/** The issues received in `range` that are 不满意 but closed (`isNotReopened`): the report's 未重新处理. */
export function notReopenedCount(
  issues: readonly RecordRow[],
  range: { readonly start: number; readonly end: number },
): number {
  return issues.filter((r) => inRange(r["receivedAt"], range) && isNotReopened(r)).length;
}
