import type ExcelJS from "exceljs";
import { parseAddress } from "../../workbook/a1";
import { tableInternals } from "./exceljs-internals";
import type { SheetCells } from "./sheet-cells";

/**
 * For each asked column of a table (0-based), the 0-based body rows whose cell holds a value and no formula:
 * a value typed over a calculated column. Undefined when the workbook has no such table.
 */
export function constantCells(
  sheets: readonly ExcelJS.Worksheet[],
  cellsOf: (ws: ExcelJS.Worksheet) => SheetCells,
  table: string,
  columns: readonly number[],
): Map<number, number[]> | undefined {
  for (const ws of sheets) {
    const ref = tableInternals(ws.getTable(table))?.table.tableRef;
    if (!ref) continue;
    const [a = "A1", b = a] = ref.split(":");
    const from = parseAddress(a);
    const to = parseAddress(b);
    const cells = cellsOf(ws);
    const out = new Map<number, number[]>();
    for (const c of columns) {
      const rows: number[] = [];
      for (let r = from.row + 1; r <= to.row; r++) {
        const col = from.col + c;
        if (!cells.isBlank(r, col) && !cells.isFormula(r, col)) rows.push(r - from.row - 1);
      }
      out.set(c, rows);
    }
    return out;
  }
  return undefined;
}
