import type ExcelJS from "exceljs";
import type { CellValue } from "../../domain/schema/types";
import { parseAddress } from "../../workbook/a1";
import { internals, tableInternals } from "./exceljs-internals";
import type { HighlightStyle, PlanError, PlanOp, ValidationRule } from "../../workbook/plan-types";

type Op<K extends PlanOp["kind"]> = Extract<PlanOp, { kind: K }>;

const FILLS: Readonly<Record<HighlightStyle, { fill: string; font: string }>> = {
  bad: { fill: "FFFFC7CE", font: "FF9C0006" },
  warn: { fill: "FFFFEB9C", font: "FF9C5700" },
  muted: { fill: "FFEDEDED", font: "FF7F7F7F" },
};

const toExcel = (v: CellValue): ExcelJS.CellValue => (v === undefined ? null : v);

/** Writes a table over its range, replacing a table of the same name and clearing what it covered before. */
export function applyTable(ws: ExcelJS.Worksheet, op: Op<"table">): void {
  const old = tableInternals(ws.getTable(op.name));
  const oldRef = old?.table.tableRef;
  if (old) ws.removeTable(op.name);
  if (oldRef) clearRange(ws, oldRef);
  const origin = parseAddress(op.origin);
  const body = op.rows.length > 0 ? op.rows : [op.columns.map(() => undefined)];
  // A column's format is set on the column before its cells are written: each cell inherits it, and so do the
  // rows a user adds below the table later.
  op.columns.forEach((c, i) => {
    const col = ws.getColumn(origin.col + i);
    if (c.width) col.width = c.width;
    if (c.numFmt) col.numFmt = c.numFmt;
  });
  ws.addTable({
    name: op.name,
    ref: op.origin,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: op.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: body.map((r, row) =>
      op.columns.map(
        (c, i) => (c.formula ? formulaCell(c.formula, c.values?.[row]) : toExcel(r[i])) as ExcelJS.CellValue,
      ),
    ),
  });

  ws.getRow(origin.row).font = { bold: true };
}

function clearRange(ws: ExcelJS.Worksheet, ref: string): void {
  const [a, b] = ref.split(":");
  if (!a || !b) return;
  const from = parseAddress(a);
  const to = parseAddress(b);
  for (let r = from.row; r <= to.row; r++) {
    const row = ws.getRow(r);
    for (let c = from.col; c <= to.col; c++) row.getCell(c).value = null;
  }
}

/** A formula with the domain's result as its cached value, when the plan knows it. */
function formulaCell(formula: string, value: CellValue | PlanError): ExcelJS.CellFormulaValue {
  if (value === undefined) return { formula } as ExcelJS.CellFormulaValue;
  return { formula, result: typeof value === "object" ? { error: value.error } : value, date1904: false };
}

export function applyCells(ws: ExcelJS.Worksheet, op: Op<"cells">): void {
  const origin = parseAddress(op.origin);
  op.rows.forEach((cells, r) => {
    const row = ws.getRow(origin.row + r);
    cells.forEach((v, c) => {
      const cell = row.getCell(origin.col + c);
      cell.value = v !== null && typeof v === "object" ? formulaCell(v.formula, v.value) : toExcel(v);
      const fmt = op.numFmts?.[r]?.[c];
      if (fmt) cell.numFmt = fmt;
    });
    if (op.headerRow && r === 0) row.font = { bold: true };
  });
}

export function applyValidation(ws: ExcelJS.Worksheet, op: Op<"validation">): void {
  internals(ws).dataValidations.add(op.range, toDataValidation(op.rule));
}

function toDataValidation(rule: ValidationRule): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop" as const };
  switch (rule.type) {
    case "list":
      return { ...common, type: "list", formulae: [rule.source] };
    case "whole":
      return { ...common, type: "whole", operator: "between", formulae: [rule.min, rule.max] };
    case "decimal":
      return { ...common, type: "decimal", operator: "greaterThanOrEqual", formulae: [rule.min] };
    case "date":
      // Any date from Excel's first, 1900-01-01 (serial 1). ExcelJS counts serials from 1970 without Excel's 1900
      // leap day, so the Date that it writes as serial 1 is 1899-12-31.
      return { ...common, type: "date", operator: "greaterThanOrEqual", formulae: [new Date(Date.UTC(1899, 11, 31))] };
  }
}

export function applyHighlight(ws: ExcelJS.Worksheet, op: Op<"highlight">): void {
  const colours = FILLS[op.style];
  ws.addConditionalFormatting({
    ref: op.range,
    rules: [
      {
        type: "expression",
        // Rules of a sheet are ranked by a priority of their own (CT_CfRule); Excel writes them 1, 2, 3, …
        priority: nextPriority(ws),
        formulae: [op.formula],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: colours.fill } },
          font: { color: { argb: colours.font } },
        },
      },
    ],
  });
}

function nextPriority(ws: ExcelJS.Worksheet): number {
  const rules = internals(ws).conditionalFormattings.flatMap((cf) => cf.rules);
  return Math.max(0, ...rules.map((r) => r.priority ?? 0)) + 1;
}

export function applyColumnWidths(ws: ExcelJS.Worksheet, op: Op<"columnWidths">): void {
  op.widths.forEach((w, i) => {
    if (w) ws.getColumn(i + 1).width = w;
  });
}
