/* global Excel */
import type { PlanOp } from "../../workbook/plan-types";
import { REPORT_STYLES } from "../../workbook/report/report-styles";

type Op<K extends PlanOp["kind"]> = Extract<PlanOp, { kind: K }>;

/** A report's look through Office.js (range formats 1.1, borders 1.1), merges and row heights (1.2). */
export function queueFormat(_context: Excel.RequestContext, ws: Excel.Worksheet, step: Op<"format">): void {
  for (const { range, style } of step.styles) {
    const { look } = REPORT_STYLES[style];
    const target = ws.getRange(range);
    target.format.font.size = look.font.size;
    target.format.font.bold = look.font.bold ?? false;
    target.format.font.italic = look.font.italic ?? false;
    target.format.font.color = `#${look.font.color}`;
    if (look.fill) target.format.fill.color = `#${look.fill}`;
    target.format.wrapText = look.wrap ?? false;
    target.format.verticalAlignment = look.vertical === "top" ? "Top" : "Center";
    if (look.border) {
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"]) {
        const border = target.format.borders.getItem(edge as Excel.BorderIndex);
        border.style = "Continuous";
        border.color = `#${look.border}`;
      }
    }
    if (look.underline) {
      const border = target.format.borders.getItem("EdgeBottom");
      border.style = "Continuous";
      border.weight = "Medium";
      border.color = `#${look.underline}`;
    }
  }
  for (const range of step.merges) ws.getRange(range).merge(false);
  for (const { row, points } of step.rowHeights) ws.getRange(`${row}:${row}`).format.rowHeight = points;
}

/** A4 landscape, one page wide, print area and titles, header/footer and page breaks (ExcelApi 1.9). */
export function queuePageLayout(ws: Excel.Worksheet, step: Op<"pageLayout">): void {
  const layout = ws.pageLayout;
  layout.orientation = "Landscape";
  layout.paperSize = "A4";
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = true;
  layout.setPrintArea(step.printArea);
  layout.setPrintTitleRows(`$${step.titleRows.first}:$${step.titleRows.last}`);
  layout.headersFooters.defaultForAllPages.leftHeader = step.header.replace(/^&L/, "");
  layout.headersFooters.defaultForAllPages.centerFooter = step.footer.replace(/^&C/, "");
  ws.horizontalPageBreaks.removePageBreaks();
  for (const row of step.rowBreaks) ws.horizontalPageBreaks.add(`A${row}`);
}

/** The report is the first tab and the active sheet (ExcelApi 1.1). */
export function queueShowFirst(ws: Excel.Worksheet): void {
  ws.position = 0;
  ws.activate();
}
