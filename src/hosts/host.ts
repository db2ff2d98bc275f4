import type { CellValue } from "../domain/schema/types";
import type { WorkbookPlan } from "../workbook/plan-types";

/** A table as a host reads it: header texts and body values (dates as Excel serial numbers). */
export interface TableGrid {
  readonly sheet: string;
  readonly name: string;
  readonly headers: readonly string[];
  /** The body rows that hold a value, in order (blank rows are left out). */
  readonly rows: readonly (readonly CellValue[])[];
  /** Each row's 0-based body row in the table. */
  readonly rowIndex: readonly number[];
  /** Body rows the table spans, blank ones included. */
  readonly bodyRows: number;
}

/** What one bulk read asks for: tables by their Excel names, sheets by name (either may be missing). */
export interface ReadRequest {
  readonly tables?: readonly string[];
  readonly sheets?: readonly string[];
}

/** A bulk read's answer: every requested name is a key, undefined when the workbook has no such table or sheet. */
export interface WorkbookRead {
  /** The workbook's sheets in tab order, as `sheetNames()` gives them. */
  readonly sheetNames: readonly string[];
  /**
   * A host may make a table's grid when it is asked for, each time (the file host does: a large workbook's grids
   * are hundreds of megabytes each), so ask for each table once and keep what you need of it.
   */
  readonly tables: ReadonlyMap<string, TableGrid | undefined>;
  readonly sheets: ReadonlyMap<string, readonly (readonly CellValue[])[] | undefined>;
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
  /**
   * Several tables and sheets at once, each as `readTable` and `readSheet` give it, with the sheet names: what a
   * use case needs in as few round trips as the host can manage (one call instead of one per table).
   */
  read(request: ReadRequest): Promise<WorkbookRead>;
  apply(plan: WorkbookPlan): Promise<void>;
  /** Makes the sheet the one the user sees (a generated report, the quarantine sheet). */
  activate(sheet: string): Promise<void>;
  /**
   * Where the host can tell a formula from a value: for each asked column of a table (0-based), the 0-based body rows
   * whose cell holds a typed value, not a formula (a value typed over a calculated column, whatever it looks like).
   * Absent, or undefined, when the host cannot tell.
   */
  constantCells?(
    table: string,
    columns: readonly number[],
  ): Promise<ReadonlyMap<number, readonly number[]> | undefined>;
}
