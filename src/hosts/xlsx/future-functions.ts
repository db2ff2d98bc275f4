/**
 * Functions added to Excel after Excel 2007 are stored in a file's formulas with the `_xlfn.` prefix
 * (`_xlfn.AGGREGATE(…)`); a file without it shows #NAME? in Excel, which is how Microsoft's "Issue: An _xlfn. prefix
 * is displayed in front of a formula" reads from the other side. Office.js `range.formulas` takes and gives the plain
 * name. The plan holds one formula text with plain names: the file host adds the prefix when it writes a formula and
 * strips it when it reads one back, so a formula read from a file compares equal with the plan's.
 */

/** The post-2007 functions the plan's formulas use (issue 15: the resolution medians). */
export const FUTURE_FUNCTIONS: readonly string[] = ["AGGREGATE"];

const PREFIX = "_xlfn.";
/** A string literal, or a run of formula text outside one. */
const PIECES = /"(?:[^"]|"")*"|[^"]+/gu;

function outsideStrings(formula: string, change: (text: string) => string): string {
  return (formula.match(PIECES) ?? []).map((piece) => (piece.startsWith('"') ? piece : change(piece))).join("");
}

const call = (prefixed: boolean) =>
  new RegExp(`(?<![\\w.])${prefixed ? "_xlfn\\." : ""}(${FUTURE_FUNCTIONS.join("|")})\\(`, "giu");

/** The formula as a file stores it: `AGGREGATE(` → `_xlfn.AGGREGATE(`, never inside a string literal. */
export function toFileFormula(formula: string): string {
  return outsideStrings(formula, (text) => text.replace(call(false), `${PREFIX}$1(`));
}

/** The formula as the plan writes it: `_xlfn.AGGREGATE(` → `AGGREGATE(`, never inside a string literal. */
export function fromFileFormula(formula: string): string {
  return outsideStrings(formula, (text) => text.replace(call(true), "$1("));
}
