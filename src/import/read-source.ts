/**
 * The sources an import reads (issue 3 item 1): CSV bytes, XLSX bytes (first or named sheet), or a grid of cells
 * (Excel's current sheet or selection, handed over by the Office host). A source is read through once up front (its
 * limits, the rows its header is found in, which columns hold data, the problems of the file itself), then its rows
 * again chunk by chunk as the import converts them (issue 18): a large file's rows are never all held at once.
 */
import type { CellValue } from "../domain/schema/types";
import { isEncryptedPackage, WorkbookPasswordError } from "../hosts/xlsx/encrypted-package";
import { decodeText, isUtf16, type TextEncodingName } from "./decode-text";
import { hasHeaderRows } from "./header-map";
import type { ImportProblem } from "./import-types";
import {
  csvChunks,
  guessDelimiter,
  normaliseLineEnds,
  refuseTooManyLines,
  refuseTooManyRows,
  usesDecimalComma,
} from "./read-csv";
import { readXlsxSheet } from "./read-xlsx-source";
import { columnLabel, headerText, isBlankCell } from "./text-cells";
import { describeReason, type ProblemReason } from "./problem-reasons";

export { guessDelimiter } from "./read-csv";

export type ImportSource =
  | { readonly fileName: string; readonly kind: "csv"; readonly bytes: Uint8Array }
  | { readonly fileName: string; readonly kind: "xlsx"; readonly bytes: Uint8Array; readonly sheet?: string }
  | {
      readonly fileName: string;
      readonly kind: "grid";
      readonly rows: readonly (readonly CellValue[])[];
      readonly sheet?: string;
    };

/** Where a source's rows come from, and how its numbers are written. */
export interface SourceInfo {
  readonly file: string;
  readonly sheet?: string;
  readonly encoding?: TextEncodingName;
  /** Numbers are written with a decimal comma (`4,0`): a semicolon CSV whose numbers show it (read-csv.ts). */
  readonly decimalComma?: boolean;
  /** Records the CSV reader could not split cleanly (an unclosed quote), formulas without a value: reported. */
  readonly problems: readonly ImportProblem[];
}

/** A source as rows of cells; row i of `rows` is source row i + 1. */
export interface SourceGrid extends SourceInfo {
  readonly rows: readonly (readonly CellValue[])[];
}

/** Consecutive rows of a source: `rows[i]` is source row `offset + i + 1`. */
export interface RowChunk {
  readonly offset: number;
  readonly rows: readonly (readonly CellValue[])[];
  /** Problems of the file itself found in these rows (an unclosed quote). */
  readonly problems?: readonly ImportProblem[];
}

/** A source read through once: what its header is found in, and its rows again, chunk by chunk. */
export interface SourceRows extends SourceInfo {
  /** The first rows: every row a header may be found in (header-map.ts). */
  readonly head: readonly (readonly CellValue[])[];
  /** By column, the last 0-based row holding a value (-1 or missing: none). */
  readonly lastFilled: readonly number[];
  /** The rows in order, a chunk at a time; each call reads the source again. */
  chunks(): AsyncIterable<RowChunk>;
}

/** Rows of an XLSX sheet or a grid handed to the converter at a time; a CSV chunk is a window of its text. */
export const CHUNK_ROWS = 4096;

/** How a source is cut into chunks: the figures change how much is held at once, never what is read. */
export interface ChunkSize {
  readonly rows: number;
  readonly csvChars?: number;
}

/**
 * A source read through once (ahead of any change to a workbook: its limits and header problems come first).
 * @throws ImportSourceError when the file is larger than an Excel sheet or a field than an Excel cell, or an XLSX
 *   source is not a readable workbook or has no sheet of that name.
 * @throws WorkbookPasswordError when an XLSX source is encrypted.
 */
export async function readSourceRows(
  source: ImportSource,
  size: ChunkSize = { rows: CHUNK_ROWS },
): Promise<SourceRows> {
  const read = await chunkedSource(source, size);
  const head: (readonly CellValue[])[] = [];
  const lastFilled: number[] = [];
  const problems = [...read.problems];
  let headRead = false;
  for await (const chunk of read.chunks()) {
    problems.push(...(chunk.problems ?? []));
    chunk.rows.forEach((row, i) => {
      if (!headRead) {
        headRead = hasHeaderRows(head);
        if (!headRead) head.push(row);
      }
      row.forEach((v, c) => {
        if (!isBlankCell(v)) lastFilled[c] = chunk.offset + i;
      });
    });
  }
  return { ...read, problems, head, lastFilled };
}

/**
 * The cells of a source, all at once (the mapping preview's sample values).
 * @throws as `readSourceRows`.
 */
export async function readSourceGrid(source: ImportSource): Promise<SourceGrid> {
  const { chunks, ...info } = await chunkedSource(source, { rows: CHUNK_ROWS });
  const rows: (readonly CellValue[])[] = [];
  const problems = [...info.problems];
  for await (const chunk of chunks()) {
    for (const row of chunk.rows) rows.push(row);
    problems.push(...(chunk.problems ?? []));
  }
  return { ...info, problems, rows };
}

type ChunkedSource = SourceInfo & { chunks(): AsyncIterable<RowChunk> };

async function chunkedSource(source: ImportSource, size: ChunkSize): Promise<ChunkedSource> {
  switch (source.kind) {
    case "csv":
      return readCsv(source.fileName, source.bytes, size.csvChars);
    case "xlsx":
      return readXlsx(source.fileName, source.bytes, source.sheet, size.rows);
    case "grid": {
      const { rows } = source;
      return { file: source.fileName, sheet: source.sheet, problems: [], chunks: () => sliced(rows, size.rows) };
    }
  }
}

async function* sliced(rows: readonly (readonly CellValue[])[], size: number): AsyncGenerator<RowChunk> {
  for (let offset = 0; offset < rows.length; offset += size) yield { offset, rows: rows.slice(offset, offset + size) };
}

/** @throws ImportSourceError when the file is larger than an Excel sheet or a field than an Excel cell */
function readCsv(file: string, bytes: Uint8Array, chars: number | undefined): ChunkedSource {
  if (!isUtf16(bytes)) refuseTooManyLines(file, bytes);
  const { text, encoding, badBytes } = decodeText(bytes);
  const normalised = normaliseLineEnds(text);
  const delimiter = guessDelimiter(normalised);
  refuseTooManyRows(file, normalised, delimiter);
  const problem = (row: number, reason: ProblemReason): ImportProblem => ({
    file,
    row,
    column: "",
    value: undefined,
    expected: describeReason(reason),
    reason,
  });
  const allRows = function* () {
    for (const chunk of csvChunks(file, normalised, delimiter, chars)) yield* chunk.rows;
  };
  // Only a semicolon file may write decimal commas (usesDecimalComma reads no row of another); such a file is read
  // through for them before any row is converted.
  const decimalComma = usesDecimalComma(allRows(), delimiter);
  const chunks = async function* (): AsyncGenerator<RowChunk> {
    let offset = 0;
    for (const { rows, unbalancedQuotes } of csvChunks(file, normalised, delimiter, chars)) {
      yield { offset, rows, problems: unbalancedQuotes.map((row) => problem(row, { kind: "unbalancedQuote" })) };
      offset += rows.length;
    }
  };
  const problems = badBytes ? [problem(badBytes.lines[0] ?? 1, { kind: "badBytes", ...badBytes })] : [];
  return { file, encoding, problems, ...(decimalComma ? { decimalComma: true } : {}), chunks };
}

async function readXlsx(
  file: string,
  bytes: Uint8Array,
  sheet: string | undefined,
  size: number,
): Promise<ChunkedSource> {
  if (isEncryptedPackage(bytes)) throw new WorkbookPasswordError(file, "unsupported");
  const read = await readXlsxSheet(file, bytes, sheet);
  const problems = read.uncachedFormulas.map(({ row, column }): ImportProblem => {
    const reason: ProblemReason = { kind: "formulaWithoutValue" };
    const header = headerText(read.rows[0]?.[column - 1]);
    return {
      file,
      sheet: read.sheet,
      row,
      column: columnLabel(header, column - 1),
      value: undefined,
      expected: describeReason(reason),
      reason,
    };
  });
  return { file, sheet: read.sheet, problems, chunks: () => sliced(read.rows, size) };
}
