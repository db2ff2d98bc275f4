import type { CellValue } from "../domain/schema/types";
import type { TableGrid } from "../hosts/host";

/** Where a table's cells are on its sheet: the 1-based Excel row of each body row, the 1-based first column. */
export interface TablePlace {
  readonly rows: readonly number[];
  readonly firstColumn: number;
}

const blank = (v: CellValue) => v === undefined || v === "";

/**
 * The Excel rows of a table read through `readTable` (which leaves out blank rows), found by locating its header
 * on the sheet and walking down past blank rows. Without the sheet, the table is taken to start at A1.
 */
export function locateTable(sheet: readonly (readonly CellValue[])[] | undefined, grid: TableGrid): TablePlace {
  const n = grid.headers.length;
  const at = (r: number, c: number) => String(sheet?.[r]?.[c] ?? "");
  for (let r = 0; sheet && r < sheet.length; r++) {
    const width = sheet[r]?.length ?? 0;
    for (let c = 0; c + n <= width; c++) {
      if (!grid.headers.every((h, k) => at(r, c + k) === h)) continue;
      const rows: number[] = [];
      for (let k = r + 1; k < sheet.length && rows.length < grid.rows.length; k++) {
        if (sheet[k]?.slice(c, c + n).some((v) => !blank(v))) rows.push(k + 1);
      }
      if (rows.length === grid.rows.length) return { rows, firstColumn: c + 1 };
    }
  }
  return { rows: grid.rows.map((_, i) => i + 2), firstColumn: 1 };
}
