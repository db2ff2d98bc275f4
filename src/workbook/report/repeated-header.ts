import { PAGE_POINTS, ROW_POINTS } from "./report-print";

/**
 * How a report table longer than a page is printed (issue 14): Excel's print titles are one row range per sheet (the
 * report's title row), so they cannot repeat each table's header. Instead the layout splits the table's rows into
 * page-sized parts and writes the header row again above every part after the first; each part is its own print
 * block, so the page breaks fall between parts (report-print.ts) and every printed page of the table starts with its
 * header. A table that fits on one page is one part, as before.
 */
export interface TablePart {
  /** Index of the part's first row among the table's rows. */
  readonly from: number;
  readonly count: number;
}

/** Rows kept free on a page for the estimate's error (LibreOffice's and Excel's row heights differ a little). */
const SPARE_ROWS = 2;

/**
 * The parts of a table of `rows` body rows of ROW_POINTS each. `titles` is the height of the rows printed above
 * every page (print titles), `lead` the height of what precedes the first part (blank row, heading, header), `header`
 * the height of a repeated header row (points).
 */
export function tableParts(rows: number, sizes: { titles: number; lead: number; header: number }): TablePart[] {
  const room = (fixed: number) =>
    Math.max(1, Math.floor((PAGE_POINTS - sizes.titles - fixed) / ROW_POINTS) - SPARE_ROWS);
  const first = room(sizes.lead);
  if (rows <= first) return [{ from: 0, count: rows }];
  const parts: TablePart[] = [{ from: 0, count: first }];
  const later = room(sizes.header);
  for (let from = first; from < rows; from += later) parts.push({ from, count: Math.min(later, rows - from) });
  return parts;
}
