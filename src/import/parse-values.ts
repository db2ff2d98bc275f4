/**
 * Source values to field values (issue 3 item 3, DOMAIN.md §4.5): dates and times (parse-dates.ts), durations
 * (`45秒`, `2分10秒`, `1:20`), scores (`５`, `5分`, `4.0`), yes/no and other list values with their synonyms
 * (list-synonyms.ts). A value that cannot be parsed keeps its original text and is reported with what was
 * expected — never a silent blank or zero. Text fields keep text exactly as it is (`=1+1` stays text).
 */
import { listSpec } from "../domain/schema/lists";
import type { CellValue, FieldSpec, ListKey } from "../domain/schema/types";
import { createDateTimeParser, isAmbiguousDayMonth, parseMonth, toDate } from "./parse-dates";
import { listMatcher } from "./list-synonyms";
import { describeReason, type ProblemReason } from "./problem-reasons";
import { isBlankCell } from "./text-cells";

export type ParsedValue =
  | { readonly ok: true; readonly value: CellValue }
  | { readonly ok: false; readonly value: CellValue; readonly expected: string; readonly reason: ProblemReason };

export type FieldParser = (raw: CellValue) => ParsedValue;

/** Digits, units and separators folded to ASCII (`５` → `5`, `：` → `:`), spaces removed. */
function folded(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/**
 * Seconds of a duration: `125`, `45秒`, `2分10秒`, `2分钟`, `1小时2分3秒`, `1h2m3s`, `1:20` (m:ss), `1:02:03`
 * (h:mm:ss). Undefined when it is none of these or negative.
 */
export function parseDuration(value: string | number, decimalComma = false): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : undefined;
  const t = plainNumber(folded(value), decimalComma);
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const clock = /^(\d+):([0-5]?\d)(?::([0-5]?\d))?$/.exec(t);
  if (clock) {
    const [a, b, c] = [Number(clock[1]), Number(clock[2]), clock[3]];
    return c === undefined ? a * 60 + b : a * 3600 + b * 60 + Number(c);
  }
  const units =
    /^(?:(\d+(?:\.\d+)?)(?:小时|时|h|hr|hours?))?(?:(\d+(?:\.\d+)?)(?:分钟|分|m|min|minutes?))?(?:(\d+(?:\.\d+)?)(?:秒钟|秒|s|sec|seconds?))?$/.exec(
      t,
    );
  if (!units || (units[1] ?? units[2] ?? units[3]) === undefined) return undefined;
  return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
}

/** A whole number from `5`, `５`, `5分`, `4.0`, `4 points`; undefined for `4.5`, text or out of [min, max]. */
export function parseWhole(value: string | number, min: number, max: number, decimalComma = false): number | undefined {
  const n = typeof value === "number" ? value : numberBeforeUnit(value, decimalComma);
  if (n === undefined || !Number.isInteger(n) || n < min || n > max) return undefined;
  return n;
}

function numberBeforeUnit(text: string, decimalComma: boolean): number | undefined {
  const m = /^([+-]?[\d.,]+)(分|points?|pts?|星)?$/.exec(folded(text));
  const n = m ? plainNumber(m[1] ?? "", decimalComma) : "";
  return /^[+-]?\d+(\.\d+)?$/.test(n) ? Number(n) : undefined;
}

/**
 * A number's text with its group separators removed and a decimal point: `1,234` and `1,234.5` (commas between
 * groups of three), or where the file is European (`decimalComma`), `4,0` and `1.234,5`. Anything else is left
 * as it is, so `4,0` in a file that is not clearly European stays unreadable rather than becoming 40 or 4.
 */
function plainNumber(text: string, decimalComma: boolean): string {
  if (decimalComma) {
    return /^[+-]?\d{1,3}(\.\d{3})*(,\d+)?$/.test(text) || /^[+-]?\d+(,\d+)?$/.test(text)
      ? text.replace(/\./g, "").replace(",", ".")
      : text;
  }
  return /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, "") : text;
}

const original = (raw: CellValue): CellValue => (typeof raw === "number" ? String(raw) : raw);
const fail = (raw: CellValue, reason: ProblemReason): ParsedValue => ({
  ok: false,
  value: original(raw),
  expected: describeReason(reason),
  reason,
});
const ok = (value: CellValue): ParsedValue => ({ ok: true, value });

/**
 * The parser of one source column feeding `field`. `lists` are the workbook's lists (the Lists sheet), which a
 * list value must belong to. Blank values are no data.
 */
export function createFieldParser(
  field: FieldSpec,
  lists: ReadonlyMap<ListKey, readonly string[]>,
  options: NumberOptions = {},
): FieldParser {
  const parse = valueParser(field, lists, options.decimalComma ?? false);
  return (raw) => (isBlankCell(raw) ? ok(undefined) : parse(raw as string | number));
}

/** How the source writes numbers: `decimalComma` when it is clearly European (read-csv.ts). */
export interface NumberOptions {
  readonly decimalComma?: boolean;
}

function valueParser(field: FieldSpec, lists: ReadonlyMap<ListKey, readonly string[]>, decimalComma: boolean) {
  const dateTime = createDateTimeParser();
  switch (field.type) {
    case "text":
    case "longText":
    case "formula":
      return (raw: string | number) => ok(typeof raw === "number" ? String(raw) : raw);
    case "dateTime":
    case "date": {
      const notDate: ProblemReason = { kind: "notDate", time: field.type === "dateTime" };
      return (raw: string | number) => {
        const serial = dateTime(raw);
        if (serial === undefined && typeof raw === "string" && isAmbiguousDayMonth(raw)) {
          return fail(raw, { kind: "ambiguousDate" });
        }
        if (serial === undefined) return fail(raw, notDate);
        return ok(field.type === "date" ? toDate(serial) : serial);
      };
    }
    case "month":
      return (raw: string | number) => {
        const month = parseMonth(raw, dateTime);
        return month === undefined ? fail(raw, { kind: "notMonth" }) : ok(month);
      };
    case "whole": {
      const [min, max] = [field.min ?? -Infinity, field.max ?? Infinity];
      return (raw: string | number) => {
        const n = parseWhole(raw, min, max, decimalComma);
        return n === undefined ? fail(raw, { kind: "notWhole", min, max }) : ok(n);
      };
    }
    case "number":
      return (raw: string | number) => {
        const n = parseDuration(raw, decimalComma);
        return n === undefined ? fail(raw, { kind: "notSeconds" }) : ok(n);
      };
    case "list":
      return listParser(field, lists);
  }
}

function listParser(field: FieldSpec, lists: ReadonlyMap<ListKey, readonly string[]>) {
  const list = field.list;
  if (list === undefined) return (raw: string | number) => ok(raw);
  const values = lists.get(list) ?? listSpec(list).values;
  const match = listMatcher(list, values);
  const reason: ProblemReason = { kind: "notInList", list, values };
  return (raw: string | number) => {
    const value = match(String(raw));
    return value === undefined ? fail(raw, reason) : ok(value);
  };
}
