import { demoSeed } from "../../../../src/demo/demo-seed";
import { loadJiebaSegmenter } from "../../../../src/domain/keywords/jieba-node";
import { OfficeHost } from "../../../../src/hosts/office/office-host";
import { generateReport } from "../../../../src/use-cases/generate-report";
import { importRecords } from "../../../../src/use-cases/import-records";
import { setUpWorkbook } from "../../../../src/use-cases/set-up-workbook";
import { updateSettings } from "../../../../src/use-cases/update-settings";
import { LISTS } from "../../../../src/domain/schema/lists";
import { DIMENSION_CLASS } from "../../../../src/domain/schema/values";
import { DEFAULT_DIMENSIONS } from "../../../../src/domain/settings";
import { ExcelStandIn } from "../excel-stand-in";
import { lostOrChanged, workbookState } from "./workbook-state";

/**
 * ARCHITECTURE.md testing layer 7: each operation is stopped at every request in turn (Excel refuses request k as
 * it does while the user types in a cell), and then run again. A stop may leave the work half done, but never a
 * record lost, a table gone or renamed, a column moved, a cell that held something changed, or a name gone; and
 * the run after it gives the workbook the operation gives when nothing stops it — no duplicates, nothing missing.
 */
const BLOCK_ROWS = 8;
const MONTH = "2024-02";
type Operation<T> = (host: OfficeHost) => Promise<T>;
type HostOptions = ConstructorParameters<typeof OfficeHost>[1];

let base: ExcelStandIn;

beforeAll(async () => {
  base = new ExcelStandIn();
  const host = new OfficeHost(base.run, { blockRows: BLOCK_ROWS });
  await setUpWorkbook(host, { lang: "zh-CN", seed: demoSeed({ issues: 30, seed: "faults" }) });
  await generateReport(host, { month: MONTH, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
}, 120_000);

/**
 * Runs the operation on a copy of `start` with request k refused, then again; checks both against a clean run,
 * which must change the workbook. Returns the clean run's result and its number of requests.
 */
async function everyStop<T>(
  start: () => ExcelStandIn,
  operation: Operation<T>,
  afterStop: (before: ExcelStandIn, stopped: ExcelStandIn, clean: ExcelStandIn) => void = () => undefined,
  options: HostOptions = { blockRows: BLOCK_ROWS },
): Promise<{ result: T; requests: number }> {
  const clean = start();
  clean.resetStats();
  const result = await operation(new OfficeHost(clean.run, options));
  const requests = clean.syncs.length;
  const expected = workbookState(clean);
  expect(expected).not.toEqual(workbookState(start()));
  for (let k = 0; k < requests; k++) {
    const before = start();
    const excel = before.copy();
    excel.resetStats();
    excel.failAt = k;
    await expect(operation(new OfficeHost(excel.run, options))).rejects.toThrow();
    expect([k, lostOrChanged(before, excel)]).toEqual([k, []]);
    afterStop(before, excel, clean);
    excel.failAt = undefined;
    await operation(new OfficeHost(excel.run, options));
    expect([k, workbookState(excel)]).toEqual([k, expected]);
  }
  return { result, requests };
}

test("set-up of a workbook that lost ids, rules, a list value and a table", async () => {
  const start = () => {
    const excel = base.copy();
    const issues = excel.model.table("IssueLog");
    for (const r of [2, 5, 6]) delete issues.sheet.ensure(issues.area.r0 + r, issues.area.c0).value;
    excel.model.sheet("问题记录").validations = [];
    excel.model.deleteTable(excel.model.table("FeedbackLog"));
    const lists = excel.model.sheet("列表");
    delete lists.ensure(2, 0).value;
    return excel;
  };
  const { result, requests } = await everyStop(start, (host) => setUpWorkbook(host, { lang: "zh-CN" }));
  expect([result.idsGenerated, result.listValuesAdded, result.sheetsCreated]).toEqual([3, 1, []]);
  expect(requests).toBeGreaterThanOrEqual(4);
}, 300_000);

test.each(["resize", "rowsAdd"] as const)(
  "an import of 40 issues without ids, two with a date that does not parse (%s)",
  async (append) => {
    const rows = Array.from({ length: 40 }, (_, i) => {
      const day = String(1 + (i % 27)).padStart(2, "0");
      const received = i === 7 || i === 23 ? "不是日期" : `2024-03-${day} 09:${String(i % 60).padStart(2, "0")}`;
      return `,${received},一般,电话,客户${i}反映安装延误`;
    });
    const csv = ["问题编号,接收时间,紧急程度,服务渠道,问题描述", ...rows].join("\n");
    const source = { fileName: "issues.csv", kind: "csv", bytes: new TextEncoder().encode(csv) } as const;
    const { result, requests } = await everyStop(
      () => base.copy(),
      // The import's time goes to the 导入记录 sheet: the same time for the clean run and the re-run after a stop.
      (host) => importRecords(host, "issues", source, { now: 45_400.5 }),
      () => undefined,
      { blockRows: BLOCK_ROWS, append },
    );
    // The two rows whose date does not parse are imported too (flagged by validate), without a generated id.
    expect([result.imported, result.quarantined, result.idsGenerated]).toEqual([40, 0, 38]);
    // 40 rows in blocks of 8: the append alone takes five requests, so stops fall between blocks
    expect(requests).toBeGreaterThanOrEqual(8);
  },
  300_000,
);

test("generating a report again over an existing one", async () => {
  const start = () => {
    const excel = base.copy();
    // the earlier report is out of date: one of its cells was typed over
    excel.model.sheet(`月报 ${MONTH}`).ensure(0, 0).value = "旧的月报";
    return excel;
  };
  // a stop leaves the earlier report as it was or the new one whole, never a half report
  const reportSheet = (excel: ExcelStandIn) => workbookState(excel).sheets[`月报 ${MONTH}`];
  const { result, requests } = await everyStop(
    start,
    (host) => generateReport(host, { month: MONTH, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter }),
    (before, stopped, clean) => expect([reportSheet(before), reportSheet(clean)]).toContainEqual(reportSheet(stopped)),
  );
  expect(result.sheet).toBe(`月报 ${MONTH}`);
  expect(requests).toBeGreaterThanOrEqual(3);
}, 300_000);

test("saving settings: a rule, a list value and a new dimension", async () => {
  const channels = LISTS.find((l) => l.key === "channel")?.values ?? [];
  const dimensions = [
    ...DEFAULT_DIMENSIONS.map((d) => ({ key: d.key, zh: d.zh, en: d.en, class: d.class, weight: undefined })),
    { key: "d_clarity", zh: "沟通清晰度", en: "Clarity", class: DIMENSION_CLASS.auxiliary, weight: undefined },
  ];
  const { result, requests } = await everyStop(
    () => base.copy(),
    (host) =>
      updateSettings(host, { rules: { lowRate: 0.55 }, lists: { channel: [...channels, "企业微信"] }, dimensions }),
  );
  expect(result).toEqual({ problems: [], written: true, evaluationsRewritten: true });
  expect(requests).toBeGreaterThanOrEqual(4);
}, 300_000);
