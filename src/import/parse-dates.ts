/**
 * Dates and times as people type them (issue 3 item 3, issue 13 item 3): `2024-03-05 14:30`, `2024/3/5 14:30:00`,
 * `2024年3月5日 14:30`, `2024年3月12日 下午3:05`, `2024年3月5日 14时30分`, `2024/3/5 下午 2:30`, `3/15/2024 2:30 PM`,
 * `15/3/2024`, `15.03.2024`, `20240305`, ISO `2024-03-05T14:30`, and Excel serial numbers. A day and month that
 * could be either way round (`05/03/2024`) are not guessed. Parsed with date-fns in UTC, so the result does not depend on the machine's time zone.
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
  "yyyy年M月d日 h:mm:ss a",
  "yyyy年M月d日 h:mm a",
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
  "d/M/yyyy H:mm:ss",
  "d/M/yyyy H:mm",
  "d/M/yyyy h:mm:ss a",
  "d/M/yyyy h:mm a",
  "d/M/yyyy",
  "d.M.yyyy H:mm:ss",
  "d.M.yyyy H:mm",
  "d.M.yyyy",
] as const;

const REFERENCE = new Date(0);

/**
 * Full-width digits and punctuation folded, spaces collapsed, `3时5分`/`3点05分`/`15点` as `3:05`/`15:00`,
 * 上午/下午 moved behind the time as AM/PM.
 */
function canonical(text: string): string {
  const t = text
    .normalize("NFKC")
    .trim()
    .replace(/\s+/g, " ")
    .replace(/(\d{1,2})[时点](\d{1,2})分(?:(\d{1,2})秒)?/, (_, h: string, m: string, sec?: string) =>
      [h, m.padStart(2, "0"), ...(sec === undefined ? [] : [sec.padStart(2, "0")])].join(":"),
    )
    .replace(/(\d{1,2})[时点](?!\d)/, "$1:00");
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
const YEAR_LAST = /^(\d{1,2})\/(\d{1,2})\/\d{4}/;
const DOTTED_YEAR_LAST = /^\d{1,2}\.\d{1,2}\.\d{4}/;

/**
 * `05/03/2024`: the day and month could be either way round (both 12 or less, and different). Such a text is
 * reported, never guessed: 5 March in most of the world, 3 May in the United States.
 */
export function isAmbiguousDayMonth(value: string): boolean {
  const m = YEAR_LAST.exec(canonical(value));
  return m !== null && Number(m[1]) <= 12 && Number(m[2]) <= 12 && Number(m[1]) !== Number(m[2]);
}

/**
 * The shape of a text's date part: `-`, `/`, `.`, `年` after the year, `compact`, `md` (`3/15/2024`, month first
 * as only a month can be 15), `dm` (`15/3/2024`), `dotted` (`15.3.2024`, day first), or "" for none and for an
 * ambiguous day and month.
 */
function shapeOf(text: string): string {
  const yearFirst = YEAR_FIRST.exec(text)?.[1];
  if (yearFirst !== undefined) return yearFirst;
  if (COMPACT.test(text)) return "compact";
  if (DOTTED_YEAR_LAST.test(text)) return "dotted";
  const m = YEAR_LAST.exec(text);
  if (!m) return "";
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a === b || b > 12) return "md";
  return a > 12 ? "dm" : "";
}

const FORMATS_BY_SHAPE = new Map<string, readonly string[]>([
  ...["-", "/", ".", "年"].map((sep): [string, readonly string[]] => [
    sep,
    FORMATS.filter((f) => f.startsWith(`yyyy${sep}`)),
  ]),
  ["compact", ["yyyyMMdd"]],
  ["md", FORMATS.filter((f) => f.startsWith("M/d/yyyy"))],
  ["dm", FORMATS.filter((f) => f.startsWith("d/M/yyyy"))],
  ["dotted", FORMATS.filter((f) => f.startsWith("d.M.yyyy"))],
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
