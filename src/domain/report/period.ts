/**
 * Report periods (issue 15 item 1, source 004 §2.5 weekly and monthly reports, 000 §2.4 quarterly review): an ISO
 * week `2024-W10` (Monday first), a month `2024-03`, a quarter `2024Q1`, or a custom range of whole days
 * `2024-03-01~2024-03-15` (both days included). A period is a half-open serial range [start, end); DOMAIN.md's
 * month rules apply to any period. ISO weeks come from date-fns, computed in UTC.
 */
import { UTCDate } from "@date-fns/utc";
import { addDays, getISOWeek, getISOWeekYear, getISOWeeksInYear, setISOWeek, startOfISOWeek } from "date-fns";
import { monthKey, monthRange, serialFromParts, serialToParts } from "../serial";

export type PeriodKind = "week" | "month" | "quarter" | "range";

export interface Period {
  readonly kind: PeriodKind;
  /** The period's key, e.g. `2024-W10`. */
  readonly key: string;
  /** First moment of the period (serial). */
  readonly start: number;
  /** First moment after the period (serial). */
  readonly end: number;
}

const WEEK = /^(\d{4})-W(\d{2})$/u;
const QUARTER = /^(\d{4})Q([1-4])$/u;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const RANGE = /^(\d{4}-\d{2}-\d{2})~(\d{4}-\d{2}-\d{2})$/u;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function serialOfDate(date: Date): number {
  return serialFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function dateOfSerial(serial: number): UTCDate {
  const p = serialToParts(Math.floor(serial));
  return new UTCDate(p.year, p.month - 1, p.day);
}

/** The day serial of `YYYY-MM-DD`, or undefined when it is not a calendar date. */
export function daySerial(text: string): number | undefined {
  const match = DAY.exec(text);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const serial = serialFromParts(y, m, d);
  const p = serialToParts(serial);
  return p.year === y && p.month === m && p.day === d ? serial : undefined;
}

const formatDay = (serial: number) => {
  const p = serialToParts(serial);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
};

/** The key of the ISO week holding `serial`'s day: `2024-W10`. */
export function weekKey(serial: number): string {
  const date = dateOfSerial(serial);
  return `${pad(getISOWeekYear(date), 4)}-W${pad(getISOWeek(date))}`;
}

/** The key of the custom range from `from` to `to`, both days included: `2024-03-01~2024-03-15`. */
export function rangeKey(from: number, to: number): string {
  return `${formatDay(from)}~${formatDay(to)}`;
}

/**
 * The period of a key: `2024-W10`, `2024-03`, `2024Q1` or `2024-03-01~2024-03-15`.
 * @throws RangeError naming the accepted forms when `key` is none of them (a week past the year's last ISO week, a
 * month 13, a day that does not exist, a range that ends before it starts).
 */
export function parsePeriod(key: string): Period {
  const week = WEEK.exec(key);
  if (week) {
    const [year, n] = [Number(week[1]), Number(week[2])];
    const jan4 = new UTCDate(year, 0, 4);
    if (n < 1 || n > getISOWeeksInYear(jan4)) throw new RangeError(`not an ISO week of ${String(year)}: ${key}`);
    const start = serialOfDate(startOfISOWeek(setISOWeek(jan4, n)));
    return { kind: "week", key, start, end: start + 7 };
  }
  const quarter = QUARTER.exec(key);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    return {
      kind: "quarter",
      key,
      start: serialFromParts(year, q * 3 - 2, 1),
      end: serialFromParts(year, q * 3 + 1, 1),
    };
  }
  const range = RANGE.exec(key);
  if (range) {
    const from = daySerial(range[1] ?? "");
    const to = daySerial(range[2] ?? "");
    if (from === undefined || to === undefined || to < from) throw new RangeError(`not a range of days: ${key}`);
    return { kind: "range", key, start: from, end: to + 1 };
  }
  try {
    return { kind: "month", key, ...monthRange(key) };
  } catch {
    throw new RangeError(`not a period (2024-W10, 2024-03, 2024Q1 or 2024-03-01~2024-03-15): ${key}`);
  }
}

/** The half-open serial range of a period key (`parsePeriod`). */
export function periodRange(key: string): { start: number; end: number } {
  const { start, end } = parsePeriod(key);
  return { start, end };
}

/**
 * The period `offset` periods after `key` (negative: before), of the same kind and length: weeks by 7 days, months
 * and quarters by calendar months, a custom range by its own number of days.
 */
export function shiftPeriod(key: string, offset: number): string {
  const p = parsePeriod(key);
  const start = serialToParts(p.start);
  switch (p.kind) {
    case "week":
      return weekKey(serialOfDate(addDays(dateOfSerial(p.start), 7 * offset)));
    case "month":
      return monthKey(serialFromParts(start.year, start.month + offset, 1));
    case "quarter": {
      const s = serialToParts(serialFromParts(start.year, start.month + 3 * offset, 1));
      return `${pad(s.year, 4)}Q${String((s.month + 2) / 3)}`;
    }
    case "range": {
      const length = p.end - p.start;
      return rangeKey(p.start + offset * length, p.end - 1 + offset * length);
    }
  }
}

/** The previous period of the same length (issue 15: the report compares with it). */
export function previousPeriod(key: string): string {
  return shiftPeriod(key, -1);
}

/**
 * The month an improvement draft of the period belongs to (来源月份, `IMP-YYYYMM-NN`): the month of the period's last
 * day, so the plan stays monthly whatever rhythm the reports run on.
 */
export function draftMonth(key: string): string {
  return monthKey(parsePeriod(key).end - 1);
}
