/**
 * The sources an import reads (issue 3 item 1): CSV bytes, XLSX bytes (first or named sheet), or a grid of cells
 * (Excel's current sheet or selection, handed over by the Office host). Each becomes a grid of cells.
 */
import type { CellValue } from "../domain/schema/types";
import { isEncryptedPackage, WorkbookPasswordError } from "../hosts/xlsx/encrypted-package";
import { decodeText, isUtf16, type TextEncodingName } from "./decode-text";
import type { ImportProblem } from "./import-types";
import { guessDelimiter, normaliseLineEnds, parseCsv, refuseTooManyLines, usesDecimalComma } from "./read-csv";
import { readXlsxSheet } from "./read-xlsx-source";
import { columnLabel, headerText } from "./text-cells";
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

/** A source as rows of cells; row i of `rows` is source row i + 1. */
export interface SourceGrid {
  readonly file: string;
  readonly sheet?: string;
  readonly encoding?: TextEncodingName;
  readonly rows: readonly (readonly CellValue[])[];
  /** Numbers are written with a decimal comma (`4,0`): a semicolon CSV whose numbers show it (read-csv.ts). */
  readonly decimalComma?: boolean;
  /** Records the CSV reader could not split cleanly (an unclosed quote): kept as split, and reported. */
  readonly problems: readonly ImportProblem[];
}

/**
 * The cells of a source.
 * @throws ImportSourceError when an XLSX source is not a readable workbook or has no sheet of that name.
 */
export async function readSourceGrid(source: ImportSource): Promise<SourceGrid> {
  switch (source.kind) {
    case "csv":
      return readCsv(source.fileName, source.bytes);
    case "xlsx":
      return readXlsx(source.fileName, source.bytes, source.sheet);
    case "grid":
      return { file: source.fileName, sheet: source.sheet, rows: source.rows, problems: [] };
  }
}

/** @throws ImportSourceError when the file is larger than an Excel sheet or a field than an Excel cell */
function readCsv(file: string, bytes: Uint8Array): SourceGrid {
  if (!isUtf16(bytes)) refuseTooManyLines(file, bytes);
  const { text, encoding, badBytes } = decodeText(bytes);
  const normalised = normaliseLineEnds(text);
  const delimiter = guessDelimiter(normalised);
  const { rows, unbalancedQuotes } = parseCsv(file, normalised, delimiter);
  const problem = (row: number, reason: ProblemReason): ImportProblem => ({
    file,
    row,
    column: "",
    value: undefined,
    expected: describeReason(reason),
    reason,
  });
  const problems = [
    ...(badBytes ? [problem(badBytes.lines[0] ?? 1, { kind: "badBytes", ...badBytes })] : []),
    ...unbalancedQuotes.map((row) => problem(row, { kind: "unbalancedQuote" })),
  ];
  return { file, encoding, rows, problems, ...(usesDecimalComma(rows, delimiter) ? { decimalComma: true } : {}) };
}

async function readXlsx(file: string, bytes: Uint8Array, sheet: string | undefined): Promise<SourceGrid> {
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
  return { file, sheet: read.sheet, rows: read.rows, problems };
}
