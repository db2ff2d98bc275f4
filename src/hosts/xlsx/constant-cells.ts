import ExcelJS from "exceljs";
import { parseAddress } from "../../workbook/a1";
import { tableInternals } from "./exceljs-internals";

/**
 * For each asked column of a table (0-based), the 0-based body rows whose cell holds a value and no formula:
 * a value typed over a calculated column. Undefined when the workbook has no such table.
 */
export function constantCells(
  workbook: ExcelJS.Workbook,
  table: string,
  columns: readonly number[],
): Map<number, number[]> | undefined {
  for (const ws of workbook.worksheets) {
    const ref = tableInternals(ws.getTable(table))?.table.tableRef;
    if (!ref) continue;
    const [a = "A1", b = a] = ref.split(":");
    const from = parseAddress(a);
    const to = parseAddress(b);
    const out = new Map<number, number[]>();
    for (const c of columns) {
      const rows: number[] = [];
      for (let r = from.row + 1; r <= to.row; r++) {
        const cell = ws.getRow(r).getCell(from.col + c);
        const blank = cell.value === null || cell.value === undefined || cell.value === "";
        if (!blank && cell.type !== ExcelJS.ValueType.Formula) rows.push(r - from.row - 1);
      }
      out.set(c, rows);
    }
    return out;
  }
  return undefined;
}
