import { demoSeed } from "../../../src/demo/demo-seed";
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";
import { OfficeHost } from "../../../src/hosts/office/office-host";
import { generateReport } from "../../../src/use-cases/generate-report";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";
import { ExcelStandIn } from "./excel-stand-in";
import { lookOf } from "./stand-in/report-look-types";
import { stylesOf } from "./stand-in/style-types";

/**
 * A report's named cell styles in Excel (issue 14 item 2): with ExcelApi 1.7 the Office host adds the report's styles
 * the workbook lacks (`workbook.styles.add`) and gives each range its style (`range.style`); a style the workbook has
 * is used as it is, so a company's restyle wins. The style names are read in the request that inspects the workbook:
 * no round trip is added. Below 1.7 the ranges get direct formats (report-look.test.ts).
 */
const MONTH = "2024-02";
const seed = demoSeed({ issues: 80, seed: "report-styles" });
const NAMES = ["报告标题", "报告副标题", "报告注释", "报告章节", "报告表头", "报告关键指标", "报告正文", "报告段落"];
/** Styles of the marks (conditional formats): defined in the gallery, applied to no range. */
const MARKS = ["报告达标", "报告未达标"];

async function officeReport(styles: boolean, before?: (excel: ExcelStandIn) => void) {
  const excel = new ExcelStandIn();
  const host = new OfficeHost(excel.run, { reportLook: { format: true, page: true, styles } });
  await setUpWorkbook(host, { lang: "zh-CN", seed });
  before?.(excel);
  const syncs = excel.syncs.length;
  const sheet = (await generateReport(host, { month: MONTH, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter })).sheet;
  return { excel, sheet, syncs: excel.syncs.length - syncs };
}

test("with ExcelApi 1.7 the report's ranges get named styles, added once with the product's look", async () => {
  const { excel, sheet, syncs } = await officeReport(true);
  const styles = stylesOf(excel.model);
  for (const name of [...NAMES, ...MARKS]) expect([name, styles.has(name)]).toEqual([name, true]);
  expect(styles.get("报告未达标")).toMatchObject({ "fill.color": "#FFC7CE", "font.color": "#9C0006" });
  expect(styles.get("报告标题")).toMatchObject({
    "font.size": 18,
    "font.bold": true,
    "font.color": "#1F3864",
    includeNumber: false,
    includeProtection: false,
  });
  expect(styles.get("报告表头")).toMatchObject({
    "fill.color": "#2F5597",
    "border.EdgeTop.style": "Continuous",
    "border.EdgeTop.color": "#BFBFBF",
    wrapText: true,
  });
  expect(styles.get("报告章节")).toMatchObject({ "border.EdgeBottom.weight": "Medium" });
  const look = lookOf(excel.model.sheet(sheet));
  expect(look.formats.get("A1:A1")).toEqual({ style: "报告标题" });
  const styled = [...look.formats.values()].filter((f) => "style" in f);
  expect(new Set(styled.map((f) => f.style))).toEqual(new Set(NAMES));
  // No range gets a direct font: the look is the style's.
  expect([...look.formats.values()].filter((f) => "font.size" in f)).toEqual([]);

  const direct = await officeReport(false);
  expect(syncs).toBe(direct.syncs);
}, 180_000);

test("a report style the workbook already has is used as the company defined it", async () => {
  const { excel, sheet } = await officeReport(true, (e) => {
    stylesOf(e.model).set("报告标题", { "font.size": 24, "font.color": "#C00000" });
    stylesOf(e.model).set("报告未达标", { "fill.color": "#7030A0", "font.color": "#FFFFFF" });
  });
  expect(stylesOf(excel.model).get("报告标题")).toEqual({ "font.size": 24, "font.color": "#C00000" });
  expect(lookOf(excel.model.sheet(sheet)).formats.get("A1:A1")).toEqual({ style: "报告标题" });
  expect(stylesOf(excel.model).get("报告正文")).toMatchObject({ "font.size": 10 });
  // The target-missed marks take the company's colours; the met ones keep the product's.
  const marks = excel.model.sheet(sheet).conditionalFormats.map((c) => `${c.fill} ${c.font}`);
  expect(marks).toContain("#7030A0 #FFFFFF");
  expect(marks).toContain("#C6EFCE #006100");
  expect(marks).not.toContain("#FFC7CE #9C0006");
}, 180_000);

test("a second report adds no style and keeps every style as it was", async () => {
  const { excel } = await officeReport(true);
  const host = new OfficeHost(excel.run, { reportLook: { format: true, page: true, styles: true } });
  const before = new Map([...stylesOf(excel.model)].map(([n, p]) => [n, { ...p }]));
  await generateReport(host, { month: "2024-03", lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
  expect(new Map(stylesOf(excel.model))).toEqual(before);
}, 180_000);
