import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runInit } from "../../../src/cli/init-command";
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import type { ImportSource } from "../../../src/import/read-source";
import { generateReport } from "../../../src/use-cases/generate-report";
import { importRecords } from "../../../src/use-cases/import-records";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";
import { shareWorkbook } from "../../../src/use-cases/share-workbook";
import { updateSettings } from "../../../src/use-cases/update-settings";
import { validateWorkbook } from "../../../src/use-cases/validate-workbook";
import { checkPackage } from "../../package/package-check";
import { columnOf, USER_SHEET, userChartXml, withUserContent } from "../../package/user-content";

/**
 * Issue 10: everything a user puts into the workbook survives every operation. A demo book gets each kind of user
 * content (written by ExcelJS, or added to the package as Excel writes it where ExcelJS cannot), then goes through
 * set-up, two imports of the same survey export, validate, report, share and a settings change on the xlsx host,
 * saved and reopened after each. Each kind is checked from the saved package, without the product's code.
 */

const NOTES = "我的笔记";
const CHART_SHEET = "图表1";
const RECORDS = "问题记录";
const EVALUATIONS = "满意度评估";
// A VBA project as Excel saves it (test/fixtures/xlsm/README.md): document modules ThisWorkbook and Sheet1, and Module1.
const VBA = readFileSync(join(__dirname, "../../fixtures/xlsm/vbaProject.bin"));
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const WJX: ImportSource = {
  fileName: "wjx-evaluations.csv",
  kind: "csv",
  bytes: readFileSync(join(__dirname, "../../fixtures/import/wjx-evaluations.csv")),
};

const dir = mkdtempSync(join(tmpdir(), "sqd-user-content-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Adds what ExcelJS can write: formulas, formats, a validation, a conditional format, a filter, hidden rows, notes. */
async function withExcelJsContent(book: Uint8Array): Promise<Uint8Array> {
  const host = await XlsxHost.load(book);
  const wb = host.workbook;
  const records = wb.getWorksheet(RECORDS);
  if (!records) throw new Error("fixture: no record sheet");
  const product = columnOf(records, "产品信息");
  records.getCell(`${product}2`).value = { formula: "1+41", result: 42 };
  records.getCell(`${product}3`).value = { formula: "2*21" } as ExcelJS.CellFormulaValue;
  records.getRow(4).hidden = true;
  // The evaluation table is the one the imports grow.
  const evaluations = wb.getWorksheet(EVALUATIONS);
  if (!evaluations) throw new Error("fixture: no evaluation sheet");
  evaluations.getCell(`${columnOf(evaluations, "意见建议")}2`).value = { formula: '"复核"&"中"', result: "复核中" };
  evaluations.getRow(3).hidden = true;

  const ws = wb.addWorksheet(NOTES);
  ws.addRows([
    ["名称", "数量", "比例"],
    ["甲", 3, 0.25],
    ["乙", 5, 0.5],
    ["丙", 8, 0.75],
  ]);
  ws.getCell("E1").value = { formula: "SUM(B2:B4)", result: 16 };
  ws.getCell("A1").font = { bold: true, color: { argb: "FFC00000" } };
  ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  for (const r of [2, 3, 4]) ws.getCell(`C${r}`).numFmt = "0.00%";
  ws.getCell("D2").dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
  ws.addConditionalFormatting({
    ref: "B2:B4",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        priority: 1,
        formulae: ["4"],
        style: { font: { color: { argb: "FF9C0006" } } },
      },
    ],
  });
  ws.autoFilter = "A1:C4";
  ws.getRow(3).hidden = true;
  ws.getCell("A2").note = "用户批注：甲要复核";
  ws.addImage(wb.addImage({ buffer: PNG, extension: "png" } as unknown as ExcelJS.Image), "G2:H4");
  // The user's sheet goes first: sheet order is theirs.
  wb.worksheets.forEach((sheet, i) => ((sheet as unknown as { orderNo: number }).orderNo = sheet === ws ? 0 : i + 1));
  return host.toBuffer();
}

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}

/** What Excel writes for a chart sheet and a macro-enabled workbook, added to the package (ExcelJS writes neither). */
async function withChartSheetAndMacros(book: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(book);
  let types = await text(zip, "[Content_Types].xml");
  const override = (part: string, type: string) => {
    types = types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
  };
  zip.file("xl/charts/chart95.xml", userChartXml(NOTES, "$A$2:$A$4", "$B$2:$B$4"));
  override("xl/charts/chart95.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  zip.file(
    "xl/drawings/drawing95.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ` +
      `xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
      `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/>` +
      `<xdr:ext cx="8666049" cy="6293304"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
      `<xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/>` +
      `</xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>` +
      `</xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
      `xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>` +
      `</xdr:absoluteAnchor></xdr:wsDr>`,
  );
  override("xl/drawings/drawing95.xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
  zip.file(
    "xl/drawings/_rels/drawing95.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships ` +
      `xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ` +
      `Type="${REL}/chart" Target="../charts/chart95.xml"/></Relationships>`,
  );
  zip.file(
    "xl/chartsheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet ` +
      `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheetPr/>` +
      `<sheetViews><sheetView zoomScale="100" workbookViewId="0"/></sheetViews><pageMargins left="0.7" ` +
      `right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
  );
  override("xl/chartsheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml");
  zip.file(
    "xl/chartsheets/_rels/sheet1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships ` +
      `xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ` +
      `Type="${REL}/drawing" Target="../drawings/drawing95.xml"/></Relationships>`,
  );
  zip.file("xl/vbaProject.bin", VBA);
  types = types
    .replace("</Types>", `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>`)
    .replace(/(PartName="\/xl\/workbook\.xml" ContentType=")[^"]+"/, `$1${MACRO_MAIN}"`);
  zip.file("[Content_Types].xml", types);
  let rels = await text(zip, "xl/_rels/workbook.xml.rels");
  rels = rels.replace(
    "</Relationships>",
    `<Relationship Id="rIdUserChartSheet" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>` +
      `<Relationship Id="rIdUserVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" ` +
      `Target="vbaProject.bin"/></Relationships>`,
  );
  zip.file("xl/_rels/workbook.xml.rels", rels);
  const workbook = await text(zip, "xl/workbook.xml");
  const ids = [...workbook.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  zip.file(
    "xl/workbook.xml",
    workbook
      .replace(
        "</sheets>",
        `<sheet name="${CHART_SHEET}" sheetId="${Math.max(...ids) + 1}" r:id="rIdUserChartSheet"/></sheets>`,
      )
      // The code names the VBA project's document modules belong to, as Excel writes them.
      .replace(/<workbookPr\b/, '<workbookPr codeName="ThisWorkbook"'),
  );
  const notes = await sheetPath(zip, NOTES);
  const sheet = await text(zip, notes);
  zip.file(
    notes,
    /<sheetPr\b/.test(sheet)
      ? sheet.replace(/<sheetPr\b/, '<sheetPr codeName="Sheet1"')
      : sheet.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr codeName="Sheet1"/>'),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

interface Saved {
  readonly zip: JSZip;
  readonly book: ExcelJS.Workbook;
}

/** The package, and ExcelJS's reading of it (its table reader breaks on tableColumn children, so those go first). */
async function open(data: Uint8Array): Promise<Saved> {
  const zip = await JSZip.loadAsync(data);
  const forExcelJs = await JSZip.loadAsync(data);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    const xml = await text(zip, path);
    forExcelJs.file(path, xml.replace(/<tableColumn\b([^>]*?)(?<!\/)>[\s\S]*?<\/tableColumn>/g, "<tableColumn$1/>"));
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await forExcelJs.generateAsync({ type: "uint8array" })) as unknown as ArrayBuffer);
  return { zip, book };
}

/** Path of a sheet's part, through workbook.xml and its relationships. */
async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = rid && new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) return "";
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

async function sheetXml(zip: JSZip, name: string): Promise<string> {
  const path = await sheetPath(zip, name);
  return path ? text(zip, path) : "";
}

async function sheetOrder(zip: JSZip): Promise<string[]> {
  return [...(await text(zip, "xl/workbook.xml")).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1] ?? "");
}

async function partsMatching(zip: JSZip, pattern: RegExp): Promise<string[]> {
  return Promise.all(
    Object.keys(zip.files)
      .filter((p) => pattern.test(p))
      .sort()
      .map((p) => text(zip, p)),
  );
}

const productColumn = async (s: Saved) => columnOf(s.book.getWorksheet(RECORDS) as ExcelJS.Worksheet, "产品信息");

/** Each kind of user content and how to read it back from a saved package; every value is what the user wrote. */
const KINDS: [string, (s: Saved) => Promise<unknown>, unknown][] = [
  [
    "a formula with its cached value in a table data cell",
    async (s) => {
      const col = await productColumn(s);
      return /<f>([^<]*)<\/f><v>([^<]*)<\/v>/
        .exec(new RegExp(`<c r="${col}2"[^>]*>.*?</c>`).exec(await sheetXml(s.zip, RECORDS))?.[0] ?? "")
        ?.slice(1);
    },
    ["1+41", "42"],
  ],
  [
    "a formula without a cached value in a table data cell",
    async (s) => {
      const col = await productColumn(s);
      return /<f>([^<]*)<\/f>/.exec(
        new RegExp(`<c r="${col}3"[^>]*>.*?</c>`).exec(await sheetXml(s.zip, RECORDS))?.[0] ?? "",
      )?.[1];
    },
    "2*21",
  ],
  [
    "a formula in a data cell of the table the imports grow",
    async (s) => {
      const col = columnOf(s.book.getWorksheet(EVALUATIONS) as ExcelJS.Worksheet, "意见建议");
      return /<f>([^<]*)<\/f><v>([^<]*)<\/v>/
        .exec(new RegExp(`<c r="${col}2"[^>]*>.*?</c>`).exec(await sheetXml(s.zip, EVALUATIONS))?.[0] ?? "")
        ?.slice(1);
    },
    ["&quot;复核&quot;&amp;&quot;中&quot;", "复核中"],
  ],
  [
    "a hidden row inside the table the imports grow",
    async (s) => /<row [^>]*r="3"[^>]*hidden="1"/.test(await sheetXml(s.zip, EVALUATIONS)),
    true,
  ],
  [
    "a hidden row inside a table",
    async (s) => /<row [^>]*r="4"[^>]*hidden="1"/.test(await sheetXml(s.zip, RECORDS)),
    true,
  ],
  [
    "a formula on the user's sheet",
    async (s) => /<c r="E1"[^>]*><f>SUM\(B2:B4\)<\/f><v>16<\/v>/.test(await sheetXml(s.zip, NOTES)),
    true,
  ],
  [
    "cell formats (font, fill, number format)",
    async (s) => {
      const ws = s.book.getWorksheet(NOTES);
      const a1 = ws?.getCell("A1");
      return [a1?.font?.bold, a1?.font?.color?.argb, a1?.fill, ws?.getCell("C3").numFmt];
    },
    [true, "FFC00000", { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } }, "0.00%"],
  ],
  [
    "a data validation (dropdown)",
    async (s) =>
      /<dataValidation [^>]*type="list"[^>]*sqref="D2"[^>]*>\s*<formula1>(&quot;|")是,否(&quot;|")<\/formula1>/.test(
        await sheetXml(s.zip, NOTES),
      ),
    true,
  ],
  [
    "a conditional format",
    async (s) =>
      /<conditionalFormatting sqref="B2:B4"><cfRule [^>]*type="cellIs"[^>]*operator="greaterThan"[^>]*><formula>4<\/formula>/.test(
        await sheetXml(s.zip, NOTES),
      ),
    true,
  ],
  ["a filter", async (s) => /<autoFilter ref="A1:C4"\/>/.test(await sheetXml(s.zip, NOTES)), true],
  [
    "a hidden row on the user's sheet",
    async (s) => /<row [^>]*r="3"[^>]*hidden="1"/.test(await sheetXml(s.zip, NOTES)),
    true,
  ],
  [
    "a comment (note)",
    async (s) =>
      (await partsMatching(s.zip, /^xl\/comments\d*\.xml$/)).filter((c) => c.includes("用户批注：甲要复核")).length,
    1,
  ],
  ["pictures", async (s) => (await partsMatching(s.zip, /^xl\/media\/.*\.png$/)).length, 2],
  [
    "charts on worksheets",
    async (s) =>
      (await partsMatching(s.zip, /^xl\/charts\/chart\d+\.xml$/)).filter(
        (c) => c.includes(`'${USER_SHEET}'!$B$2:$B$3`) || c.includes(`'${RECORDS}'!$A$1:$C$1`),
      ).length,
    2,
  ],
  [
    "a chart sheet with its chart",
    async (s) => {
      const sheet = await sheetXml(s.zip, CHART_SHEET);
      const charts = await partsMatching(s.zip, /^xl\/charts\/chart\d+\.xml$/);
      return [/<chartsheet\b/.test(sheet), charts.filter((c) => c.includes(`'${NOTES}'!$B$2:$B$4`)).length];
    },
    [true, 1],
  ],
  [
    "macros (.xlsm): the VBA project, its relationship and the macro-enabled content type",
    async (s) => [
      Buffer.from((await s.zip.file("xl/vbaProject.bin")?.async("uint8array")) ?? []).equals(VBA),
      (await text(s.zip, "xl/_rels/workbook.xml.rels")).includes(
        'Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"',
      ),
      (await text(s.zip, "[Content_Types].xml")).includes(`PartName="/xl/workbook.xml" ContentType="${MACRO_MAIN}"`),
    ],
    [true, true, true],
  ],
  [
    "the code names the VBA project's document modules belong to (ThisWorkbook, Sheet1)",
    async (s) => [
      /<workbookPr\b[^>]*\bcodeName="ThisWorkbook"/.test(await text(s.zip, "xl/workbook.xml")),
      /<sheetPr\b[^>]*\bcodeName="Sheet1"/.test(await sheetXml(s.zip, NOTES)),
    ],
    [true, true],
  ],
];

/** Every cell value of the user's sheet and of the record table, as ExcelJS reads them. */
function values(book: ExcelJS.Workbook, sheet: string): unknown[] {
  const out: unknown[] = [];
  book
    .getWorksheet(sheet)
    ?.eachRow({ includeEmpty: true }, (row, r) => row.eachCell((cell) => out.push([r, cell.address, cell.value])));
  return out;
}

const evaluationRows = (s: Saved) => (s.book.getWorksheet(EVALUATIONS)?.actualRowCount ?? 0) - 1;

let fixture: Saved;
const stages = new Map<string, Uint8Array>();

beforeAll(async () => {
  const file = join(dir, "book.xlsx");
  await runInit({ file, lang: "zh-CN", demo: { issues: 12, seed: "round-trip" } });
  const data = await withChartSheetAndMacros(
    await withExcelJsContent(await withUserContent(readFileSync(file), RECORDS)),
  );
  fixture = await open(data);
  let current = data;
  const step = async (name: string, run: (host: XlsxHost) => Promise<unknown>) => {
    const host = await XlsxHost.load(current);
    await run(host);
    current = await host.toBuffer();
    stages.set(name, current);
  };
  await step("set-up again", (h) => setUpWorkbook(h, { lang: "zh-CN" }));
  await step("first import", (h) => importRecords(h, "evaluations", WJX));
  await step("second import of the same file", (h) => importRecords(h, "evaluations", WJX));
  await step("validate", (h) => validateWorkbook(h));
  await step("report", (h) =>
    generateReport(h, { month: "2024-03", lang: "zh-CN", loadSegmenter: loadJiebaSegmenter }),
  );
  await step("share (the original)", (h) =>
    shareWorkbook(h, XlsxHost.create(), "zh-CN", { loadSegmenter: loadJiebaSegmenter }),
  );
  await step("settings", (h) => updateSettings(h, { rules: { lowRate: 0.75 } }));
}, 300_000);

test("the fixture holds every kind of user content (the checks read what the user wrote)", async () => {
  for (const [kind, read, expected] of KINDS) expect([kind, await read(fixture)]).toEqual([kind, expected]);
});

const STAGES = [
  "set-up again",
  "first import",
  "second import of the same file",
  "validate",
  "report",
  "share (the original)",
  "settings",
];

describe.each(STAGES)("after %s, saved and reopened", (stage) => {
  test.each(KINDS)("%s is still there", async (_kind, read, expected) => {
    expect(await read(await open(stages.get(stage) ?? new Uint8Array()))).toEqual(expected);
  });

  test("the user's sheet is unchanged cell for cell and the sheet order is the user's", async () => {
    const saved = await open(stages.get(stage) ?? new Uint8Array());
    expect(values(saved.book, NOTES)).toEqual(values(fixture.book, NOTES));
    const before = await sheetOrder(fixture.zip);
    expect((await sheetOrder(saved.zip)).filter((n) => before.includes(n))).toEqual(before);
  });
});

test("the evaluation table holds the survey's 9 records once, after two imports", async () => {
  const before = evaluationRows(fixture);
  expect(evaluationRows(await open(stages.get("first import") ?? new Uint8Array()))).toBe(before + 9);
  expect(evaluationRows(await open(stages.get("settings") ?? new Uint8Array()))).toBe(before + 9);
});

test.each(STAGES)("after %s the workbook passes the package check", async (stage) => {
  expect(await checkPackage(stages.get(stage) ?? new Uint8Array())).toEqual({ schemaErrors: [], violations: [] });
});
