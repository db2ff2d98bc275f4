import type { CellValue } from "../../domain/schema/types";
import type { HighlightStyle, PlanCell } from "../../workbook/plan-types";

/** A cell as the host sends it to Excel: text (with its quote prefix), a number, a formula, or "" (empty). */
export type OfficeInput = string | number;

/**
 * Every text value is written with Excel's quote prefix ("'"), the mark Excel itself puts on text typed after an
 * apostrophe. Why every text and not only text starting with = + - @ tab or CR: Excel parses what is written into
 * `values` as if typed, and beyond formulas it turns phone numbers into numbers (dropping leading zeros and
 * digits past the 15th), "2024-01-05" or "1月5日" into dates, "TRUE" into a boolean and "#N/A" into an error, by
 * rules that depend on the user's locale. The prefix is not part of the value: `values` reads return the text as
 * written, so reading needs no unescaping, and it costs one byte per cell and no extra format array. The
 * alternative, number format "@" on those cells, would need a second 2D array per block and would turn a number
 * the user types there later into text.
 */
export function toOfficeValue(value: CellValue): OfficeInput {
  if (value === undefined) return "";
  return typeof value === "number" ? value : `'${value}`;
}

/** A plan cell for `Range.formulas`: formulas get their "=", values as in `toOfficeValue`. */
export function toOfficeInput(cell: PlanCell): OfficeInput {
  return cell !== null && typeof cell === "object" ? `=${cell.formula}` : toOfficeValue(cell);
}

/** A value read from `Range.values`, as the xlsx host reads it: "" is no data, booleans become TRUE/FALSE. */
export function fromOfficeValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** The same colours as the xlsx host's highlights (Excel's "light red fill with dark red text" family). */
export const HIGHLIGHT_COLOURS: Readonly<Record<HighlightStyle, { fill: string; font: string }>> = {
  bad: { fill: "#FFC7CE", font: "#9C0006" },
  warn: { fill: "#FFEB9C", font: "#9C5700" },
  muted: { fill: "#EDEDED", font: "#7F7F7F" },
  good: { fill: "#C6EFCE", font: "#006100" },
};

export const TABLE_STYLE = "TableStyleMedium2";

/** The date rule's floor, as the xlsx host saves it: serial 1, Excel's first date (1900-01-01). */
export const DATE_RULE_FLOOR = "=1";

/**
 * Plan widths are in characters (the unit of an .xlsx file); Office.js takes points. Excel's rule for the
 * default font (Calibri 11, 7-pixel digits): pixels = characters × 7 + 5 padding, and 96 pixels = 72 points.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** UTF-8 byte length of a string, without allocating (Excel's request limit is in bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
