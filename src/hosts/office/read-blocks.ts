/* global Excel */
import type { CellValue } from "../../domain/schema/types";
import { errorMessage, isPayloadTooLarge, OfficeHostError } from "./office-errors";
import { fromOfficeValue } from "./office-cells";

/** Excel reads at most 5,000,000 cells in one request. */
const MAX_CELLS_PER_READ = 5_000_000;

/** A rectangle of a sheet by 0-based indexes. */
export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * The values of an area, read in row blocks: one sync per block of `blockRows` rows, half as many rows (for this
 * and later blocks) when Excel answers that a response is too large.
 * @throws OfficeHostError when Excel refuses a read that cannot be made smaller.
 */
export async function readArea(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: Area,
  blockRows: number,
): Promise<CellValue[][]> {
  const out: CellValue[][] = [];
  if (area.cols <= 0) return out;
  let size = Math.max(1, Math.min(blockRows, Math.floor(MAX_CELLS_PER_READ / area.cols)));
  let done = 0;
  while (done < area.rows) {
    const rows = Math.min(size, area.rows - done);
    const range = sheet.getRangeByIndexes(area.row + done, area.col, rows, area.cols).load("values");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- deliberate: one round trip per row block
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || rows <= 1) {
        throw new OfficeHostError(`reading ${area.rows} rows`, errorMessage(error), { cause: error });
      }
      size = Math.ceil(rows / 2);
      continue;
    }
    for (const r of range.values) out.push(r.map(fromOfficeValue));
    done += rows;
  }
  return out;
}
