import { demoSeed } from "../../../src/demo/demo-seed";
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";
import { OfficeHost } from "../../../src/hosts/office/office-host";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import type { PlanOp } from "../../../src/workbook/plan-types";
import { generateReport } from "../../../src/use-cases/generate-report";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";
import { ExcelStandIn } from "./excel-stand-in";
import { lookOf } from "./stand-in/report-look-types";

/**
 * A report's look in Excel (issue 14): with ExcelApi 1.9 the Office host gives the report sheet the same styles, print
 * settings and page breaks as the xlsx host writes into a file, puts it first and activates it; below 1.9 the print
 * settings are left out and the rest is written.
 */
const MONTH = "2024-02";
const seed = demoSeed({ issues: 80, seed: "report-look" });

async function officeReport(look: { format: boolean; page: boolean }) {
  const excel = new ExcelStandIn();
  const host = new OfficeHost(excel.run, { reportLook: look });
  await setUpWorkbook(host, { lang: "zh-CN", seed });
  const sheet = (await generateReport(host, { month: MONTH, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter })).sheet;
  return { excel, sheet };
}

/** The page layout the xlsx host is given for the same workbook and month. */
async function xlsxPageLayout(): Promise<Extract<PlanOp, { kind: "pageLayout" }>> {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN", seed });
  const ops: PlanOp[] = [];
  const apply = host.apply.bind(host);
  host.apply = async (plan) => {
    ops.push(...plan.ops);
    return apply(plan);
  };
  await generateReport(host, { month: MONTH, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
  const layout = ops.find((op): op is Extract<PlanOp, { kind: "pageLayout" }> => op.kind === "pageLayout");
  if (!layout) throw new Error("the report plan has no page layout");
  return layout;
}

test("with ExcelApi 1.9 the report is styled, print-ready, first and active", async () => {
  const { excel, sheet } = await officeReport({ format: true, page: true });
  const ws = excel.model.sheet(sheet);
  const look = lookOf(ws);
  expect(excel.model.sheets[0]?.name).toBe(sheet);
  expect(excel.model.activeSheet).toBe(sheet);
  expect(look.formats.get("A1:A1")).toMatchObject({ "font.size": 18, "font.color": "#1F3864" });
  expect(look.merges.length).toBeGreaterThanOrEqual(3); // the summary paragraphs
  const xlsx = await xlsxPageLayout();
  expect(look.page).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    printArea: xlsx.printArea,
    printTitleRows: "$1:$1",
    centerFooter: "第 &P 页，共 &N 页",
  });
  expect(String(look.page.leftHeader)).toContain("服务质量月报");
  expect(look.pageBreaks).toEqual(xlsx.rowBreaks.map((r) => `A${r}`));
  expect(xlsx.rowBreaks.length).toBeGreaterThan(0);
}, 180_000);

test("below ExcelApi 1.9 the report keeps its styles and has no print settings", async () => {
  const { excel, sheet } = await officeReport({ format: true, page: false });
  const look = lookOf(excel.model.sheet(sheet));
  expect(look.formats.get("A1:A1")).toMatchObject({ "font.size": 18 });
  expect(look.page).toEqual({});
  expect(look.pageBreaks).toEqual([]);
  expect(excel.model.activeSheet).toBe(sheet);
}, 180_000);
