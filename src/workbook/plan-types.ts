import type { CellValue, Lang } from "../domain/schema/types";

/**
 * A cell the plan writes: a value, or a formula (text without the leading "="), optionally with the result the
 * domain computed for it, which a file host saves as the formula's cached value (Excel recalculates on open).
 */
export type PlanCell = CellValue | { readonly formula: string; readonly value?: CellValue | PlanError };

/** An error a formula gives, as a cached result: #N/A, which charts leave out. */
export interface PlanError {
  readonly error: "#N/A";
}

export interface TableColumnPlan {
  readonly header: string;
  /** Calculated column: the same formula in every body cell. */
  readonly formula?: string;
  /** A calculated column's results as the domain computed them, one per body row: saved as cached values. */
  readonly values?: readonly CellValue[];
  readonly numFmt?: string;
  readonly width?: number;
}

export type ValidationRule =
  | { readonly type: "list"; readonly source: string }
  | { readonly type: "whole"; readonly min: number; readonly max: number }
  | { readonly type: "decimal"; readonly min: number }
  | { readonly type: "date" };

export type HighlightStyle = "bad" | "warn" | "muted" | "good";

/**
 * A table as the plan's read found it. A plan for a live workbook is a list of changes against this read; a host
 * refuses the change when the table no longer matches it (renamed, moved, other headers, rows added or removed since)
 * instead of writing over what is there now.
 */
export interface TableBase {
  /** Header texts in the workbook's column order. */
  readonly headers: readonly string[];
  /** Body rows the table spans, blank ones included. */
  readonly bodyRows: number;
  /** Body rows up to the last one holding a value: appended rows go after it (blank rows above are filled first). */
  readonly usedRows: number;
}

/** A cell of an existing body row that the use case owns (a generated id in a blank id cell). */
export interface TableCellChange {
  /** 0-based body row, as read. */
  readonly row: number;
  /** 0-based column in the plan's `columns`. */
  readonly column: number;
  readonly value: CellValue;
  /** The cell as read: a host refuses the change when the cell holds something else now (a user typed there). */
  readonly was: CellValue;
}

/**
 * One step of a workbook plan. The plan is plain, serializable data; each host (ExcelJS file, Office.js) writes it.
 * Sheet-level ops name their sheet; `range` values are A1 ranges on that sheet.
 */
export type PlanOp =
  | {
      readonly kind: "sheet";
      readonly name: string;
      readonly freezeRows: number;
      /**
       * The sheet's content is the plan's alone (a report): it is rebuilt in place, cleared and written in one request,
       * so the user sees the previous content or the new one, never half of it, and no undo-clearing sheet delete or
       * rename is needed.
       */
      readonly replace?: boolean;
    }
  /**
   * A record table, as changes. Without `base` the table is created (header and `rows`), and a host refuses when a
   * table of that name exists. With `base` (the table as read) the columns of `columns` past `base.headers` are added
   * at the right end, `cells` are written into existing rows and `rows` are appended after the used rows; nothing
   * else of the table is written: existing rows, user columns and their formats stay as they are.
   */
  | {
      readonly kind: "table";
      readonly sheet: string;
      readonly name: string;
      /** Top-left cell of the header row. */
      readonly origin: string;
      /** Every column after the change, existing ones first in the workbook's order. */
      readonly columns: readonly TableColumnPlan[];
      /** Rows to add, cells in `columns` order; cells of calculated columns are ignored. */
      readonly rows: readonly (readonly CellValue[])[];
      readonly base?: TableBase;
      readonly cells?: readonly TableCellChange[];
      /**
       * 0-based body rows (as read) that leave the table, the rows below moving up: the rows of one import removed
       * again (issue 10 item 3). Only with `base`, and with no `rows` to append.
       */
      readonly deleteRows?: readonly number[];
      /**
       * What each row of `deleteRows` (same order) holds, as read, in column `column` of `columns` (its 导入来源): a
       * host refuses the deletion when a row holds something else now (the table was sorted or edited meanwhile).
       */
      readonly deleteCheck?: { readonly column: number; readonly was: readonly CellValue[] };
      /**
       * A hand-kept sheet adopted in place (issue 10 item 2): no table exists yet, and the cells at `origin`,
       * `base.headers.length` wide and `1 + base.bodyRows` tall, become it. `header` is its header row as read: a host
       * refuses when it holds something else now, writes `base.headers` only where they differ from it, creates the
       * table over the range without writing a body cell (the user's values and formulas stay), then applies the
       * rest of the op as changes against `base`.
       */
      readonly adopt?: { readonly header: readonly CellValue[] };
    }
  | {
      readonly kind: "cells";
      readonly sheet: string;
      readonly origin: string;
      readonly rows: readonly (readonly PlanCell[])[];
      /** Number formats cell by cell, same shape as rows (missing: General). */
      readonly numFmts?: readonly (readonly (string | undefined)[])[];
      /** The first row is a header row (bold). */
      readonly headerRow?: boolean;
    }
  | { readonly kind: "columnWidths"; readonly sheet: string; readonly widths: readonly (number | undefined)[] }
  /** A defined name, added when missing and given this formula when it has another. */
  | { readonly kind: "name"; readonly name: string; readonly formula: string }
  /** Puts these sheets first, in this order. */
  | { readonly kind: "sheetOrder"; readonly sheets: readonly string[] }
  /** Added only where no cell of the range has a validation yet: a user's own rule is never replaced. */
  | { readonly kind: "validation"; readonly sheet: string; readonly range: string; readonly rule: ValidationRule }
  /** Added only when no conditional format touches the range yet (a replaced sheet starts without any). */
  | {
      readonly kind: "highlight";
      readonly sheet: string;
      readonly range: string;
      /** Formula relative to the range's top-left cell, true where the cell is highlighted. */
      readonly formula: string;
      readonly style: HighlightStyle;
      /** A report's mark: the named cell style whose fill and font colour it takes where the workbook defines one. */
      readonly cellStyle?: string;
    }
  | ChartPlan
  /** A report sheet's look: named cell styles on ranges, merged areas and row heights (issue 14). */
  | {
      readonly kind: "format";
      readonly sheet: string;
      readonly styles: readonly { readonly range: string; readonly style: ReportStyle }[];
      readonly merges: readonly string[];
      readonly rowHeights: readonly { readonly row: number; readonly points: number }[];
      /** Each report style's name in the report's language: the named cell style a host defines or finds. */
      readonly names: Readonly<Record<ReportStyle, string>>;
    }
  /** A report sheet's print settings (issue 14): A4 landscape, one page wide, as many tall as the breaks make. */
  | {
      readonly kind: "pageLayout";
      readonly sheet: string;
      /** The printed range, e.g. `A1:L80`. */
      readonly printArea: string;
      /** Rows repeated at the top of every page (1-based, inclusive). */
      readonly titleRows: { readonly first: number; readonly last: number };
      /** A page starts at each of these rows (1-based). */
      readonly rowBreaks: readonly number[];
      /** Page header and footer in Excel's header/footer codes (&P page, &N pages). */
      readonly header: string;
      readonly footer: string;
    }
  /** Puts the sheet first and makes it the active one when the workbook opens (a report just generated). */
  | { readonly kind: "showFirst"; readonly sheet: string };

/**
 * Named cell styles of a report (Excel's cell styles: a company restyles every report by changing the style once).
 * Their look is REPORT_STYLES in src/workbook/report/report-styles.ts.
 */
export type ReportStyle =
  "title" | "subtitle" | "note" | "heading" | "header" | "kpi" | "body" | "paragraph" | "good" | "bad";

/** A native chart of one series. Ranges are absolute references with the sheet ('Sheet'!$A$2:$A$6). */
export interface ChartPlan {
  readonly kind: "chart";
  readonly sheet: string;
  readonly type: "bar" | "line";
  readonly title: string;
  readonly categories: string;
  readonly values: string;
  /** Top-left and bottom-right cells the chart spans. */
  readonly anchor: { readonly from: string; readonly to: string };
}

export interface WorkbookPlan {
  readonly lang: Lang;
  readonly ops: readonly PlanOp[];
}
