/* global Excel */
import type { PlanOp, ReportStyle } from "../../workbook/plan-types";
import { REPORT_STYLES, type StyleLook } from "../../workbook/report/report-styles";

type Op<K extends PlanOp["kind"]> = Extract<PlanOp, { kind: K }>;

/**
 * A report's look through Office.js, merges and row heights (ExcelApi 1.2). With `existingStyles` (the workbook's
 * cell style names, ExcelApi 1.7) each range gets its named style (`range.style`): a report style the workbook lacks is
 * added with the product's look first, one it has is used as it is (a company's restyle wins). Without it, each range
 * gets the style's look as direct formats (range formats, ExcelApi 1.1).
 */
export function queueFormat(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  step: Op<"format"> & { readonly existingStyles?: readonly string[] },
): void {
  const existing = step.existingStyles;
  if (existing) {
    const had = new Set(existing.map((n) => n.toLowerCase()));
    for (const [key, entry] of Object.entries(REPORT_STYLES) as [ReportStyle, (typeof REPORT_STYLES)[ReportStyle]][]) {
      const name = step.names[key];
      if (had.has(name.toLowerCase())) continue;
      context.workbook.styles.add(name);
      defineStyle(context.workbook.styles.getItem(name), entry.look);
    }
  }
  for (const { range, style } of step.styles) {
    const target = ws.getRange(range);
    if (existing) target.style = step.names[style];
    else directFormat(target, REPORT_STYLES[style].look);
  }
  for (const range of step.merges) ws.getRange(range).merge(false);
  for (const { row, points } of step.rowHeights) ws.getRange(`${row}:${row}`).format.rowHeight = points;
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** The look as a cell style: font, fill, borders and alignment, the cells' number formats and protection left alone. */
function defineStyle(style: Excel.Style, look: StyleLook): void {
  style.includeNumber = false;
  style.includeProtection = false;
  setLook(style.font, style.fill, style, (edge) => style.borders.getItem(edge), look, [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
  ]);
}

/** The look as direct formats of a range (below ExcelApi 1.7). */
function directFormat(target: Excel.Range, look: StyleLook): void {
  const f = target.format;
  setLook(f.font, f.fill, f, (edge) => f.borders.getItem(edge), look, [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    "InsideHorizontal",
    "InsideVertical",
  ]);
}

function setLook(
  font: Excel.RangeFont,
  fill: Excel.RangeFill,
  alignment: {
    wrapText: boolean;
    verticalAlignment: Excel.VerticalAlignment | "Top" | "Center" | "Bottom" | "Justify" | "Distributed";
  },
  border: (edge: Edge) => Excel.RangeBorder,
  look: StyleLook,
  edges: readonly Edge[],
): void {
  font.size = look.font.size;
  font.bold = look.font.bold ?? false;
  font.italic = look.font.italic ?? false;
  font.color = `#${look.font.color}`;
  if (look.fill) fill.color = `#${look.fill}`;
  alignment.wrapText = look.wrap ?? false;
  alignment.verticalAlignment = look.vertical === "top" ? "Top" : "Center";
  if (look.border) {
    for (const edge of edges) {
      const line = border(edge);
      line.style = "Continuous";
      line.color = `#${look.border}`;
    }
  }
  if (look.underline) {
    const line = border("EdgeBottom");
    line.style = "Continuous";
    line.weight = "Medium";
    line.color = `#${look.underline}`;
  }
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
