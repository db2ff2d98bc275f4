import { LISTS } from "../domain/schema/lists";
import type { ListKey } from "../domain/schema/types";

/**
 * Why an import reported a problem (issue 13 items 2–4), as data: the pane words it from the catalogues in its
 * language, the CLI and the problem's `expected` in English. Reading problems (the source itself) and value
 * problems (one cell that could not be taken as its field's type).
 */
export type ProblemReason =
  /** Bytes of a UTF-8 file that are not UTF-8 (they read as U+FFFD): how many, and the first lines holding them. */
  | { readonly kind: "badBytes"; readonly count: number; readonly lines: readonly number[] }
  /** A record whose quote does not balance: read as its own line, the quote kept as a character. */
  | { readonly kind: "unbalancedQuote" }
  /** Two or more columns under the same header: the first one is mapped, the others are kept as extra columns. */
  | { readonly kind: "duplicateHeader"; readonly header: string; readonly columns: readonly string[] }
  /** An XLSX formula cell saved without its result (a tool that writes formulas but never calculates them). */
  | { readonly kind: "formulaWithoutValue" }
  /** Not a date (`time`: a date and time) in any form the importer reads. */
  | { readonly kind: "notDate"; readonly time: boolean }
  /** `05/03/2024`: day and month could be either way round. */
  | { readonly kind: "ambiguousDate" }
  | { readonly kind: "notMonth" }
  | { readonly kind: "notWhole"; readonly min: number; readonly max: number }
  | { readonly kind: "notSeconds" }
  /** Not a value of the workbook's list (nor a synonym of one). */
  | { readonly kind: "notInList"; readonly list: ListKey; readonly values: readonly string[] }
  /** An id the table (or an earlier row of the file) already has: the row was skipped. */
  | { readonly kind: "duplicateId" }
  /** Characters a cell cannot hold were removed from the text. */
  | { readonly kind: "controlCharacters" }
  /** Longer than a cell can hold: the row was set aside. */
  | { readonly kind: "cellTooLong"; readonly limit: number }
  /** Nothing to write but calculated columns: the row was set aside. */
  | { readonly kind: "noValues" }
  /** A required field is blank: the row is in the table, flagged. */
  | { readonly kind: "required"; readonly field: string };

const DATE_EXAMPLES = "2024-03-05 14:30, 2024/3/5 14:30:00, 2024年3月5日 14:30 or an Excel serial number";

/** The reason in English (CLI output, JSON, the problem's `expected`). */
export function describeReason(r: ProblemReason): string {
  switch (r.kind) {
    case "badBytes":
      return (
        `UTF-8 text: ${String(r.count)} bytes are not UTF-8 and read as "\uFFFD" ` +
        `(line ${r.lines.join(", ")}); save the file again as UTF-8`
      );
    case "unbalancedQuote":
      return 'a record whose quotes balance: this row was read as one line with its " kept as a character';
    case "duplicateHeader":
      return `one column per header: "${r.header}" heads columns ${r.columns.join(", ")}; the first one is used`;
    case "formulaWithoutValue":
      return "a value: the cell holds a formula saved without its result; open and save the file in Excel first";
    case "notDate":
      return `a ${r.time ? "date and time" : "date"} such as ${DATE_EXAMPLES}`;
    case "ambiguousDate":
      return "a date whose day and month cannot be taken the wrong way round: write the year first, 2024-03-05";
    case "notMonth":
      return "a month such as 2024-03, 2024/3 or 2024年3月";
    case "notWhole":
      return `a whole number from ${String(r.min)} to ${String(r.max)} (5, ５, 5分 or 4.0)`;
    case "notSeconds":
      return "a number of seconds ≥ 0 (125, 45秒, 2分10秒 or 1:20)";
    case "notInList":
      return `a value of the ${listName(r.list)} list (${shortList(r.values)})`;
    case "duplicateId":
      return "an id the table does not have yet (duplicate skipped)";
    case "controlCharacters":
      return "text without control characters (they were removed)";
    case "cellTooLong":
      return `at most ${String(r.limit)} characters in a cell`;
    case "noValues":
      return "a value in at least one column of the table that is not calculated";
    case "required":
      return `a value: ${r.field} is required (flagged in the table)`;
  }
}

const listName = (list: ListKey) => LISTS.find((l) => l.key === list)?.en ?? list;

/** The first 12 values, then "…". */
export function shortList(values: readonly string[], separator = ", "): string {
  return values.slice(0, 12).join(separator) + (values.length > 12 ? `${separator}…` : "");
}
