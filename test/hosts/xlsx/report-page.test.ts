import JSZip from "jszip";
import { demoSeed } from "../../../src/demo/demo-seed";
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";
import { readRows } from "../../../src/hosts/xlsx/read-rows";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { generateReport } from "../../../src/use-cases/generate-report";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";

/**
 * A report's print settings survive later saves of the workbook: ExcelJS reads neither the row breaks nor the `$`s of
 * a print area back, and the xlsx host restores both (issue 14).
 */
let first: Uint8Array;
let sheet: string;

beforeAll(async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN", seed: demoSeed({ issues: 80, seed: "report-page" }) });
  sheet = (await generateReport(host, { month: "2024-02", lang: "zh-CN", loadSegmenter: loadJiebaSegmenter })).sheet;
  first = await host.toBuffer();
}, 120_000);

async function printSettings(data: Uint8Array) {
  const zip = await JSZip.loadAsync(data);
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const area = /<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)</.exec(workbook)?.[1];
  return { area, breaks: (await readRows(data)).rowBreaks.get(sheet) };
}

test("row breaks and an absolute print area are written, and kept by the next save", async () => {
  const before = await printSettings(first);
  expect(before.area).toMatch(/!\$A\$1:\$L\$\d+$/);
  expect(before.breaks?.length).toBeGreaterThan(0);
  const again = await (await XlsxHost.load(first)).toBuffer();
  expect(await printSettings(again)).toEqual(before);
});

test("the report is the first tab and the active one", async () => {
  const zip = await JSZip.loadAsync(first);
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  expect(/<sheet\b[^>]*name="([^"]+)"/.exec(workbook)?.[1]).toBe(sheet);
  expect(/<workbookView\b[^>]*activeTab="(\d+)"/.exec(workbook)?.[1]).toBe("0");
  const parts = await XlsxHost.load(first);
  expect((await parts.sheetNames())[0]).toBe(sheet);
});
