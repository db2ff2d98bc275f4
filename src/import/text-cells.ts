/**
 * Text as a workbook cell can hold it (DOMAIN.md §4.5): characters that XML 1.0 cannot carry are dropped (ExcelJS
 * would drop them silently, Excel refuses the file), and Excel's cell limit is 32,767 characters. Text is never
 * trimmed or otherwise changed: `=1+1` stays the text `=1+1`.
 */
import type { CellValue } from "../domain/schema/types";
import { columnLetter } from "../workbook/a1";

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_CHARS = 32_767;
/** Excel's limit on the characters of a table column name. */
export const EXCEL_HEADER_CHARS = 255;

// Control characters other than tab, LF and CR; U+FFFE, U+FFFF; unpaired surrogates.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: XML 1.0 cannot hold them
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without characters an .xlsx cannot hold, and whether any were removed. */
export function xmlSafeText(text: string): { text: string; changed: boolean } {
  const cleaned = text.replace(NOT_XML, "");
  return { text: cleaned, changed: cleaned.length !== text.length };
}

/** Blank: no value, or text of white space only. */
export function isBlankCell(value: CellValue): boolean {
  return value === undefined || (typeof value === "string" && value.trim() === "");
}

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return row === undefined || row.every(isBlankCell);
}

/** A header cell as text: white space (line breaks too) collapsed, unsafe characters dropped, trimmed. */
export function headerText(value: CellValue): string {
  if (value === undefined) return "";
  return xmlSafeText(String(value)).text.replace(/\s+/g, " ").trim();
}

/** `服务日期 (F)`: a source or table header with the letter of its (0-based) column. */
export function columnLabel(header: string, index: number): string {
  const letter = columnLetter(index + 1);
  return header === "" ? letter : `${header} (${letter})`;
}

/**
 * `name`, or when `isTaken(name)`, the first free one of `name (2)`, `name (3)` …; cut to fit Excel's 255 characters.
 */
export function uniqueHeader(name: string, isTaken: (candidate: string) => boolean): string {
  const base = name.slice(0, EXCEL_HEADER_CHARS - 8);
  let candidate = base;
  for (let n = 2; isTaken(candidate); n++) candidate = `${base} (${String(n)})`;
  return candidate;
}
