/**
 * The sources an import reads (issue 3 item 1): CSV bytes, XLSX bytes (first or named sheet), or a grid of cells
 * (Excel's current sheet or selection, handed over by the Office host). Each becomes a grid of cells.
 */
import Papa from "papaparse";
import type { CellValue } from "../domain/schema/types";
import { isEncryptedPackage, WorkbookPasswordError } from "../hosts/xlsx/encrypted-package";
import { XlsxHost } from "../hosts/xlsx/xlsx-host";
import { decodeText, type TextEncodingName } from "./decode-text";
import { ImportSourceError } from "./errors";
import type { ImportProblem } from "./import-types";

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
  /** Records the CSV reader could not split cleanly (an unclosed quote): kept as split, and reported. */
  readonly problems: readonly ImportProblem[];
}

const DELIMITERS = [",", "\t", ";"] as const;

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

function readCsv(file: string, bytes: Uint8Array): SourceGrid {
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const problems: ImportProblem[] = parsed.errors
    .filter((e) => e.type === "Quotes")
    .map((e) => ({
      file,
      row: (e.row ?? 0) + 1,
      column: "",
      value: undefined,
      expected: `a well-formed CSV record (${e.message})`,
    }));
  return { file, encoding, rows: parsed.data, problems };
}

/**
 * The delimiter of the header: of comma, tab and semicolon, the one that occurs most often on one line among
 * the first 20 lines (a title line above the header has none); comma when none occurs.
 */
export function guessDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/, 20);
  let best: string = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = Math.max(0, ...lines.map((l) => l.split(d).length - 1));
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

async function readXlsx(file: string, bytes: Uint8Array, sheet: string | undefined): Promise<SourceGrid> {
  if (isEncryptedPackage(bytes)) throw new WorkbookPasswordError(file, "unsupported");
  let book: XlsxHost;
  try {
    book = await XlsxHost.load(bytes);
  } catch (cause) {
    throw new ImportSourceError({ file }, "not a readable .xlsx workbook", "an .xlsx file saved by Excel", {
      cause,
    });
  }
  const names = await book.sheetNames();
  const name = sheet ?? names[0];
  const rows = name === undefined ? undefined : await book.readSheet(name);
  if (name === undefined || rows === undefined) {
    throw new ImportSourceError(
      { file, sheet },
      sheet === undefined ? "the workbook has no sheet" : `no sheet named "${sheet}"`,
      `one of the sheets ${names.map((n) => `"${n}"`).join(", ") || "(none)"}`,
    );
  }
  return { file, sheet: name, rows, problems: [] };
}
