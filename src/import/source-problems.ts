/**
 * What reading a source found wrong without stopping (issue 13 item 2), as data: the pane words it from the
 * catalogues, the CLI and the problem's `expected` in English.
 */
export type SourceReason =
  /** Bytes of a UTF-8 file that are not UTF-8 (they read as U+FFFD): how many, and the first lines holding them. */
  | { readonly kind: "badBytes"; readonly count: number; readonly lines: readonly number[] }
  /** A record whose quote does not balance: read as its own line, the quote kept as a character. */
  | { readonly kind: "unbalancedQuote" }
  /** Two or more columns under the same header: the first one is mapped, the others are kept as extra columns. */
  | { readonly kind: "duplicateHeader"; readonly header: string; readonly columns: readonly string[] }
  /** An XLSX formula cell saved without its result (a tool that writes formulas but never calculates them). */
  | { readonly kind: "formulaWithoutValue" };

/** The reason in English (CLI output, JSON, the problem's `expected`). */
export function describeSourceReason(r: SourceReason): string {
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
  }
}
