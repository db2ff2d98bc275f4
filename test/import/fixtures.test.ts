import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluationsSpec, FEEDBACK, ISSUES } from "../../src/domain/schema";
import type { CellValue, RecordRow, TableSpec } from "../../src/domain/schema/types";
import { serialFromParts } from "../../src/domain/serial";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import type { ImportSummary } from "../../src/import/import-types";
import type { ImportSource } from "../../src/import/read-source";
import { importRecords } from "../../src/use-cases/import-records";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { recordsFromGrid } from "../../src/workbook/read-records";

/** The four fixtures of issue 3's acceptance, each imported into a freshly set-up workbook. */
const FIXTURES = join(__dirname, "../fixtures/import");
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const EVALUATIONS = evaluationsSpec(DEFAULT_DIMENSIONS);

let blank: Uint8Array;
beforeAll(async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN" });
  blank = await host.toBuffer();
});

async function run(table: ImportSummary["table"], source: ImportSource) {
  const host = await XlsxHost.load(blank);
  const summary = await importRecords(host, table, source);
  const records = async (spec: TableSpec) => recordsFromGrid(spec, await host.readTable(spec.tableName)).records;
  const quarantine = (await host.readTable("ImportQuarantine"))?.rows.map((r) => r.slice(0, 3)) ?? [];
  return { summary, records, quarantine };
}

const counts = (s: ImportSummary) => ({
  rowsRead: s.rowsRead,
  imported: s.imported,
  quarantined: s.quarantined,
  alreadyImported: s.alreadyImported,
  invalidEvaluations: s.invalidEvaluations,
  validityRate: s.validityRate,
  idsGenerated: s.idsGenerated,
  unmappedColumns: s.unmappedColumns,
});
const problemsOf = (s: ImportSummary) => s.problems.map((p) => [p.row, p.column, p.value]);
const pick = (rows: RecordRow[], keys: string[]) => rows.map((r) => keys.map((k): CellValue => r[k]));

test("a 问卷星 export (UTF-8 with BOM): meta columns kept, 所用时间 in seconds, invalid answers flagged", async () => {
  const { summary, records, quarantine } = await run("evaluations", {
    fileName: "wjx-evaluations.csv",
    kind: "csv",
    bytes: fixture("wjx-evaluations.csv"),
  });
  expect(summary.encoding).toBe("utf-8-bom");
  expect(counts(summary)).toEqual({
    rowsRead: 9,
    imported: 9,
    quarantined: 0,
    alreadyImported: 0,
    invalidEvaluations: 4,
    validityRate: 5 / 9,
    idsGenerated: 0,
    unmappedColumns: ["序号", "来源", "来源详情", "来自IP"],
  });
  expect(problemsOf(summary)).toEqual([
    [7, "1、客户编号 (G)", undefined],
    [8, "4、服务态度 (J)", "很好"],
    [11, "2、服务类型 (H)", "上门"],
  ]);
  const rows = await records(EVALUATIONS);
  expect(pick(rows, ["customerId", "serviceDate", "fillSeconds", "d_response", "d_attitude", "序号"])).toEqual([
    ["C20240301001", 45356, 125, 5, 4, "1"],
    ["C20240301002", 45356, 88, 4, 4, "2"],
    ["C20240301003", 45357, 25, 5, 4, "3"],
    ["C20240301004", 45357, 140, 3, 3, "4"],
    ["C20240301005", 45357, 130, 5, 4, "5"],
    [undefined, 45358, 95, 5, 5, "6"],
    ["C20240301007", 45358, 101, 5, "很好", "7"],
    ["C20240301008", 45359, 80, 4, 4, "8"],
    ["C20240301009", 45359, 61, 4, 5, "9"],
  ]);
  expect(rows.map((r) => r["comment"])).toContain('=HYPERLINK("http://example.com","点我")');
  expect(rows.map((r) => r["comment"])).toContain("多行\n意见");
  // A survey export's fingerprint: the platform's row number and submit time, as it wrote them.
  expect(rows.map((r) => r["importRef"])).toEqual(
    ["1 2024/3/5 14:30:25", "2 2024/3/5 15:02:10"]
      .map((f) => expect.stringMatching(new RegExp(`^I\\d{8}-01 #${f}$`)))
      .concat(Array(7).fill(expect.stringMatching(/^I\d{8}-01 #\d+ 2024\/3\/\d+ \d+:\d\d:\d\d$/))),
  );
  // The answer without 客户编号 is a record, flagged 信息不全 by the 有效性 formula: nothing is set aside.
  expect(quarantine).toEqual([]);
});

test("a GBK-encoded ticket export: synonyms, 2024年3月5日 dates, ids generated, a duplicate skipped", async () => {
  const { summary, records, quarantine } = await run("issues", {
    fileName: "gbk-issues.csv",
    kind: "csv",
    bytes: fixture("gbk-issues.csv"),
  });
  expect(summary.encoding).toBe("gb18030");
  expect(counts(summary)).toEqual({
    rowsRead: 7,
    imported: 6,
    quarantined: 0,
    alreadyImported: 1,
    invalidEvaluations: 0,
    validityRate: undefined,
    idsGenerated: 3,
    unmappedColumns: [],
  });
  expect(problemsOf(summary)).toEqual([
    [4, "工单号 (A)", "2024-SVC-010"],
    [5, "受理时间 (B)", undefined],
    [7, "受理时间 (B)", "昨天下午"],
    [8, "紧急程度 (E)", "特别急"],
  ]);
  const rows = await records(ISSUES);
  expect(pick(rows, ["id", "channel", "category", "urgency", "contact", "firstContactResolved"])).toEqual([
    ["2024-SVC-010", "电话", "产品质量", "紧急", "13812345678", "是"],
    ["2024-SVC-011", "在线客服", "服务态度", "一般", "13900001111", "否"],
    // No 接收时间, so no year for an id: both stay blank, for `validate` to flag.
    [undefined, "电话", "其他", "一般", "13600003333", "否"],
    ["2024-SVC-012", "APP", "物流配送", "紧急", "13500004444", "是"],
    // 接收时间 "昨天下午" is kept as the text it was, not dropped.
    [undefined, "邮件", "其他", "一般", "13400005555", "否"],
    ["2024-SVC-013", "门店", "技术支持", "特别急", "13300006666", "是"],
  ]);
  expect(rows[0]?.receivedAt).toBeCloseTo(serialFromParts(2024, 3, 5, 14, 30), 9);
  expect([rows[2]?.receivedAt, rows[4]?.receivedAt]).toEqual([undefined, "昨天下午"]);
  // No survey columns: each row's fingerprint is a hash of its mapped values, one per row.
  const refs = rows.map((r) => String(r["importRef"]));
  expect(refs.filter((r) => !/^I\d{8}-01 h:[0-9a-f]{16}$/.test(r))).toEqual([]);
  expect(new Set(refs).size).toBe(6);
  expect(rows.map((r) => r["description"])).toEqual([
    "屏幕不亮",
    "-1+2 客服态度差",
    "@SUM(1) 没有受理时间",
    "+86 快递慢",
    "时间写错了",
    '=HYPERLINK("http://example.com","点我")',
  ]);
  expect(quarantine).toEqual([]);
});

test("an XLSX export (named sheet below a title row): date cells, a duplicate and an out-of-range score", async () => {
  const { summary, records, quarantine } = await run("feedback", {
    fileName: "feedback-export.xlsx",
    kind: "xlsx",
    bytes: fixture("feedback-export.xlsx"),
    sheet: "反馈导出",
  });
  expect(counts(summary)).toEqual({
    rowsRead: 5,
    imported: 4,
    quarantined: 0,
    alreadyImported: 1,
    invalidEvaluations: 0,
    validityRate: undefined,
    idsGenerated: 0,
    unmappedColumns: ["备注"],
  });
  expect(problemsOf(summary)).toEqual([
    [6, "服务时间 (C)", undefined],
    [8, "反馈编号 (A)", "FB-001"],
    [9, "评分 (F)", "6"],
  ]);
  const rows = await records(FEEDBACK);
  expect(pick(rows, ["id", "channel", "stage", "score", "text", "progress", "备注"])).toEqual([
    ["FB-001", "在线客服", "维修", 2, "=1+1 态度差", "待处理", "首次反馈"],
    ["FB-002", "电话", "安装", 4, "+86 很满意", "已完成", undefined],
    ["FB-003", "APP", "其他", 3, "-没有服务时间", "待处理", undefined],
    ["FB-004", "电商平台", "退换货", "6", "@到账慢", "处理中", undefined],
  ]);
  const minute = (s: CellValue) => (s === undefined ? s : Math.round(Number(s) * 1440));
  expect(rows.map((r) => minute(r["servedAt"]))).toEqual(
    [
      serialFromParts(2024, 3, 5, 10),
      serialFromParts(2024, 3, 6, 14, 30),
      undefined,
      serialFromParts(2024, 3, 9, 18, 20),
    ].map(minute),
  );
  expect(quarantine).toEqual([]);
});

test("a range typed by hand: a two-row header with merged cells, blank rows, a column without a header", async () => {
  const grid = JSON.parse(fixture("hand-typed-evaluations.json").toString("utf8")) as { rows: CellValue[][] };
  const { summary, records, quarantine } = await run("evaluations", {
    fileName: "Sheet1",
    kind: "grid",
    rows: grid.rows,
  });
  expect(counts(summary)).toEqual({
    rowsRead: 5,
    imported: 5,
    quarantined: 0,
    alreadyImported: 0,
    invalidEvaluations: 2,
    validityRate: 3 / 5,
    idsGenerated: 0,
    unmappedColumns: ["列J"],
  });
  const rows = await records(EVALUATIONS);
  expect(pick(rows, ["customerId", "serviceDate", "method", "d_response", "d_convenience", "comment", "列J"])).toEqual([
    ["C20240310001", 45361, "电话回访", 5, 4, "师傅很专业", undefined],
    ["C20240310002", 45362, "当面沟通", 3, 4, undefined, undefined],
    ["C20240310003", 45363, "电话回访", 4, 4, "一般", undefined],
    [undefined, 45363, "电话回访", 5, 5, "没留编号", undefined],
    ["C20240310005", 45363, "电话回访", 5, 5, undefined, "回访时客户不在家"],
  ]);
  expect(quarantine).toEqual([]);
});
