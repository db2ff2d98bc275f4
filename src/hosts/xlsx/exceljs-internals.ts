import type ExcelJS from "exceljs";

/** Members ExcelJS 4.4 has at run time but leaves out of its typings. */
interface WorksheetInternals {
  dataValidations: {
    model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  orderNo: number;
  /** Rows by 0-based row index (sparse). */
  _rows: (ExcelJS.Row | undefined)[];
}

interface WorkbookInternals {
  /** Theme parts by name (theme1 → XML); `undefined` makes ExcelJS write its default Office theme. */
  _themes: Record<string, string> | undefined;
}

export interface TableInternals {
  table: { name: string; tableRef?: string; autoFilterRef?: string; columns: { name: string }[] };
}

export function internals(ws: ExcelJS.Worksheet): ExcelJS.Worksheet & WorksheetInternals {
  return ws as ExcelJS.Worksheet & WorksheetInternals;
}

export function workbookInternals(wb: ExcelJS.Workbook): ExcelJS.Workbook & WorkbookInternals {
  return wb as ExcelJS.Workbook & WorkbookInternals;
}

export function tableInternals(table: unknown): TableInternals | undefined {
  return table as unknown as TableInternals | undefined;
}
