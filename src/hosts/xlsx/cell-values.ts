import ExcelJS from "exceljs";

const { ValueType } = ExcelJS;
import type { CellValue } from "../../domain/schema/types";

const EXCEL_EPOCH_OFFSET_DAYS = 25569;

/** ExcelJS turns date-formatted numbers into UTC Dates; the domain wants the serial number back. */
export function dateToSerial(date: Date): number {
  return date.getTime() / 86_400_000 + EXCEL_EPOCH_OFFSET_DAYS;
}

/** A cell's value for the domain: a formula gives its cached result (ExcelJS's `value` drops a result of 0). */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  return cell.type === ValueType.Formula ? fromExcelJs(cell.result as ExcelJS.CellValue) : fromExcelJs(cell.value);
}

/** A value for the domain: rich text and links give their text. */
function fromExcelJs(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return value;
  if (typeof value === "string") return value === "" ? undefined : value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateToSerial(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("") || undefined;
  if ("text" in value && typeof value.text === "string") return value.text;
  if ("error" in value) return value.error;
  return undefined;
}
