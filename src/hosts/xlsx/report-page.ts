import type ExcelJS from "exceljs";
import { parseAddress } from "../../workbook/a1";
import type { PlanOp, ReportStyle } from "../../workbook/plan-types";
import { REPORT_STYLES, type StyleLook } from "../../workbook/report/report-styles";
import { internals } from "./exceljs-internals";
import { namedStyleLook } from "./named-styles";

type Op<K extends PlanOp["kind"]> = Extract<PlanOp, { kind: K }>;

const argb = (rgb: string) => `FF${rgb}`;

function cellStyle(look: StyleLook): Partial<ExcelJS.Style> {
  const line = look.border ? { style: "thin" as const, color: { argb: argb(look.border) } } : undefined;
  return {
    font: {
      size: look.font.size,
      bold: look.font.bold ?? false,
      italic: look.font.italic ?? false,
      color: { argb: argb(look.font.color) },
    },
    ...(look.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } } } : {}),
    ...(line ? { border: { top: line, left: line, bottom: line, right: line } } : {}),
    ...(look.underline ? { border: { bottom: { style: "medium", color: { argb: argb(look.underline) } } } } : {}),
    alignment: { wrapText: look.wrap ?? false, vertical: look.vertical === "top" ? "top" : "middle" },
  };
}

/**
 * Gives each range of the report its named style (keeping each cell's number format), merges, row heights. Every
 * report style is defined in the workbook (named-styles.ts); one the workbook already defines keeps its definition.
 */
export function applyFormat(ws: ExcelJS.Worksheet, op: Op<"format">): void {
  const styles = Object.keys(REPORT_STYLES) as ReportStyle[];
  const looks = new Map(
    styles.map((s) => [s, namedStyleLook(ws.workbook, op.names[s], cellStyle(REPORT_STYLES[s].look))] as const),
  );
  for (const { range, style } of op.styles) {
    const [a = "A1", b = a] = range.split(":");
    const from = parseAddress(a);
    const to = parseAddress(b);
    const look = looks.get(style) ?? {};
    for (let r = from.row; r <= to.row; r++) {
      for (let c = from.col; c <= to.col; c++) {
        const cell = ws.getRow(r).getCell(c);
        const numFmt = cell.numFmt;
        cell.style = { ...look, ...(numFmt ? { numFmt } : {}) };
      }
    }
  }
  for (const range of op.merges) ws.mergeCells(range);
  for (const { row, points } of op.rowHeights) ws.getRow(row).height = points;
}

/**
 * A report mark just added by applyHighlight takes the fill and font colour of its named style (`op.cellStyle`) as the
 * workbook defines it, so a company's restyle of the good and bad styles reaches the marks of its next report. A
 * range that already had a conditional format (applyHighlight added none) is left alone.
 */
export function applyMarkStyle(ws: ExcelJS.Worksheet, op: Op<"highlight">): void {
  const key = (Object.keys(REPORT_STYLES) as ReportStyle[]).find((s) => s === op.style);
  if (!op.cellStyle || !key) return;
  const rule = internals(ws)
    .conditionalFormattings.filter((cf) => cf.ref === op.range)
    .at(-1)?.rules[0];
  if (!rule || !("style" in rule) || !rule.style) return;
  const look = namedStyleLook(ws.workbook, op.cellStyle, cellStyle(REPORT_STYLES[key].look));
  const fill = look.fill?.type === "pattern" && look.fill.pattern === "solid" ? look.fill.fgColor : undefined;
  if (fill) rule.style.fill = { type: "pattern", pattern: "solid", bgColor: fill };
  if (look.font?.color) rule.style.font = { ...rule.style.font, color: look.font.color };
}

/**
 * A4 landscape, one page wide and as many tall as needed: Excel honours fitToWidth/fitToHeight only with
 * `<sheetPr><pageSetUpPr fitToPage="1"/>`, which ExcelJS writes from `fitToPage`; fitToHeight 0 means "automatic".
 * Manual breaks go after the row above each page's first row.
 */
export function applyPageLayout(ws: ExcelJS.Worksheet, op: Op<"pageLayout">): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printArea: op.printArea,
    printTitlesRow: `${op.titleRows.first}:${op.titleRows.last}`,
    margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddHeader: op.header, oddFooter: op.footer };
  for (const row of op.rowBreaks) ws.getRow(row - 1).addPageBreak();
}

/** Moves the sheet to the first tab and makes it the one the workbook opens on. */
export function showFirst(wb: ExcelJS.Workbook, sheet: string): void {
  const all = wb.worksheets;
  const target = all.find((ws) => ws.name === sheet);
  if (!target) throw new RangeError(`no sheet named "${sheet}"`);
  [target, ...all.filter((ws) => ws !== target)].forEach((ws, i) => (internals(ws).orderNo = i));
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
}

/**
 * ExcelJS writes a print area as `$` + each corner ("A1" → "$A1", a relative row LibreOffice ignores) and reads it
 * back without the `$`s: just before saving, each corner is given as "A$1", which it writes as the absolute "$A$1".
 */
export function absolutePrintArea(ws: ExcelJS.Worksheet): void {
  const area = ws.pageSetup.printArea;
  if (area) ws.pageSetup.printArea = area.replace(/\$?([A-Z]+)\$?(\d+)/g, "$1$$$2");
}

/**
 * Gives the loaded sheets their manual row breaks again (read-rows.ts reads them): ExcelJS 4.4 writes `<rowBreaks>`
 * but does not read it back, so without this a report's page breaks would be lost the next time any operation saves
 * the workbook.
 */
export function restoreRowBreaks(wb: ExcelJS.Workbook, breaks: ReadonlyMap<string, readonly number[]>): void {
  for (const [sheet, rows] of breaks) {
    const ws = wb.getWorksheet(sheet);
    if (ws) for (const row of rows) ws.getRow(row).addPageBreak();
  }
}
