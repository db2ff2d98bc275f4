import { AppError } from "../domain/errors";

/** Where in a source file a problem is; `row` is 1-based (a CSV record number or an Excel row). */
export interface SourceLocation {
  readonly file: string;
  readonly sheet?: string;
  readonly row?: number;
  /** The source header text and its column letter, e.g. `服务日期 (F)`. */
  readonly column?: string;
}

/** Why a source cannot be imported, as data for the pane's catalogues (the message is the English). */
export type SourceErrorReason =
  | { readonly kind: "noHeader" }
  | { readonly kind: "tooManyRows"; readonly limit: number }
  | { readonly kind: "tooManyColumns"; readonly limit: number; readonly columns: number }
  | { readonly kind: "notWorkbook" }
  | { readonly kind: "noSheet"; readonly sheets: readonly string[] }
  | { readonly kind: "noSuchFile" }
  | { readonly kind: "notCsvOrXlsx" }
  | { readonly kind: "mappingNoColumn"; readonly column: string }
  | { readonly kind: "mappingNoField"; readonly field: string }
  | {
      readonly kind: "mappingTaken";
      readonly field: { readonly zh: string; readonly en: string };
      readonly column: string;
      readonly owner: string;
    };

/**
 * A source file that cannot be imported at all (DOMAIN.md §4, issue 3 item 9): missing, not CSV or XLSX, not
 * readable, no such sheet, or no header row naming a column of the table. The message starts with the file and
 * says what was expected: `survey.csv: no recognisable header row; expected …`.
 */
export class ImportSourceError extends AppError {
  readonly file: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly expected: string;
  readonly reason?: SourceErrorReason;

  constructor(
    location: SourceLocation,
    problem: string,
    expected: string,
    options?: { cause?: unknown; reason?: SourceErrorReason },
  ) {
    super("import-source", `${locationText(location)}: ${problem}; expected ${expected}`, options);
    if (options?.reason !== undefined) this.reason = options.reason;
    this.file = location.file;
    if (location.sheet !== undefined) this.sheet = location.sheet;
    if (location.row !== undefined) this.row = location.row;
    if (location.column !== undefined) this.column = location.column;
    this.expected = expected;
  }
}

/** `file`, `file [sheet]`, `file [sheet] row 3`, `file row 3 column 服务日期 (F)`. */
export function locationText({ file, sheet, row, column }: SourceLocation): string {
  const parts = [file];
  if (sheet !== undefined) parts.push(`[${sheet}]`);
  if (row !== undefined) parts.push(`row ${String(row)}`);
  if (column !== undefined) parts.push(`column ${column}`);
  return parts.join(" ");
}
