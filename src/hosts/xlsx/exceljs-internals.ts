import type ExcelJS from "exceljs";

/** Members ExcelJS 4.4 has at run time but leaves out of its typings. */
interface WorksheetInternals {
  dataValidations: {
    model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
  orderNo: number;
}

export interface TableInternals {
  table: { name: string; tableRef?: string; columns: { name: string }[] };
}

export function internals(ws: ExcelJS.Worksheet): ExcelJS.Worksheet & WorksheetInternals {
  return ws as ExcelJS.Worksheet & WorksheetInternals;
}

export function tableInternals(table: unknown): TableInternals | undefined {
  return table as unknown as TableInternals | undefined;
}
