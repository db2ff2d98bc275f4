/**
 * Dates and times as people type them (issue 3 item 3): `2024-03-05 14:30`, `2024/3/5 14:30:00`,
 * `2024年3月5日 14:30`, `2024/3/5 下午 2:30`, `3/5/2024 2:30 PM`, `20240305`, ISO `2024-03-05T14:30`, and Excel
 * serial numbers. Parsed with date-fns in UTC, so the result does not depend on the machine's time zone.
 */
import { utc } from "@date-fns/utc";
import { isValid, parse } from "date-fns";
import { dayOf, monthKey } from "../domain/serial";

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
/** 1900-03-01: serials before it differ from Excel (domain/serial.ts). */
export const MIN_SERIAL = 61;
/** 10000-01-01, one past Excel's last date. */
export const MAX_SERIAL = 2_958_466;

const FORMATS = [
  "yyyy-MM-dd HH:mm:ss",
  "yyyy-MM-dd HH:mm",
  "yyyy-MM-dd",
  "yyyy/M/d H:mm:ss",
  "yyyy/M/d H:mm",
  "yyyy/M/d",
  "yyyy年M月d日 H:mm:ss",
  "yyyy年M月d日 H:mm",
  "yyyy年M月d日 H时m分s秒",
  "yyyy年M月d日 H时m分",
  "yyyy年M月d日 H时",
  "yyyy年M月d日",
  "yyyy.M.d H:mm:ss",
  "yyyy.M.d H:mm",
  "yyyy.M.d",
  "yyyy-MM-dd'T'HH:mm:ss.SSS",
  "yyyy-MM-dd'T'HH:mm:ss",
  "yyyy-MM-dd'T'HH:mm",
  "yyyyMMdd",
  "yyyy/M/d h:mm:ss a",
  "yyyy/M/d h:mm a",
  "yyyy-MM-dd h:mm:ss a",
  "yyyy-MM-dd h:mm a",
  "M/d/yyyy H:mm:ss",
  "M/d/yyyy H:mm",
  "M/d/yyyy h:mm:ss a",
  "M/d/yyyy h:mm a",
  "M/d/yyyy",
] as const;

const REFERENCE = new Date(0);

/** Full-width digits and punctuation folded, spaces collapsed, 上午/下午 moved behind the time as AM/PM. */
function canonical(text: string): string {
  const t = text.normalize("NFKC").trim().replace(/\s+/g, " ");
  const meridiem = /(上午|下午|AM|PM)\s*(\d{1,2}:\d{2}(?::\d{2})?)/i.exec(t);
  if (!meridiem) return t.replace(/日(?=\d)/, "日 ");
  const ampm = /下午|PM/i.test(meridiem[1] ?? "") ? "PM" : "AM";
  return t
    .replace(meridiem[0], `${meridiem[2] ?? ""} ${ampm}`)
    .replace(/\s+/g, " ")
    .replace(/日(?=\d)/, "日 ");
}

function inRange(serial: number): boolean {
  return Number.isFinite(serial) && serial >= MIN_SERIAL && serial < MAX_SERIAL;
}

const YEAR_FIRST = /^\d{4}([-/.年])/;
const COMPACT = /^\d{8}$/;
const MONTH_FIRST = /^\d{1,2}\/\d{1,2}\/\d{4}/;

/** The shape of a text's date part (`-`, `/`, `.`, `年` after the year, `compact`, `us`), or "" for none. */
function shapeOf(text: string): string {
  return YEAR_FIRST.exec(text)?.[1] ?? (COMPACT.test(text) ? "compact" : MONTH_FIRST.test(text) ? "us" : "");
}

const FORMATS_BY_SHAPE = new Map<string, readonly string[]>([
  ...["-", "/", ".", "年"].map((sep): [string, readonly string[]] => [
    sep,
    FORMATS.filter((f) => f.startsWith(`yyyy${sep}`)),
  ]),
  ["compact", ["yyyyMMdd"]],
  ["us", FORMATS.filter((f) => f.startsWith("M/d/yyyy"))],
]);

/**
 * A date-time parser that tries only the formats of the text's shape, the one that worked last time first (a
 * column keeps one format), so a large import parses each value about once.
 */
export function createDateTimeParser(): (value: string | number) => number | undefined {
  const last = new Map<string, string>();
  return (value) => {
    if (typeof value === "number") return inRange(value) ? value : undefined;
    const text = canonical(value);
    if (/^\d+(\.\d+)?$/.test(text) && text.length !== 8) {
      const serial = Number(text);
      return inRange(serial) ? serial : undefined;
    }
    const shape = shapeOf(text);
    const formats = FORMATS_BY_SHAPE.get(shape) ?? [];
    const first = last.get(shape);
    const tries = first === undefined ? formats : [first, ...formats.filter((f) => f !== first)];
    for (const format of tries) {
      const date = parse(text, format, REFERENCE, { in: utc });
      if (!isValid(date)) continue;
      const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
      if (!inRange(serial)) return undefined;
      last.set(shape, format);
      return serial;
    }
    return undefined;
  };
}

/** A date (no time of day): the day of a parsed date-time. */
export function toDate(serial: number): number {
  return dayOf(serial);
}

/**
 * A month `YYYY-MM` (improvements.month): `2024-03`, `2024/3`, `2024年3月`, `2024.3`, or any date or serial
 * (its month). Undefined when it is none of these.
 */
export function parseMonth(value: string | number, parseDateTime: (v: string | number) => number | undefined) {
  if (typeof value === "string") {
    const m = /^(\d{4})\s*(?:-|\/|\.|年)\s*(\d{1,2})\s*月?$/.exec(value.normalize("NFKC").trim());
    if (m) {
      const month = Number(m[2]);
      if (month >= 1 && month <= 12) return `${m[1] ?? ""}-${String(month).padStart(2, "0")}`;
      return undefined;
    }
  }
  const serial = parseDateTime(value);
  return serial === undefined ? undefined : monthKey(serial);
}
