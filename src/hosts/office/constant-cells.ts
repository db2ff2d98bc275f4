/* global Excel */
import { parseAddress } from "../../workbook/a1";
import { errorMessage, isItemNotFound, OfficeHostError } from "./office-errors";

/**
 * For each asked column of a table (0-based), the 0-based body rows whose cell holds a typed value, not a formula:
 * `Range.getSpecialCellsOrNullObject("Constants")` (ExcelApi 1.9) over each column's body, in one request. Excel
 * answers a one-cell range with the whole sheet's constants, so every area is cut to the column's body.
 * @returns undefined when the workbook has no such table
 * @throws OfficeHostError when Excel refuses the request
 */
export async function constantCells(
  context: Excel.RequestContext,
  table: string,
  columns: readonly number[],
): Promise<Map<number, number[]> | undefined> {
  const body = context.workbook.tables.getItem(table).getDataBodyRange();
  const place = body.load("rowIndex, columnIndex, rowCount");
  const constants = columns.map((c) => body.getColumn(c).getSpecialCellsOrNullObject("Constants").load("address"));
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return undefined;
    throw new OfficeHostError(`reading which cells of ${table} hold formulas`, errorMessage(error), { cause: error });
  }
  const out = new Map<number, number[]>();
  columns.forEach((c, i) => {
    const areas = constants[i];
    const rows = new Set<number>();
    const column = place.columnIndex + c;
    for (const area of areas && !areas.isNullObject ? areas.address.split(",") : []) {
      const [a = "A1", b = a] = area
        .slice(area.lastIndexOf("!") + 1)
        .replace(/\$/g, "")
        .split(":");
      const from = parseAddress(a);
      const to = parseAddress(b);
      if (from.col - 1 > column || to.col - 1 < column) continue;
      for (let r = from.row - 1; r <= to.row - 1; r++) {
        const bodyRow = r - place.rowIndex;
        if (bodyRow >= 0 && bodyRow < place.rowCount) rows.add(bodyRow);
      }
    }
    out.set(
      c,
      [...rows].sort((x, y) => x - y),
    );
  });
  return out;
}
