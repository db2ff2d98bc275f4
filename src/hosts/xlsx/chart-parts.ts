import type JSZip from "jszip";
import { parseAddress } from "../../workbook/a1";
import type { ChartPlan } from "../../workbook/plan-types";
import { relsPath, resolveTarget } from "./part-paths";
import { worksheetParts } from "./xml-text";

/**
 * Native charts in the package. ExcelJS neither writes nor keeps charts, so the host renders them as DrawingML
 * parts on save, and carries the charts of a loaded file (its anchor and chart XML, by sheet name) across.
 */
export interface SheetChart {
  readonly sheet: string;
  /** `<xdr:from>…</xdr:to>` of a two-cell anchor. */
  readonly anchorXml: string;
  readonly chartXml: string;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

function marker(tag: "from" | "to", address: string): string {
  const { row, col } = parseAddress(address);
  return `<xdr:${tag}><xdr:col>${col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** A chart op as package parts. */
export function renderChart(plan: ChartPlan): SheetChart {
  const isBar = plan.type === "bar";
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${esc(plan.title)}</c:v></c:tx>` +
    // CT_BarSer / CT_LineSer order: idx, order, tx, spPr, (line: marker), …, cat, val, (line: smooth).
    (isBar ? "" : `<c:marker><c:symbol val="circle"/></c:marker>`) +
    `<c:cat><c:strRef><c:f>${esc(plan.categories)}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${esc(plan.values)}</c:f></c:numRef></c:val>` +
    (isBar ? "" : `<c:smooth val="0"/>`) +
    `</c:ser>`;
  const chart = isBar
    ? `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:axId val="1"/><c:axId val="2"/></c:barChart>`
    : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart>`;
  const axes =
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="${isBar ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${isBar ? "l" : "b"}"/><c:crossAx val="2"/></c:catAx>` +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${isBar ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/>` +
    `<c:crossAx val="1"/></c:valAx>`;
  const chartXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(plan.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${chart}${axes}</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
  return { sheet: plan.sheet, anchorXml: marker("from", plan.anchor.from) + marker("to", plan.anchor.to), chartXml };
}

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}

/** The charts of a loaded package, by sheet (anchors of graphic frames that point at chart parts). */
export async function readCharts(zip: JSZip): Promise<SheetChart[]> {
  const charts: SheetChart[] = [];
  for (const [sheet, part] of await worksheetParts(zip)) {
    const sheetRels = await text(zip, relsPath(part));
    const drawingTarget = [...sheetRels.matchAll(/<Relationship\b[^>]*>/g)]
      .map((m) => m[0])
      .find((r) => r.includes(REL_DRAWING));
    const target = drawingTarget && /\bTarget="([^"]+)"/.exec(drawingTarget)?.[1];
    if (!target) continue;
    const drawingPath = resolveTarget(part, target);
    const drawing = await text(zip, drawingPath);
    const drawingRels = await text(zip, relsPath(drawingPath));
    for (const anchor of drawing.matchAll(/<xdr:twoCellAnchor\b[^>]*>([\s\S]*?)<\/xdr:twoCellAnchor>/g)) {
      const body = anchor[1] ?? "";
      const rid = /<c:chart\b[^>]*r:id="([^"]+)"/.exec(body)?.[1];
      const place = /<xdr:from>[\s\S]*<\/xdr:to>/.exec(body)?.[0];
      const rel =
        rid &&
        [...drawingRels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${rid}"`));
      const chartTarget = rel && /\bTarget="([^"]+)"/.exec(rel)?.[1];
      if (!place || !chartTarget) continue;
      charts.push({ sheet, anchorXml: place, chartXml: await text(zip, resolveTarget(drawingPath, chartTarget)) });
    }
  }
  return charts;
}

const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
const addRelationship = (rels: string, id: string, type: string, target: string) =>
  (rels || EMPTY_RELS).replace(
    "</Relationships>",
    `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`,
  );

function chartAnchor(c: SheetChart, shapeId: number, rid: string): string {
  return (
    `<xdr:twoCellAnchor>${c.anchorXml}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="Chart ${shapeId}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${rid}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/**
 * Writes the charts into an ExcelJS-written package. A sheet that ExcelJS gave a drawing of its own (a user's
 * pictures) gets the chart anchors added to that drawing: a worksheet has at most one drawing (CT_Worksheet), and
 * ExcelJS keeps pictures but drops charts, so both end up in the one drawing as Excel wrote them.
 */
export async function writeCharts(zip: JSZip, charts: readonly SheetChart[]): Promise<void> {
  if (charts.length === 0) return;
  const parts = await worksheetParts(zip);
  let types = await text(zip, "[Content_Types].xml");
  const override = (path: string, type: string) =>
    (types = types.replace("</Types>", `<Override PartName="/${path}" ContentType="${type}"/></Types>`));
  const count = (re: RegExp) => Object.keys(zip.files).filter((p) => re.test(p)).length;
  let chartNo = count(/^xl\/charts\/chart\d+\.xml$/);
  let drawingNo = count(/^xl\/drawings\/drawing\d+\.xml$/);
  const bySheet = new Map<string, SheetChart[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  for (const [sheet, list] of bySheet) {
    const part = parts.get(sheet);
    if (!part) continue;
    const sheetXml = await text(zip, part);
    const sheetRelsPath = relsPath(part);
    const sheetRels = await text(zip, sheetRelsPath);
    const drawingRid = /<drawing\b[^>]*r:id="([^"]+)"/.exec(sheetXml)?.[1];
    const drawingRel =
      drawingRid &&
      [...sheetRels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${drawingRid}"`));
    const existingTarget = drawingRel && /\bTarget="([^"]+)"/.exec(drawingRel)?.[1];
    let drawingPath: string;
    let drawingXml: string;
    if (existingTarget) {
      drawingPath = resolveTarget(part, existingTarget);
      drawingXml = await text(zip, drawingPath);
    } else {
      drawingNo++;
      drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
      drawingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"></xdr:wsDr>`;
      override(drawingPath, "application/vnd.openxmlformats-officedocument.drawing+xml");
    }
    let drawingRels = await text(zip, relsPath(drawingPath));
    let shapeId = Math.max(1, ...[...drawingXml.matchAll(/<xdr:cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1])));
    const anchors = list.map((c) => {
      chartNo++;
      shapeId++;
      const rid = `rIdChart${chartNo}`;
      zip.file(`xl/charts/chart${chartNo}.xml`, c.chartXml);
      override(`xl/charts/chart${chartNo}.xml`, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
      drawingRels = addRelationship(drawingRels, rid, REL_CHART, `../charts/chart${chartNo}.xml`);
      return chartAnchor(c, shapeId, rid);
    });
    const withNs = (xml: string, root: string) =>
      new RegExp(`<${root}\\b[^>]*xmlns:r=`).test(xml) ? xml : xml.replace(`<${root} `, `<${root} xmlns:r="${NS_R}" `);
    zip.file(drawingPath, withNs(drawingXml, "xdr:wsDr").replace("</xdr:wsDr>", `${anchors.join("")}</xdr:wsDr>`));
    zip.file(relsPath(drawingPath), drawingRels);
    if (existingTarget) continue;
    const rid = `rIdDrawing${drawingNo}`;
    zip.file(sheetRelsPath, addRelationship(sheetRels, rid, REL_DRAWING, `../drawings/drawing${drawingNo}.xml`));
    const ws = withNs(sheetXml, "worksheet");
    // <drawing> comes before these in CT_Worksheet.
    const pos = Math.min(
      ...[
        "<legacyDrawing",
        "<legacyDrawingHF",
        "<drawingHF",
        "<picture",
        "<oleObjects",
        "<controls",
        "<webPublishItems",
        "<tableParts",
        "<extLst",
        "</worksheet>",
      ]
        .map((tag) => ws.indexOf(tag))
        .filter((i) => i >= 0),
    );
    zip.file(part, `${ws.slice(0, pos)}<drawing r:id="${rid}"/>${ws.slice(pos)}`);
  }
  zip.file("[Content_Types].xml", types);
}
