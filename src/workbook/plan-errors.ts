import { AppError } from "../domain/errors";

/**
 * The workbook no longer is what the plan was built from: a table was renamed, moved, given other headers or rows
 * since it was read, or cells the change would write into now hold data. Nothing was written; running the operation
 * again reads the workbook afresh.
 */
export class WorkbookChangedError extends AppError {
  constructor(
    readonly target: string,
    problem: string,
  ) {
    super("workbook-changed", `${target}: ${problem}; nothing was written`);
  }
}

/**
 * A table cannot grow because the cells its new rows (below it) or new columns (beside it) would take hold data —
 * notes typed under the table, a user's own table — or are merged (a table cannot hold merged cells). Nothing was written; the user moves one or the other.
 */
export class TableBlockedError extends AppError {
  constructor(
    readonly sheet: string,
    readonly cell: string,
    readonly table: string,
  ) {
    super(
      "table-blocked",
      `${sheet}!${cell}: table ${table} would grow over this cell, which holds data or is merged; ` +
        "move what is there (or the table) elsewhere and run again; nothing was written",
    );
  }
}

/** A sheet the operation writes to is protected. Nothing was written. */
export class SheetProtectedError extends AppError {
  constructor(readonly sheet: string) {
    super("sheet-protected", `${sheet}: the sheet is protected; unprotect it (Review › Unprotect Sheet) and try again`);
  }
}

/** Excel holds at most 32,767 characters in a cell and 8,192 in a formula. */
export const MAX_CELL_CHARS = 32_767;
export const MAX_FORMULA_CHARS = 8_192;

/** A value or formula is longer than Excel accepts in a cell. Nothing was written. */
export class CellLimitError extends AppError {
  constructor(
    readonly sheet: string,
    readonly cell: string,
    readonly length: number,
    readonly limit: number,
  ) {
    super("cell-limit", `${sheet}!${cell}: ${length} characters, Excel takes at most ${limit} in a cell`);
  }
}
