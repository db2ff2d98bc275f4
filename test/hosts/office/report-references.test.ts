import { demoSeed } from "../../../src/demo/demo-seed";
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";
import { OfficeHost } from "../../../src/hosts/office/office-host";
import { generateReport } from "../../../src/use-cases/generate-report";
import { importRecords } from "../../../src/use-cases/import-records";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";
import { updateSettings } from "../../../src/use-cases/update-settings";
import { ExcelStandIn } from "./excel-stand-in";

/**
 * A report sheet refers to the record tables by name (`IssueLog[[#Data],[接收时间]]`). Converting a table to a range
 * and re-creating it would turn every such reference into fixed A1 ranges (the stand-in does what Excel does), and
 * the report would stop following the table. After an import and a settings change the report still names them.
 */
const MONTH = "2024-02";

function reportFormulas(excel: ExcelStandIn, sheet: string): string[] {
  return excel.model
    .sheet(sheet)
    .rows.flatMap((row) => (row ?? []).flatMap((cell) => (cell?.formula === undefined ? [] : [cell.formula])));
}

const namesTables = (formulas: readonly string[]) => ({
  issues: formulas.filter((f) => f.includes("IssueLog[")).length,
  evaluations: formulas.filter((f) => f.includes("EvaluationLog[")).length,
  fixedRanges: formulas.filter((f) => /'[^']+'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+/.test(f)).length,
});

let excel: ExcelStandIn;
let sheet: string;

beforeAll(async () => {
  excel = new ExcelStandIn();
  const host = new OfficeHost(excel.run);
  await setUpWorkbook(host, { lang: "zh-CN", seed: demoSeed({ issues: 60, seed: "references" }) });
  sheet = (await generateReport(host, { month: MONTH, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter })).sheet;
}, 120_000);

test("after an import and a settings change the report's formulas still name the tables", async () => {
  const before = namesTables(reportFormulas(excel, sheet));
  expect(before.issues).toBeGreaterThan(20);
  expect(before.evaluations).toBeGreaterThan(20);
  expect(before.fixedRanges).toBe(0);
  const csv = ["问题编号,接收时间,紧急程度,服务渠道", ",2024-02-06 09:00,一般,电话", ",2024-02-07 10:00,紧急,APP"].join(
    "\n",
  );
  const bytes = new TextEncoder().encode(csv);
  expect(
    (await importRecords(new OfficeHost(excel.run), "issues", { fileName: "a.csv", kind: "csv", bytes })).imported,
  ).toBe(2);
  const update = await updateSettings(new OfficeHost(excel.run), { rules: { lowRate: 0.9 } });
  expect(update.written).toBe(true);
  expect(namesTables(reportFormulas(excel, sheet))).toEqual(before);
}, 120_000);

test("the check would see a table converted to a range: its references become fixed ranges", async () => {
  const copy = excel.copy();
  await copy.run(async (context) => {
    context.workbook.tables.getItem("IssueLog").convertToRange();
    await context.sync();
  });
  const after = namesTables(reportFormulas(copy, sheet));
  expect(after.issues).toBe(0);
  expect(after.fixedRanges).toBeGreaterThan(20);
});
