import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FEEDBACK, ISSUES } from "../../src/domain/schema";
import type { CellValue } from "../../src/domain/schema/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import type { ImportSummary } from "../../src/import/import-types";
import { importRecords } from "../../src/use-cases/import-records";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { recordsFromGrid } from "../../src/workbook/read-records";

/**
 * Ticket-system exports with the faults of issue 13 item 2 (test/fixtures/import/real-exports, README there), each
 * imported into a freshly set-up workbook: what was read, where each fault is reported, and that no text is garbled.
 */
const FIXTURES = join(__dirname, "../fixtures/import/real-exports");

let blank: Uint8Array;
beforeAll(async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN" });
  blank = await host.toBuffer();
});

async function run(name: string) {
  const host = await XlsxHost.load(blank);
  const source = { fileName: name, kind: "csv", bytes: readFileSync(join(FIXTURES, name)) } as const;
  const summary = await importRecords(host, "issues", source);
  const records = recordsFromGrid(ISSUES, await host.readTable(ISSUES.tableName)).records;
  return { host, source, summary, records };
}

const counts = (s: ImportSummary) => [s.rowsRead, s.imported, s.quarantined, s.alreadyImported];
const READING = ["badBytes", "unbalancedQuote", "duplicateHeader", "formulaWithoutValue"];
/** The problems found reading the source (not those of one value). */
const reading = (s: ImportSummary) => s.problems.filter((p) => READING.includes(p.reason.kind));
const reasons = (s: ImportSummary) => reading(s).map((p) => [p.row, p.reason]);
const column = (records: readonly Record<string, CellValue>[], key: string) => records.map((r) => r[key]);

const DESCRIPTIONS = [
  "空调不制冷，已上门检测",
  "洗衣机脱水时噪音大",
  "冰箱门封条脱落",
  "热水器显示E4故障",
  "电视开机黑屏",
  "油烟机吸力弱",
  "净水器滤芯更换咨询",
  "燃气灶点不着火",
];

test("a UTF-8 file with one bad byte stays UTF-8: the byte is reported with its line, no text is garbled", async () => {
  const { summary, records } = await run("utf8-one-bad-byte.csv");
  expect(summary.encoding).toBe("utf-8");
  expect(counts(summary)).toEqual([8, 8, 0, 0]);
  expect(reasons(summary)).toEqual([[5, { kind: "badBytes", count: 1, lines: [5] }]]);
  expect(column(records, "description")).toEqual(DESCRIPTIONS.map((d, i) => (i === 3 ? `\uFFFD${d}` : d)));
});

test("UTF-16LE without a byte-order mark is recognised (tab-delimited Unicode text)", async () => {
  const { summary, records } = await run("utf16le-no-bom.txt");
  expect(summary.encoding).toBe("utf-16le");
  expect(counts(summary)).toEqual([8, 8, 0, 0]);
  expect(reasons(summary)).toEqual([]);
  expect(column(records, "description")).toEqual(DESCRIPTIONS);
});

test("mixed CRLF, LF and CR line ends: 8 records are 8 rows, each in its columns", async () => {
  const { summary, records } = await run("mixed-line-ends.csv");
  expect(counts(summary)).toEqual([8, 8, 0, 0]);
  expect(reasons(summary)).toEqual([]);
  expect(column(records, "id")).toEqual(Array.from({ length: 8 }, (_, i) => `T202403000${String(i + 1)}`));
  expect(column(records, "description")).toEqual(DESCRIPTIONS);
});

test("a stray quote in the third of 2,000 records is reported on its row and the other 1,999 are read", async () => {
  const { summary, records } = await run("stray-quote.csv");
  expect(counts(summary)).toEqual([2000, 2000, 0, 0]);
  expect(reasons(summary)).toEqual([[4, { kind: "unbalancedQuote" }]]);
  expect(records[2]?.["description"]).toBe('"屏幕碎了 客户要求换新');
  expect(records[3]?.["description"]).toBe("热水器显示E4故障");
  expect(records[50]?.["description"]).toBe("声音大,有异响");
  expect(records[1999]?.["id"]).toBe("T2024032000");
});

test("the delimiter is the header line's: semicolons, though descriptions hold more commas", async () => {
  const { summary, records } = await run("semicolon-header.csv");
  expect(counts(summary)).toEqual([6, 6, 0, 0]);
  expect(summary.unmappedColumns).toEqual([]);
  expect(records[0]?.["description"]).toBe("客户反馈,第1次,上门,未解决,需回访");
});

test("a duplicate header is named, and the column with data feeds the field, not the blank one", async () => {
  const { summary, records } = await run("duplicate-header.csv");
  expect(counts(summary)).toEqual([5, 5, 0, 0]);
  expect(reasons(summary)).toEqual([
    [1, { kind: "duplicateHeader", header: "渠道", columns: ["渠道 (D)", "渠道 (C)"] }],
  ]);
  expect(column(records, "channel")).toEqual(["电话", "在线客服", "APP", "邮件", "电话"]);
});

test("importing the same file again: rows read = imported + set aside + already imported", async () => {
  const { host, source } = await run("mixed-line-ends.csv");
  const again = await importRecords(host, "issues", source);
  expect(counts(again)).toEqual([8, 0, 0, 8]);
});

test("an XLSX from a ticket system's own writer: no r attributes, rich-text link, formulas, 1904 dates", async () => {
  const host = await XlsxHost.load(blank);
  const bytes = readFileSync(join(FIXTURES, "ticket-writer-export.xlsx"));
  const summary = await importRecords(host, "issues", { fileName: "ticket-writer-export.xlsx", kind: "xlsx", bytes });
  const records = recordsFromGrid(ISSUES, await host.readTable(ISSUES.tableName)).records;
  expect(summary.sheet).toBe("工单导出");
  expect(counts(summary)).toEqual([4, 4, 0, 0]);
  expect(column(records, "id")).toEqual(["T001", "T002", "T003", "T004"]);
  // 2024-03-05 09:00 and the two days after, as 1900-system serials
  expect(column(records, "receivedAt")).toEqual([45356.375, 45357.375, 45358.375, undefined]);
  expect(column(records, "channel")).toEqual(["电话", "在线客服", undefined, "APP"]);
  expect(column(records, "description")).toEqual([
    "空调不制冷（见工单链接）",
    "洗衣机噪音大",
    "冰箱不制冷",
    "热水器故障",
  ]);
  expect(reading(summary).map((p) => [p.row, p.column, p.reason])).toEqual([
    [4, "渠道 (C)", { kind: "formulaWithoutValue" }],
    [5, "受理时间 (B)", { kind: "formulaWithoutValue" }],
  ]);
});

test("a clearly European file (semicolons, decimal commas): 4,0 is 4, 4,5 is no whole score and is reported", async () => {
  const host = await XlsxHost.load(blank);
  const bytes = readFileSync(join(FIXTURES, "european-feedback.csv"));
  const summary = await importRecords(host, "feedback", { fileName: "european-feedback.csv", kind: "csv", bytes });
  const records = recordsFromGrid(FEEDBACK, await host.readTable(FEEDBACK.tableName)).records;
  expect(counts(summary)).toEqual([4, 4, 0, 0]);
  expect(column(records, "score")).toEqual([4, 5, 3, "4,5"]);
  expect(column(records, "servedAt")).toEqual(
    [45356 + 10.25 / 24, 45357 + 11.5 / 24, 45358 + (9 + 5 / 60) / 24, 45359 + (16 + 45 / 60) / 24].map((x) =>
      expect.closeTo(x, 9),
    ),
  );
  expect(summary.problems.map((p) => [p.row, p.column, p.value])).toEqual([[5, "评分(1-5) (E)", "4,5"]]);
});

describe("a 问卷星 export in its standard wording", () => {
  const evaluations = async (name: string) => {
    const host = await XlsxHost.load(blank);
    const bytes = readFileSync(join(FIXTURES, name));
    return importRecords(host, "evaluations", { fileName: name, kind: "csv", bytes });
  };

  test("8、办理是否方便 feeds 服务便捷性 and 9、…意见或建议？ feeds 意见建议: every dimension has a source", async () => {
    const summary = await evaluations("wjx-standard.csv");
    expect(counts(summary)).toEqual([3, 3, 0, 0]);
    expect(summary.unfedFields).toEqual([]);
    expect(summary.unmappedColumns).toEqual(["序号", "提交答卷时间", "来源"]);
    expect(summary.validityRate).toBe(1);
  });

  test("without the convenience question, the dimension is named with what it causes: every row incomplete", async () => {
    const summary = await evaluations("wjx-no-convenience.csv");
    expect(counts(summary)).toEqual([3, 3, 0, 0]);
    expect(summary.unfedFields).toEqual([
      { key: "d_convenience", zh: "服务便捷性", en: "Convenience", consequence: "allIncomplete" },
    ]);
    expect([summary.invalidEvaluations, summary.validityRate]).toEqual([3, 0]);
  });
});
