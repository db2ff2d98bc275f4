/**
 * 问题解决周期 (issue 15 item 4, source 001 "问题解决与结果"): hours from receipt to completion of the period's
 * issues, per urgency and in all; and the issues whose customer result is 不满意 but which were closed anyway
 * (002 step 5: 不满意 reopens the issue).
 */
import type { RecordRow } from "../schema/types";
import { ISSUE_STATUS, URGENCY } from "../schema/values";
import { inRange, numberOf, textOf } from "./cells";
import type { Urgency } from "./sla-figures";

/** 不满意 is a 客户满意度 of 3 or less (DOMAIN.md §1.1: 满意 = 5, 基本满意 = 4, 不满意 ≤ 3). */
export const DISSATISFIED_MAX = 3;

export interface ResolutionFigures {
  /** Issues of the period with a completion time. */
  readonly completed: number;
  readonly meanHours: number | undefined;
  readonly medianHours: number | undefined;
}

export interface ResolutionReport {
  readonly all: ResolutionFigures;
  readonly byUrgency: Readonly<Record<Urgency, ResolutionFigures>>;
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
 * 问题解决周期 of the issues received in `range` whose receivedAt is a number and whose completedAt is a number
 * > 0: (completedAt − receivedAt) × 24 hours, their mean and median, in all and per urgency.
 */
export function resolutionFigures(
  issues: readonly RecordRow[],
  range: { readonly start: number; readonly end: number },
): ResolutionReport {
  const all: number[] = [];
  const by = new Map<Urgency, number[]>(Object.values(URGENCY).map((u) => [u, []]));
  for (const row of issues) {
    const received = row["receivedAt"];
    const completed = numberOf(row["completedAt"]);
    if (!inRange(received, range) || typeof received !== "number" || completed === undefined || completed <= 0)
      continue;
    const hours = (completed - received) * 24;
    all.push(hours);
    by.get(textOf(row["urgency"]) as Urgency)?.push(hours);
  }
  const byUrgency = {} as Record<Urgency, ResolutionFigures>;
  for (const [u, hours] of by) byUrgency[u] = figuresOf(hours);
  return { all: figuresOf(all), byUrgency };
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
