/* global Excel */
import { cellAddress, columnLetter } from "../../workbook/a1";
import type { ValidationRule } from "../../workbook/plan-types";
import { DATE_RULE_FLOOR, HIGHLIGHT_COLOURS, TABLE_STYLE } from "./office-cells";
import { queueChart } from "./queue-chart";
import { queueFormat, queuePageLayout, queueShowFirst } from "./report-page";
import type { BlockStep, WriteStep } from "./write-steps";

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
    if (step.kind === "addSheet") sheets.set(step.sheet, context.workbook.worksheets.add(step.sheet));
    else queueStep(context, step, sheet);
  }
}

function queueStep(context: Excel.RequestContext, step: WriteStep, sheet: (name: string) => Excel.Worksheet): void {
  switch (step.kind) {
    case "addSheet":
      return;
    case "clearSheet": {
      // In place, in the request that writes the new content: no sheet delete or rename (they clear Excel's undo
      // stack on Windows and Mac), and the user sees the old report or the new one, never an empty or half sheet.
      const ws = sheet(step.sheet);
      for (const name of step.charts) ws.charts.getItem(name).delete();
      for (const name of step.tables) ws.tables.getItem(name).delete();
      const all = ws.getRange();
      all.dataValidation.clear();
      all.conditionalFormats.clearAll();
      all.clear("All");
      return;
    }
    case "deleteRows":
      // Range.delete (ExcelApi 1.1) over whole table rows removes them from the table, as Delete › Table Rows does;
      // TableRowCollection.deleteRows/deleteRowsAt take many rows at once but are ExcelApiOnline 1.1 (the web only).
      for (const run of step.runs) {
        sheet(step.sheet).getRangeByIndexes(run.row, step.col, run.count, step.width).delete("Up");
      }
      return;
    case "renameTable": {
      const table = context.workbook.tables.getItem(step.table);
      table.name = step.name;
      table.style = TABLE_STYLE;
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
    case "block":
      return queueBlock(context, sheet(step.sheet), step);
    case "table":
      return queueTable(sheet(step.sheet), step);
    case "addColumns": {
      const columns = context.workbook.tables.getItem(step.table).columns;
      for (const header of step.headers) columns.add(undefined, undefined, header);
      return;
    }
    case "fill":
      return fillRange(
        sheet(step.sheet).getRangeByIndexes(step.row, step.col, step.rows, 1),
        step.property,
        step.value,
      );
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
      const colours = step.colours ?? HIGHLIGHT_COLOURS[step.style];
      format.custom.format.fill.color = colours.fill;
      format.custom.format.font.color = colours.font;
      return;
    }
    case "chart":
      return queueChart(sheet, step);
    case "position":
      sheet(step.sheet).position = step.position;
      return;
    case "calculate":
      // Excel is set to manual calculation: the written formulas would show stale results until the user presses F9.
      context.workbook.application.calculate("Full");
      return;
    case "events":
      context.runtime.enableEvents = step.enabled;
      return;
    case "format":
      return queueFormat(context, sheet(step.sheet), step);
    case "pageLayout":
      return queuePageLayout(sheet(step.sheet), step);
    case "showFirst":
      return queueShowFirst(sheet(step.sheet));
  }
}

/**
 * A block of cells. Rows appended to a table join it in the same request, so a stop between two requests leaves
 * every block either in the table or not written at all:
 * - "resize" (ExcelApi 1.13): the values go below the table and `Table.resize` takes them in. Microsoft's
 *   "Coauthoring in Excel add-ins" lists TableRowCollection.add as a cause of merge conflicts, and "Performance
 *   optimization using the Excel JavaScript API" (Import data into tables) advises writing range values rather than
 *   adding rows through the table: this is the path wherever the API exists.
 * - "rowsAdd": older Excel has no `resize`; `TableRowCollection.add(null, values)` (ExcelApi 1.1) adds the whole
 *   block in one call, which is what Microsoft's TableRowCollection.add reference recommends over row-by-row adds.
 */
function queueBlock(context: Excel.RequestContext, ws: Excel.Worksheet, step: BlockStep): void {
  const width = step.cells[0]?.length ?? 0;
  const range = ws.getRangeByIndexes(step.row, step.col, step.cells.length, width);
  const cells = step.cells.map((r) => [...r]);
  if (step.append?.mode === "rowsAdd") {
    // Rows for TableRowCollection.add hold no null (a calculated column's cells carry its formula).
    context.workbook.tables.getItem(step.append.table).rows.add(undefined, cells as (string | number)[][]);
  } else {
    if (step.formulas) range.formulas = cells;
    else range.values = cells;
    if (step.append) {
      const { headerRow } = step.append;
      const all = ws.getRangeByIndexes(headerRow, step.col, step.row + step.cells.length - headerRow, width);
      context.workbook.tables.getItem(step.append.table).resize(all);
    }
  }
  if (step.numFmts) range.numberFormat = step.numFmts.map((r) => [...r]);
  for (const f of step.append?.fills ?? []) {
    const column = ws.getRangeByIndexes(step.row, step.col + f.offset, step.cells.length, 1);
    if (f.formula) fillRange(column, "formulas", f.formula);
    if (f.numFmt) fillRange(column, "numberFormat", f.numFmt);
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
