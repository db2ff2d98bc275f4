/**
 * Excel serial date-times (1900 date system): whole days since 1899-12-30, the fraction is the time of day.
 * Serial 45292 is 2024-01-01. Every rule of DOMAIN.md §3 works on serials; nothing here depends on the time zone.
 * Serials before 61 (1900-03-01) differ from Excel by Excel's fictitious 1900-02-29 and are not supported.
 */

const MS_PER_DAY = 86_400_000;
const SECONDS_PER_DAY = 86_400;
/** 1899-12-30 00:00 UTC in milliseconds since the Unix epoch. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

export interface SerialParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/**
 * The serial of a calendar date and clock time, like Excel's `DATE(y,m,d) + TIME(hh,mi,ss)` (DOMAIN.md §3).
 * Out-of-range parts roll over as in `Date.UTC` (month 13 is January of the next year).
 */
export function serialFromParts(y: number, m: number, d: number, hh = 0, mi = 0, ss = 0): number {
  const days = Math.round((Date.UTC(y, m - 1, d) - EPOCH_MS) / MS_PER_DAY);
  return days + (hh * 3600 + mi * 60 + ss) / SECONDS_PER_DAY;
}

/** The calendar parts of a serial, rounded to the nearest second (23:59:59.6 becomes 00:00:00 the next day). */
export function serialToParts(serial: number): SerialParts {
  const totalSeconds = Math.round(serial * SECONDS_PER_DAY);
  const days = Math.floor(totalSeconds / SECONDS_PER_DAY);
  const secondOfDay = totalSeconds - days * SECONDS_PER_DAY;
  const date = new Date(EPOCH_MS + days * MS_PER_DAY);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor((secondOfDay % 3600) / 60),
    second: secondOfDay % 60,
  };
}

/** The day serial of a date-time, Excel's `INT(serial)` (DOMAIN.md §3.1). */
export function dayOf(serial: number): number {
  return Math.floor(serial);
}

/** Day of the week, 0 = Sunday … 6 = Saturday; Excel's `WEEKDAY(serial) - 1` (DOMAIN.md §3.1). */
export function weekday(serial: number): number {
  return (((dayOf(serial) + 6) % 7) + 7) % 7;
}

/** The calendar date (no rounding of the time) of a serial's day. */
function dateOfDay(serial: number): { year: number; month: number; day: number } {
  const date = new Date(EPOCH_MS + dayOf(serial) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The month `YYYY-MM` a date-time belongs to (DOMAIN.md §3.2, §5). Uses the day of `INT(serial)`, so that
 * `monthKey(s) === m` exactly when `monthRange(m).start <= s < monthRange(m).end`.
 */
export function monthKey(serial: number): string {
  const { year, month } = dateOfDay(serial);
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/**
 * Half-open range of a `YYYY-MM` month (DOMAIN.md §5): `start` = the 1st 00:00, `end` = the 1st of the next
 * month 00:00; a serial s is in the month when `start <= s < end`.
 * @throws RangeError when `month` is not `YYYY-MM` with a month from 01 to 12.
 */
export function monthRange(month: string): { start: number; end: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const month1 = match ? Number(match[2]) : 0;
  if (!match || month1 < 1 || month1 > 12) throw new RangeError(`not a YYYY-MM month: ${month}`);
  const year = Number(match[1]);
  return { start: serialFromParts(year, month1, 1), end: serialFromParts(year, month1 + 1, 1) };
}

/** `YYYY-MM-DD`, or `YYYY-MM-DD HH:mm` with the time (rounded to the second, then seconds dropped). */
export function formatSerial(serial: number, withTime: boolean): string {
  const p = serialToParts(serial);
  const date = `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
  return withTime ? `${date} ${pad(p.hour, 2)}:${pad(p.minute, 2)}` : date;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
