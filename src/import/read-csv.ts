/**
 * CSV text as rows (issue 13 item 2), parsed by papaparse one record at a time:
 * - line ends are normalised first (a file mixing CRLF and LF, or old Mac CR, is one kind of line end);
 * - the delimiter is the header line's, not the most frequent one in data lines;
 * - a record whose quote never closes properly (a stray `"`) is read again as its own line with the quote as an
 *   ordinary character, reported with its row, and parsing goes on with the next line, so one stray quote does not
 *   swallow the rest of the file;
 * - Excel's sheet limits are checked before any row is kept: a file with more records than Excel has rows is
 *   refused after counting, without building its rows (and before its text is decoded when its bytes alone tell:
 *   `refuseTooManyLines`). (A field longer than a cell holds is the import's to quarantine, row by row.)
 */
import Papa from "papaparse";
import { ImportSourceError } from "./errors";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "./excel-limits";

export interface CsvRows {
  readonly rows: string[][];
  /** 1-based rows whose quotes did not balance, read with the quote as a character. */
  readonly unbalancedQuotes: readonly number[];
}

const DELIMITERS = [",", "\t", ";"] as const;

/** CRLF and lone CR as LF. */
export const normaliseLineEnds = (text: string) => text.replace(/\r\n?/g, "\n");

/**
 * The delimiter of the header: the first of the first 20 lines that holds a comma, tab or semicolon outside
 * quotes (a title line above the header has none) gives the one it holds most; comma when no line has any.
 */
export function guessDelimiter(text: string): string {
  for (const line of text.split(/\r\n|\n|\r/, 20)) {
    const bare = line.replace(/"[^"]*"/g, "");
    const counts = DELIMITERS.map((d) => bare.split(d).length - 1);
    const most = Math.max(...counts);
    if (most > 0) return DELIMITERS[counts.indexOf(most)] ?? ",";
  }
  return ",";
}

/**
 * The rows of CSV text (line ends already normalised).
 * @throws ImportSourceError when the file has more records than Excel has rows, or a record more fields than
 *   Excel has columns.
 */
export function parseCsv(file: string, text: string, delimiter: string): CsvRows {
  refuseTooManyRows(file, text, delimiter);
  const rows: string[][] = [];
  const unbalancedQuotes: number[] = [];
  let from = 0;
  while (from < text.length || rows.length === 0) {
    const broken = parseFrom(file, text, from, delimiter, rows);
    if (broken === undefined) break;
    const end = text.indexOf("\n", broken);
    const line = text.slice(broken, end < 0 ? text.length : end);
    const cells = line.split(delimiter);
    if (cells.length > EXCEL_MAX_COLUMNS) tooManyColumns(file, rows.length + 1, cells.length);
    rows.push(cells);
    unbalancedQuotes.push(rows.length);
    if (end < 0) break;
    from = end + 1;
    // The final line end closes the last record; nothing follows it.
    if (from === text.length) break;
  }
  return { rows, unbalancedQuotes };
}

/** Parses `text` from `from`, appending rows; returns the offset of a record with broken quotes, if one stops it. */
function parseFrom(file: string, text: string, from: number, delimiter: string, rows: string[][]): number | undefined {
  let start = from;
  let broken: number | undefined;
  Papa.parse<string[]>(from === 0 ? text : text.slice(from), {
    delimiter,
    newline: "\n",
    step: (result, parser) => {
      if (result.errors.some((e) => e.type === "Quotes")) {
        broken = start;
        parser.abort();
        return;
      }
      if (result.data.length > EXCEL_MAX_COLUMNS) tooManyColumns(file, rows.length + 1, result.data.length);
      rows.push(result.data);
      start = from + result.meta.cursor;
    },
  });
  return broken;
}

/**
 * Refuses, from the bytes alone, a UTF-8 or GB18030 file (in both a line feed, carriage return or quote byte is
 * always that character) without quotes whose lines are more than Excel's rows: without quotes every line end
 * ends a record. A file with quotes, or within the limit, is left to `parseCsv`, which counts records.
 * @throws ImportSourceError naming the first row past the limit.
 */
export function refuseTooManyLines(file: string, bytes: Uint8Array): void {
  if (bytes.includes(0x22)) return;
  let lines = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) lines++;
  }
  const last = bytes[bytes.length - 1];
  if (last !== undefined && last !== 0x0a && last !== 0x0d) lines++;
  if (lines > EXCEL_MAX_ROWS) tooManyRows(file);
}

/** Counts records (without keeping them) when the file may have more records than Excel has rows. */
function refuseTooManyRows(file: string, text: string, delimiter: string): void {
  let lines = 0;
  for (let at = text.indexOf("\n"); at >= 0 && lines < EXCEL_MAX_ROWS; at = text.indexOf("\n", at + 1)) lines++;
  if (lines < EXCEL_MAX_ROWS) return;
  // A final line end closes the last record: the empty "record" after it is no row.
  const limit = EXCEL_MAX_ROWS + (text.endsWith("\n") ? 1 : 0);
  let records = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    step: (_result, parser) => {
      records++;
      if (records > limit) parser.abort();
    },
  });
  if (records > limit) tooManyRows(file);
}

function tooManyRows(file: string): never {
  const max = EXCEL_MAX_ROWS.toLocaleString("en-US");
  throw new ImportSourceError(
    { file, row: EXCEL_MAX_ROWS + 1 },
    `more than ${max} rows`,
    `at most Excel's ${max} rows per sheet; split the file into parts`,
    { reason: { kind: "tooManyRows", limit: EXCEL_MAX_ROWS } },
  );
}

function tooManyColumns(file: string, row: number, columns: number): never {
  throw new ImportSourceError(
    { file, row },
    `${columns.toLocaleString("en-US")} columns`,
    `at most Excel's ${EXCEL_MAX_COLUMNS.toLocaleString("en-US")} columns per sheet`,
    { reason: { kind: "tooManyColumns", limit: EXCEL_MAX_COLUMNS, columns } },
  );
}

/**
 * Whether a CSV is clearly European: semicolon-delimited (what Excel writes where the comma is the decimal
 * separator), with numbers written with a decimal comma (`4,0`, `1.234,5`) and none with a decimal point after
 * comma groups (`1,234.5`).
 */
export function usesDecimalComma(rows: readonly (readonly string[])[], delimiter: string): boolean {
  if (delimiter !== ";") return false;
  let comma = false;
  for (const row of rows) {
    for (const cell of row) {
      const t = cell.trim();
      if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(t)) return false;
      if (/^[+-]?(\d+|\d{1,3}(\.\d{3})+),\d+$/.test(t)) comma = true;
    }
  }
  return comma;
}
