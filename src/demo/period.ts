/** The months the demo data covers, and random moments inside them. */
import type { WorkCalendar } from "./calendar";
import { SECONDS_PER_DAY, dayOf, serialOf } from "./calendar";
import type { Rng } from "./random";

export interface DemoMonth {
  readonly year: number;
  readonly month: number;
  /** Serial of the first day. */
  readonly start: number;
  /** Serial of the first day of the next month. */
  readonly end: number;
}

export class DemoPeriod {
  readonly months: readonly DemoMonth[];
  readonly start: number;
  /** Exclusive. */
  readonly end: number;

  constructor(startMonth: string, count: number) {
    const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(startMonth);
    if (!match) throw new RangeError(`startMonth must be "YYYY-MM", got "${startMonth}"`);
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`months must be a whole number ≥ 1, got ${count}`);
    const year = Number(match[1]);
    const month = Number(match[2]);
    const months: DemoMonth[] = [];
    for (let i = 0; i < count; i++) {
      const start = serialOf(year, month + i, 1);
      const { year: y, month: m } = dayOf(start);
      months.push({ year: y, month: m, start, end: serialOf(y, m + 1, 1) });
    }
    this.months = months;
    this.start = months[0]?.start ?? 0;
    this.end = months[months.length - 1]?.end ?? 0;
  }

  /** Index of the month that holds `serial`, clamped to the period. */
  monthIndex(serial: number): number {
    for (let i = this.months.length - 1; i > 0; i--) if (serial >= (this.months[i]?.start ?? 0)) return i;
    return 0;
  }

  month(index: number): DemoMonth {
    const month = this.months[Math.min(Math.max(index, 0), this.months.length - 1)];
    if (!month) throw new RangeError("empty period");
    return month;
  }
}

export interface MomentShape {
  /** Chance to keep a drawn weekend or holiday (1 = as likely as a working day). */
  readonly offDayAccept: number;
  /** Share of working-day moments outside 08:30–18:00. */
  readonly afterHours: number;
}

/** A moment in the period, to the second: mostly working hours on working days. */
export function sampleMoment(rng: Rng, period: DemoPeriod, calendar: WorkCalendar, shape: MomentShape): number {
  const days = period.end - period.start;
  let day = period.start + Math.floor(rng.next() * days);
  for (let tries = 0; tries < 4 && !calendar.isWorkday(day) && !rng.chance(shape.offDayAccept); tries++) {
    day = period.start + Math.floor(rng.next() * days);
  }
  const offHours = rng.chance(calendar.isWorkday(day) ? shape.afterHours : 0.3);
  let seconds: number;
  if (!offHours) seconds = rng.int(8.5 * 3600, 18 * 3600 - 1);
  else if (rng.chance(0.7)) seconds = rng.int(18 * 3600, 23 * 3600 + 3599);
  else seconds = rng.int(0, 8.5 * 3600 - 1);
  return day + seconds / SECONDS_PER_DAY;
}
