import { serialFromParts, serialToParts } from "../domain/serial";
import { addWorkdays } from "../domain/working-days";
/**
 * Excel serial dates for the demo data (1900 date system: serial = days since 1899-12-30, the fraction is the time
 * of day), computed in UTC so no result depends on the machine's time zone.
 */
export const SECONDS_PER_DAY = 86_400;

/** Serial of a calendar day; `month` is 1–12 (13 rolls into the next year, like Date.UTC). */
export function serialOf(year: number, month: number, day: number): number {
  return serialFromParts(year, month, day);
}

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function dayOf(serial: number): CalendarDay {
  const { year, month, day } = serialToParts(Math.floor(serial));
  return { year, month, day };
}

/** Saturday or Sunday (serial 0, 1899-12-30, was a Saturday). */
export function isWeekend(day: number): boolean {
  const weekday = Math.floor(day) % 7;
  return weekday === 0 || weekday === 1;
}

/** Working days: not a weekend and not on the holiday list, as Excel's WORKDAY counts them. */
export class WorkCalendar {
  private readonly holidays: ReadonlySet<number>;

  constructor(private readonly holidayList: readonly number[]) {
    this.holidays = new Set(holidayList);
  }

  isWorkday(day: number): boolean {
    return !isWeekend(day) && !this.holidays.has(Math.floor(day));
  }

  isHoliday(day: number): boolean {
    return this.holidays.has(Math.floor(day));
  }

  /** Excel's WORKDAY(day, n) for n ≥ 0. */
  addWorkdays(day: number, n: number): number {
    return addWorkdays(Math.floor(day), n, this.holidayList);
  }
}

/** Days off of the Chinese public holidays (国务院办公厅 notices), as `MM-DD` ranges per year. */
const CHINESE_HOLIDAYS: Readonly<Record<number, readonly (readonly [string, string])[]>> = {
  2022: [
    ["01-01", "01-03"],
    ["01-31", "02-06"],
    ["04-03", "04-05"],
    ["04-30", "05-04"],
    ["06-03", "06-05"],
    ["09-10", "09-12"],
    ["10-01", "10-07"],
    ["12-31", "12-31"],
  ],
  2023: [
    ["01-01", "01-02"],
    ["01-21", "01-27"],
    ["04-05", "04-05"],
    ["04-29", "05-03"],
    ["06-22", "06-24"],
    ["09-29", "10-06"],
    ["12-30", "12-31"],
  ],
  2024: [
    ["01-01", "01-01"],
    ["02-10", "02-17"],
    ["04-04", "04-06"],
    ["05-01", "05-05"],
    ["06-10", "06-10"],
    ["09-15", "09-17"],
    ["10-01", "10-07"],
  ],
  2025: [
    ["01-01", "01-01"],
    ["01-28", "02-04"],
    ["04-04", "04-06"],
    ["05-01", "05-05"],
    ["05-31", "06-02"],
    ["10-01", "10-08"],
  ],
  2026: [
    ["01-01", "01-03"],
    ["02-15", "02-23"],
    ["04-04", "04-06"],
    ["05-01", "05-05"],
    ["06-19", "06-21"],
    ["09-25", "09-27"],
    ["10-01", "10-07"],
  ],
};

/** Fixed-date holidays for years without a notice in the table (元旦, 劳动节, 国庆节). */
const FIXED_HOLIDAYS: readonly (readonly [string, string])[] = [
  ["01-01", "01-01"],
  ["05-01", "05-05"],
  ["10-01", "10-07"],
];

function holidayRanges(year: number): readonly (readonly [string, string])[] {
  return CHINESE_HOLIDAYS[year] ?? FIXED_HOLIDAYS;
}

/** Chinese public-holiday days off with from ≤ serial < to, ascending. */
export function chineseHolidays(from: number, to: number): number[] {
  const days: number[] = [];
  for (let year = dayOf(from).year; year <= dayOf(to).year; year++) {
    for (const [first, last] of holidayRanges(year)) {
      const start = serialOf(year, Number(first.slice(0, 2)), Number(first.slice(3)));
      const end = serialOf(year, Number(last.slice(0, 2)), Number(last.slice(3)));
      for (let d = start; d <= end; d++) if (d >= from && d < to) days.push(d);
    }
  }
  return days.sort((a, b) => a - b);
}
