/* global Excel */
import { cellAddress, columnLetter } from "../../workbook/a1";
import type { ValidationRule } from "../../workbook/plan-types";
import { DATE_RULE_FLOOR, HIGHLIGHT_COLOURS, TABLE_STYLE } from "./office-cells";
import { queueChart } from "./queue-chart";
import type { WriteStep } from "./write-steps";

/**
 * Queues one request's steps on the context (nothing reaches Excel before the caller syncs). Each request suspends
 * recalculation until its sync and keeps Excel's events off while the add-in writes; the plan's last step turns
 * them back on. Worksheets are looked up once per request and sheet, so the steps of a sheet share one object.
 */
export function queueBatch(context: Excel.RequestContext, batch: readonly WriteStep[]): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  context.runtime.enableEvents = false;
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string): Excel.Worksheet => {
    const known = sheets.get(name);
    if (known) return known;
    const ws = context.workbook.worksheets.getItem(name);
    sheets.set(name, ws);
    return ws;
  };
  for (const step of batch) {
    if (step.kind === "addSheet") {
      sheets.set(step.sheet, context.workbook.worksheets.add(step.sheet));
    } else if (step.kind === "retireSheet") {
      const old = sheet(step.sheet);
      old.name = step.as;
      sheets.delete(step.sheet);
      sheets.set(step.as, old);
    } else queueStep(context, step, sheet);
  }
}

function queueStep(context: Excel.RequestContext, step: WriteStep, sheet: (name: string) => Excel.Worksheet): void {
  switch (step.kind) {
    case "addSheet":
    case "retireSheet":
      return;
    case "deleteSheet":
      sheet(step.sheet).delete();
      return;
    case "resetSheet": {
      const all = sheet(step.sheet).getRange();
      all.dataValidation.clear();
      all.conditionalFormats.clearAll();
      return;
    }
    case "freeze":
      if (step.rows > 0) sheet(step.sheet).freezePanes.freezeRows(step.rows);
      else sheet(step.sheet).freezePanes.unfreeze();
      return;
    case "name":
      // An existing name keeps its identity (formulas that use it never see #NAME?); only its formula changes.
      if (step.exists) context.workbook.names.getItem(step.name).formula = `=${step.formula}`;
      else context.workbook.names.add(step.name, `=${step.formula}`);
      return;
    case "removeTable":
      context.workbook.tables.getItem(step.name).convertToRange().clear("Contents");
      return;
    case "block": {
      const width = step.cells[0]?.length ?? 0;
      const range = sheet(step.sheet).getRangeByIndexes(step.row, step.col, step.cells.length, width);
      if (step.formulas) range.formulas = step.cells.map((r) => [...r]);
      else range.values = step.cells.map((r) => [...r]);
      if (step.numFmts) range.numberFormat = step.numFmts.map((r) => [...r]);
      return;
    }
    case "table":
      return queueTable(sheet(step.sheet), step);
    case "widths":
      for (const w of step.widths) {
        const letter = columnLetter(w.col + 1);
        sheet(step.sheet).getRange(`${letter}:${letter}`).format.columnWidth = w.points;
      }
      return;
    case "boldRow":
      sheet(step.sheet).getRange(`${step.row + 1}:${step.row + 1}`).format.font.bold = true;
      return;
    case "validation": {
      const validation = sheet(step.sheet).getRange(step.range).dataValidation;
      validation.rule = validationRule(step.rule);
      validation.ignoreBlanks = true;
      validation.errorAlert = { showAlert: true, style: "Stop", title: "", message: "" };
      return;
    }
    case "highlight": {
      const format = sheet(step.sheet).getRange(step.range).conditionalFormats.add("Custom");
      format.custom.rule.formula = `=${step.formula}`;
      format.custom.format.fill.color = HIGHLIGHT_COLOURS[step.style].fill;
      format.custom.format.font.color = HIGHLIGHT_COLOURS[step.style].font;
      return;
    }
    case "chart":
      return queueChart(sheet, step);
    case "sheetOrder":
      step.sheets.forEach((name, position) => (sheet(name).position = position));
      return;
    case "events":
      context.runtime.enableEvents = step.enabled;
      return;
  }
}

/** The table over its written cells, then the same formula in every body cell of a calculated column. */
function queueTable(ws: Excel.Worksheet, step: Extract<WriteStep, { kind: "table" }>): void {
  const to = cellAddress(step.row + step.rowCount, step.col + step.columns.length);
  const table = ws.tables.add(`${cellAddress(step.row + 1, step.col + 1)}:${to}`, true);
  table.name = step.name;
  table.style = TABLE_STYLE;
  table.showBandedRows = true;
  table.showFilterButton = true;
  step.columns.forEach((column, i) => {
    if (!column.formula && !column.numFmt) return;
    const body = ws.getRangeByIndexes(step.row + 1, step.col + i, step.rowCount - 1, 1);
    if (column.formula) fillRange(body, "formulas", `=${column.formula}`);
    if (column.numFmt) fillRange(body, "numberFormat", column.numFmt);
  });
}

/**
 * One value for every cell of a range. Office.js applies a single (non-array) value to the whole range, as
 * Microsoft's own snippet does (OfficeDev/office-js-snippet-explorer `setFormulaInRange.js` sets "=RAND()*17" on
 * A1:C3); the typings only describe the 2D form. A 100,000-row calculated column thus costs its formula once per
 * request instead of 100,000 times (the issue table's three formulas are 1.3 kB a row).
 */
function fillRange(range: Excel.Range, property: "formulas" | "numberFormat", value: string): void {
  range[property] = value as unknown as string[][];
}

function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      // A string reference: a Range object as source fails on some platforms (ARCHITECTURE.md "Excel facts").
      return { list: { inCellDropDown: true, source: `=${rule.source}` } };
    case "whole":
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "decimal":
      return { decimal: { formula1: rule.min, operator: "GreaterThanOrEqualTo" } };
    case "date":
      return { date: { formula1: DATE_RULE_FLOOR, operator: "GreaterThanOrEqualTo" } };
  }
}
