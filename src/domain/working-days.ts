/**
 * Working days (DOMAIN.md §3.1, §3.2): every day except Saturday, Sunday and the Settings sheet's holiday list.
 * The functions agree with Excel's WORKDAY and NETWORKDAYS; holidays are compared by their day (`INT`).
 */
import { dayOf, weekday } from "./serial";

function holidaySet(holidays: readonly number[]): ReadonlySet<number> {
  return new Set(holidays.map(dayOf));
}

function isWorkday(day: number, holidays: ReadonlySet<number>): boolean {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6 && !holidays.has(day);
}

/**
 * `serial` moved by `n` working days, keeping its time of day: Excel's
 * `WORKDAY(INT(serial), n, holidays) + MOD(serial, 1)` (DOMAIN.md §3.1: a Saturday 10:00 receipt plus 3 working days
 * is Wednesday 10:00). `n = 0` returns `serial` unchanged, even on a weekend; a fractional `n` is truncated like
 * Excel does; a negative `n` moves back.
 */
export function addWorkdays(serial: number, n: number, holidays: readonly number[]): number {
  const steps = Math.trunc(n);
  if (steps === 0) return serial;
  const off = holidaySet(holidays);
  const start = dayOf(serial);
  const direction = steps > 0 ? 1 : -1;
  let day = start;
  for (let left = Math.abs(steps); left > 0;) {
    day += direction;
    if (isWorkday(day, off)) left -= 1;
  }
  return day + (serial - start);
}

/** Working days in the inclusive day range [first, last]; 0 when last < first. */
function countWorkdays(first: number, last: number, off: ReadonlySet<number>): number {
  if (last < first) return 0;
  const length = last - first + 1;
  const fullWeeks = Math.floor(length / 7);
  let count = fullWeeks * 5;
  for (let day = first + fullWeeks * 7; day <= last; day += 1) {
    const wd = weekday(day);
    if (wd !== 0 && wd !== 6) count += 1;
  }
  for (const h of off) {
    const wd = weekday(h);
    if (h >= first && h <= last && wd !== 0 && wd !== 6) count -= 1;
  }
  return count;
}

/**
 * The number of working days d with `INT(from) < d <= INT(to)`: "working days after `from` up to and including
 * `to`" (DOMAIN.md §3.2). Excel: `NETWORKDAYS(INT(from)+1, INT(to), holidays)`, except that this is 0 (never
 * negative) when `INT(to) <= INT(from)`.
 */
export function workdaysAfter(from: number, to: number, holidays: readonly number[]): number {
  return countWorkdays(dayOf(from) + 1, dayOf(to), holidaySet(holidays));
}
