import type { CellValue } from "../domain/schema/types";
import type { WorkbookPlan } from "../workbook/plan-types";

/** A table as a host reads it: header texts and body values (dates as Excel serial numbers). */
export interface TableGrid {
  readonly sheet: string;
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

/**
 * What every host (an .xlsx file through ExcelJS, a live workbook through Office.js) offers the use cases:
 * read what is there, and apply a plan. Applying leaves sheets the plan does not name untouched.
 */
export interface WorkbookHost {
  sheetNames(): Promise<readonly string[]>;
  /** A table by its Excel name, or undefined when the workbook has none by that name. */
  readTable(name: string): Promise<TableGrid | undefined>;
  /** The used range of a sheet from A1, or undefined when there is no such sheet. */
  readSheet(name: string): Promise<readonly (readonly CellValue[])[] | undefined>;
  apply(plan: WorkbookPlan): Promise<void>;
  /** Makes the sheet the one the user sees (a generated report, the quarantine sheet). */
  activate(sheet: string): Promise<void>;
}
