/**
 * CSV text as rows (issue 13 item 2, issue 18), parsed by papaparse one record at a time, a window of the text at a
 * time, so an import holds one chunk of rows, never the whole file's:
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

export interface CsvChunk {
  /** Rows in file order, after those of the chunks before. */
  readonly rows: string[][];
  /** 1-based rows of the file whose quotes did not balance, read with the quote as a character. */
  readonly unbalancedQuotes: readonly number[];
}

/** Characters of text parsed at a time: about 2,500 rows of a ticket export. */
export const CSV_CHUNK_CHARS = 1 << 20;

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
 * The rows of CSV text (line ends already normalised, `refuseTooManyRows` passed), a window of about `chars`
 * characters at a time, exactly as parsing the whole text gives them: each window's last record may be cut short by
 * the window's end, so it is left to the next window, which starts where it starts (a record longer than a window
 * widens the window until it fits).
 * @throws ImportSourceError when a record has more fields than Excel has columns.
 */
export function* csvChunks(
  file: string,
  text: string,
  delimiter: string,
  chars = CSV_CHUNK_CHARS,
): Generator<CsvChunk> {
  let from = 0;
  let read = 0;
  let size = chars;
  do {
    const end = Math.min(text.length, from + size);
    const final = end === text.length;
    const window = parseWindow(file, from === 0 && final ? text : text.slice(from, end), delimiter, read);
    const { rows, starts, broken } = window;
    if (broken !== undefined && (final || broken.end < end - from)) {
      // A record whose quotes do not balance is read again as its own line, and parsing goes on after that line.
      const brokenAt = from + broken.start;
      const lineEnd = text.indexOf("\n", brokenAt);
      const cells = text.slice(brokenAt, lineEnd < 0 ? text.length : lineEnd).split(delimiter);
      if (cells.length > EXCEL_MAX_COLUMNS) tooManyColumns(file, read + rows.length + 1, cells.length);
      rows.push(cells);
      read += rows.length;
      yield { rows, unbalancedQuotes: [read] };
      // The final line end closes the last record; nothing follows it.
      if (lineEnd < 0 || lineEnd + 1 === text.length) return;
      from = lineEnd + 1;
      size = chars;
      continue;
    }
    if (final) {
      read += rows.length;
      yield { rows, unbalancedQuotes: [] };
      return;
    }
    // The window's last record (or the broken one its end cut short) is read again with the next window.
    const next = broken === undefined ? starts.pop() : broken.start;
    if (broken === undefined) rows.pop();
    if (rows.length === 0) {
      size *= 2;
      continue;
    }
    read += rows.length;
    yield { rows, unbalancedQuotes: [] };
    from += next ?? 0;
    size = chars;
  } while (from < text.length);
}

/**
 * The records of one window, with the offset each starts at, up to the first whose quotes do not balance (its start
 * and end offsets). `before` rows of the file come before the window.
 */
function parseWindow(file: string, window: string, delimiter: string, before: number) {
  const rows: string[][] = [];
  const starts: number[] = [];
  let start = 0;
  let broken: { start: number; end: number } | undefined;
  Papa.parse<string[]>(window, {
    delimiter,
    newline: "\n",
    step: (result, parser) => {
      if (result.errors.some((e) => e.type === "Quotes")) {
        broken = { start, end: result.meta.cursor };
        parser.abort();
        return;
      }
      if (result.data.length > EXCEL_MAX_COLUMNS) tooManyColumns(file, before + rows.length + 1, result.data.length);
      rows.push(result.data);
      starts.push(start);
      start = result.meta.cursor;
    },
  });
  return { rows, starts, broken };
}

/**
 * Refuses, from the bytes alone, a UTF-8 or GB18030 file (in both a line feed, carriage return or quote byte is
 * always that character) without quotes whose lines are more than Excel's rows: without quotes every line end
 * ends a record. A file with quotes, or within the limit, is left to `refuseTooManyRows`, which counts records.
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

/**
 * Counts records (without keeping them) when the file may have more records than Excel has rows.
 * @throws ImportSourceError naming the first row past the limit.
 */
export function refuseTooManyRows(file: string, text: string, delimiter: string): void {
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
export function usesDecimalComma(rows: Iterable<readonly string[]>, delimiter: string): boolean {
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
