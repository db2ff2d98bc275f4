import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";

/**
 * What a user adds to the book by hand in Excel, written here without the product: a sheet with their own table
 * (a totals row with a custom formula) and a picture with a chart next to it in one drawing, and a chart beside the
 * record table on a sheet the product writes. The chart XML follows Excel 2016's own (an mc:AlternateContent style,
 * c16r2 namespace), so Markup Compatibility processing is exercised too.
 */
/** Column letter of a header in row 1 of a sheet (ExcelJS, independent of the product's layout code). */
export function columnOf(ws: ExcelJS.Worksheet, header: string): string {
  let found = "";
  ws.getRow(1).eachCell((cell) => {
    if (cell.value === header) found = cell.address.replace(/\d+$/, "");
  });
  if (!found) throw new Error(`fixture: no header ${header} on ${ws.name}`);
  return found;
}

export const USER_SHEET = "我的分析";
export const USER_TABLE = "MyTotals";
export const USER_TOTALS_FORMULA = "SUBTOTAL(109,[金额])*2";

// A 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function userChartXml(sheet: string, categories: string, values: string): string {
  const ref = (range: string) => `'${sheet}'!${range}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}" ` +
    `xmlns:c16r2="http://schemas.microsoft.com/office/drawing/2015/06/chart">` +
    `<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>` +
    `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
    `<mc:Choice Requires="c14" xmlns:c14="http://schemas.microsoft.com/office/drawing/2007/8/2/chart">` +
    `<c14:style val="102"/></mc:Choice><mc:Fallback><c:style val="2"/></mc:Fallback></mc:AlternateContent>` +
    `<c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/>` +
    `<c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>${ref(categories)}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${ref(values)}</c:f></c:numRef></c:val></c:ser>` +
    `<c:gapWidth val="219"/><c:axId val="10"/><c:axId val="20"/></c:barChart>` +
    `<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:crossAx val="20"/></c:catAx><c:valAx><c:axId val="20"/><c:scaling>` +
    `<c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="10"/>` +
    `</c:valAx></c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

const frame = (rid: string, id: number, from: [number, number], to: [number, number]) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>${from[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from[1]}</xdr:row>` +
  `<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${to[0]}</xdr:col><xdr:colOff>0</xdr:colOff>` +
  `<xdr:row>${to[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
  `<xdr:cNvPr id="${id}" name="用户图表 ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm>` +
  `<a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}">` +
  `<c:chart xmlns:c="${NS.c}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
  `<xdr:clientData/></xdr:twoCellAnchor>`;

async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = rid && new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`fixture: no sheet ${name}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function addOverride(types: string, part: string, type: string): string {
  return types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
}

/**
 * Adds the user's content to a set-up workbook: `recordSheet` gets a chart over its header cells A1:C1 (a drawing
 * of its own), and a new sheet gets a table with a custom totals formula, a picture and a chart in one drawing.
 */
export async function withUserContent(book: Uint8Array, recordSheet: string): Promise<Uint8Array> {
  // ExcelJS cannot read the set-up book's calculated columns; the xlsx host carries them across.
  const host = await XlsxHost.load(book);
  const wb = host.workbook;
  const ws = wb.addWorksheet(USER_SHEET);
  ws.addTable({
    name: USER_TABLE,
    ref: "A1",
    headerRow: true,
    totalsRow: true,
    columns: [
      { name: "项目", totalsRowLabel: "合计" },
      { name: "金额", totalsRowFunction: "custom", totalsRowFormula: USER_TOTALS_FORMULA },
    ],
    rows: [
      ["甲", 10],
      ["乙", 20],
    ],
  });
  ws.addImage(wb.addImage({ buffer: PNG, extension: "png" } as unknown as ExcelJS.Image), "E2:F4");
  const zip = await JSZip.loadAsync(await host.toBuffer());
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const chartType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

  // The user sheet's drawing (written by ExcelJS for the picture) gets a chart anchor too.
  const userSheet = await sheetPath(zip, USER_SHEET);
  const userRels = (await zip.file(userSheet.replace(/([^/]+)$/, "_rels/$1.rels"))?.async("string")) ?? "";
  const drawingTarget = /Type="[^"]*\/drawing" Target="([^"]+)"/.exec(userRels)?.[1] ?? "";
  const drawing = `xl/drawings/${drawingTarget.split("/").pop()}`;
  const drawingRelsPath = drawing.replace(/([^/]+)$/, "_rels/$1.rels");
  zip.file("xl/charts/chart91.xml", userChartXml(USER_SHEET, "$A$2:$A$3", "$B$2:$B$3"));
  types = addOverride(types, "xl/charts/chart91.xml", chartType);
  const drawingXml = (await zip.file(drawing)?.async("string")) ?? "";
  zip.file(drawing, drawingXml.replace("</xdr:wsDr>", `${frame("rIdUserChart", 91, [7, 1], [13, 15])}</xdr:wsDr>`));
  const drawingRels = (await zip.file(drawingRelsPath)?.async("string")) ?? "";
  zip.file(
    drawingRelsPath,
    drawingRels.replace(
      "</Relationships>",
      `<Relationship Id="rIdUserChart" Type="${REL}/chart" Target="../charts/chart91.xml"/></Relationships>`,
    ),
  );

  // The record sheet gets a drawing with one chart.
  const record = await sheetPath(zip, recordSheet);
  zip.file("xl/charts/chart92.xml", userChartXml(recordSheet, "$A$1:$C$1", "$A$1:$C$1"));
  types = addOverride(types, "xl/charts/chart92.xml", chartType);
  zip.file(
    "xl/drawings/drawing92.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" ` +
      `xmlns:r="${NS.r}">${frame("rId1", 2, [30, 1], [38, 15])}</xdr:wsDr>`,
  );
  zip.file(
    "xl/drawings/_rels/drawing92.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}">` +
      `<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart92.xml"/></Relationships>`,
  );
  types = addOverride(types, "xl/drawings/drawing92.xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
  const recordRelsPath = record.replace(/([^/]+)$/, "_rels/$1.rels");
  const recordRels =
    (await zip.file(recordRelsPath)?.async("string")) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}"></Relationships>`;
  zip.file(
    recordRelsPath,
    recordRels.replace(
      "</Relationships>",
      `<Relationship Id="rIdUserDrawing" Type="${REL}/drawing" Target="../drawings/drawing92.xml"/></Relationships>`,
    ),
  );
  const recordXml = (await zip.file(record)?.async("string")) ?? "";
  // <drawing> goes after the sheet's page setup and before <tableParts> (CT_Worksheet's order).
  const at = recordXml.search(
    /<legacyDrawing\b|<picture\b|<oleObjects\b|<controls\b|<tableParts\b|<extLst\b|<\/worksheet>/,
  );
  zip.file(record, `${recordXml.slice(0, at)}<drawing r:id="rIdUserDrawing"/>${recordXml.slice(at)}`);
  // ExcelJS writes the totals function but not the custom formula Excel keeps beside it.
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    if (!xml.includes(`name="${USER_TABLE}"`)) continue;
    zip.file(
      path,
      xml.replace(
        /(<tableColumn\b[^>]*name="金额"[^>]*?)\/>/,
        `$1><totalsRowFormula>${USER_TOTALS_FORMULA}</totalsRowFormula></tableColumn>`,
      ),
    );
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
