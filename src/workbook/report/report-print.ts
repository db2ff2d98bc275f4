import type { PlanOp } from "../plan-types";

/** Column widths of the report sheet (characters); A:L are printed, N holds the charts' source values. D holds a
 * suggestion phrase of up to 12 Chinese characters. */
export const REPORT_WIDTHS: readonly number[] = [22, 12, 12, 24, 13, 13, 12, 19, 15, 12, 16, 12, 2, 10];

/** Rows that print together: a section with its heading (and its chart), never split over two pages. */
export interface Block {
  readonly first: number;
  readonly last: number;
  /** The block's table header row: a block taller than a page breaks only below it. */
  readonly header?: number;
}

/** The height of a report row without a height of its own (points). */
export const ROW_POINTS = 13;
/** A4 landscape less Excel's default margins (0.7 in sides, 0.75 in top and bottom), in points. */
const PAGE = { width: (297 / 25.4 - 1.4) * 72, height: (210 / 25.4 - 1.5) * 72 };
/** Points per character of column width (Calibri 11: 7 px a character and 5 px padding, at 96 dpi). */
const pointsPerChar = (chars: number) => ((chars * 7 + 5) * 72) / 96;

/** The scale that fits the printed columns (A:L) on one page width. */
function printScale(): number {
  const printed = REPORT_WIDTHS.slice(0, 12).reduce((sum, w) => sum + pointsPerChar(w), 0);
  return Math.min(1, PAGE.width / printed);
}

/** The points of rows that fit on one printed page, unscaled (what a block of rows may add up to). */
export const PAGE_POINTS = PAGE.height / printScale();

/**
 * The report's print settings: A4 landscape, one page wide, and a page break before each block that would not fit on
 * the page it starts on, so no table or chart is split (a block taller than a page starts a page of its own). Page
 * heights are estimated from the row heights at the scale that fits the printed columns on one page width.
 */
export function printLayout(
  sheet: string,
  blocks: readonly Block[],
  rowHeights: readonly { row: number; points: number }[],
  lastRow: number,
  text: { header: string; footer: string },
): Extract<PlanOp, { kind: "pageLayout" }> {
  const scale = printScale();
  const titleRows = { first: 1, last: 1 };
  const heights = new Map(rowHeights.map((h) => [h.row, h.points]));
  const height = (from: number, to: number) => {
    let sum = 0;
    for (let r = from; r <= to; r++) sum += heights.get(r) ?? ROW_POINTS;
    return sum * scale;
  };
  // Header and footer take the space between the margins and the page edge: the body keeps PAGE.height.
  const titles = height(titleRows.first, titleRows.last);
  const rowBreaks: number[] = [];
  let used = 0;
  for (const block of blocks) {
    const size = height(block.first, block.last);
    const room = PAGE.height - (rowBreaks.length > 0 ? titles : 0);
    if (used > 0 && used + size > room) {
      rowBreaks.push(block.first);
      used = titles;
    }
    used += size;
  }
  return {
    kind: "pageLayout",
    sheet,
    printArea: `A1:L${lastRow}`,
    titleRows,
    rowBreaks,
    header: text.header,
    footer: text.footer,
  };
}
