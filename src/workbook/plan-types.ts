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

export type HighlightStyle = "bad" | "warn" | "muted";

/**
 * One step of a workbook plan. The plan is plain, serializable data; each host (ExcelJS file, Office.js) writes it.
 * Sheet-level ops name their sheet; `range` values are A1 ranges on that sheet.
 */
export type PlanOp =
  | {
      readonly kind: "sheet";
      readonly name: string;
      readonly freezeRows: number;
      /** Start from an empty sheet: a sheet of this name is deleted first (report sheets are regenerated whole). */
      readonly replace?: boolean;
    }
  | {
      readonly kind: "table";
      readonly sheet: string;
      readonly name: string;
      /** Top-left cell of the header row. */
      readonly origin: string;
      readonly columns: readonly TableColumnPlan[];
      /** Body rows; cells of calculated columns are ignored (null). */
      readonly rows: readonly (readonly CellValue[])[];
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
  | { readonly kind: "name"; readonly name: string; readonly formula: string }
  /** Puts these sheets first, in this order. */
  | { readonly kind: "sheetOrder"; readonly sheets: readonly string[] }
  | { readonly kind: "validation"; readonly sheet: string; readonly range: string; readonly rule: ValidationRule }
  | {
      readonly kind: "highlight";
      readonly sheet: string;
      readonly range: string;
      /** Formula relative to the range's top-left cell, true where the cell is highlighted. */
      readonly formula: string;
      readonly style: HighlightStyle;
    }
  | ChartPlan;

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
