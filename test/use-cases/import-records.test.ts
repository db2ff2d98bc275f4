import { evaluationsSpec, FEEDBACK, ISSUES } from "../../src/domain/schema";
import type { CellValue, Lang, RecordRow } from "../../src/domain/schema/types";
import { freshTable } from "../support/fresh-table";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { ImportSourceError } from "../../src/import/errors";
import { importRecords } from "../../src/use-cases/import-records";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { validateWorkbook } from "../../src/use-cases/validate-workbook";
import { tableOps } from "../../src/workbook/layout-table";
import { recordsFromGrid } from "../../src/workbook/read-records";
import { sheetXml } from "../support/xlsx-parts";

const EVALUATIONS = evaluationsSpec(DEFAULT_DIMENSIONS);
const csv = (fileName: string, text: string) =>
  ({ fileName, kind: "csv", bytes: new TextEncoder().encode(text) }) as const;

/** A set-up workbook whose issue table already holds these rows. */
async function workbook(lang: Lang, issues: RecordRow[] = []): Promise<XlsxHost> {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang });
  if (issues.length > 0) {
    const sheet = lang === "zh-CN" ? ISSUES.sheet.zh : ISSUES.sheet.en;
    await host.apply({
      lang,
      ops: tableOps(
        ISSUES,
        sheet,
        { rows: issues, extraHeaders: [], base: freshTable(ISSUES, lang) },
        DEFAULT_DIMENSIONS,
        lang,
      ),
    });
  }
  return host;
}

/** Saves and reopens, so the assertions see what a file holds. */
const reopened = async (host: XlsxHost) => XlsxHost.load(await host.toBuffer());
const issuesOf = async (host: XlsxHost) => recordsFromGrid(ISSUES, await host.readTable("IssueLog")).records;

describe("into a table that has rows", () => {
  const existing: RecordRow[] = [
    { id: "2024-SVC-007", receivedAt: 45300.5, urgency: "一般", channel: "电话" },
    { id: "2023-SVC-041", receivedAt: 45200.25, urgency: "紧急" },
  ];
  const file = [
    "问题编号,接收时间,紧急程度,服务渠道",
    ",2024-03-05 09:00,一般,在线客服",
    "2024-svc-007 ,2024-03-05 10:00,一般,电话",
    ",2023-12-30 08:00,重大,APP",
    "2024-SVC-100,2024-03-06 10:00,一般,邮件",
  ].join("\n");

  test("appends after the existing rows, continues each year's id sequence, skips an existing id", async () => {
    const host = await workbook("zh-CN", existing);
    const summary = await importRecords(host, "issues", csv("t.csv", file));
    expect([summary.rowsRead, summary.imported, summary.alreadyImported, summary.idsGenerated]).toEqual([4, 3, 1, 2]);
    const rows = await issuesOf(await reopened(host));
    expect(rows.map((r) => [r.id, r.urgency, r.channel])).toEqual([
      ["2024-SVC-007", "一般", "电话"],
      ["2023-SVC-041", "紧急", undefined],
      ["2024-SVC-101", "一般", "在线客服"],
      ["2023-SVC-042", "重大", "APP"],
      ["2024-SVC-100", "一般", "邮件"],
    ]);
    expect(summary.problems).toEqual([
      {
        file: "t.csv",
        sheet: undefined,
        row: 3,
        column: "问题编号 (A)",
        value: "2024-svc-007 ",
        expected: "an id the table does not have yet (duplicate skipped)",
        reason: { kind: "duplicateId" },
      },
    ]);
  });
});

test("quarantine: one table with 来源文件, 来源行号, 原因 and the original columns; later imports append", async () => {
  const host = await workbook("zh-CN");
  const huge = "长".repeat(32_768);
  await importRecords(host, "issues", csv("a.csv", `接收时间,紧急程度,备注\n2024-03-05,一般,${huge}\n`));
  await importRecords(host, "followups", csv("b.csv", "回访编号,需跟进,备注\n,是,\n"));
  const grid = await (await reopened(host)).readTable("ImportQuarantine");
  expect(grid?.sheet).toBe("导入待核查");
  expect(grid?.headers).toEqual(["来源文件", "来源行号", "原因", "接收时间", "紧急程度", "备注", "回访编号", "需跟进"]);
  expect(grid?.rows.map((r) => r.map((v) => (typeof v === "string" && v.length > 99 ? v.length : v)))).toEqual([
    ["a.csv", 2, "「备注」超过 Excel 单元格上限 32767 个字符", "2024-03-05", "一般", 32_767, undefined, undefined],
    ["b.csv", 2, "没有可写入本表的值(只有计算列或无法保存的字符)", undefined, undefined, undefined, undefined, "是"],
  ]);
});

test("a blank or unreadable required field does not set a row aside: it is imported and `validate` flags it", async () => {
  const host = await workbook("zh-CN");
  const summary = await importRecords(
    host,
    "issues",
    csv("a.csv", "接收时间,紧急程度,问题描述\n,一般,无时间\n2024-03-05,,无紧急程度\n前天,紧急,时间写错\n"),
  );
  expect([summary.rowsRead, summary.imported, summary.quarantined]).toEqual([3, 3, 0]);
  const book = await reopened(host);
  expect(await book.readTable("ImportQuarantine")).toBeUndefined();
  const rows = await issuesOf(book);
  expect(rows.map((r) => [r.receivedAt, r.urgency, r.description])).toEqual([
    [undefined, "一般", "无时间"],
    [45356, undefined, "无紧急程度"],
    ["前天", "紧急", "时间写错"],
  ]);
  const report = await validateWorkbook(book);
  const flagged = report.problems.filter((p) => p.sheet === "问题记录").map((p) => [p.row, p.column, p.value]);
  expect(flagged).toEqual([
    [2, "接收时间 (B)", undefined],
    [3, "紧急程度 (M)", undefined],
    [4, "接收时间 (B)", "前天"],
  ]);
});

test("unmapped columns become extra table columns; the same header later fills the same column", async () => {
  const host = await workbook("zh-CN");
  const first = await importRecords(
    host,
    "feedback",
    csv("a.csv", "服务时间,评分,渠道编码,备注\n2024-03-05,4,W1,好\n"),
  );
  const second = await importRecords(host, "feedback", csv("b.csv", "服务时间,备注,评分(1-5)\n2024-03-06,又来了,2\n"));
  expect(first.unmappedColumns).toEqual(["渠道编码", "备注"]);
  expect(second.unmappedColumns).toEqual(["备注"]);
  const grid = await (await reopened(host)).readTable("FeedbackLog");
  expect(grid?.headers.slice(FEEDBACK.fields.length)).toEqual(["渠道编码", "备注"]);
  const rows = recordsFromGrid(FEEDBACK, grid).records;
  expect(rows.map((r) => [r.servedAt, r.score, r["渠道编码"], r["备注"]])).toEqual([
    [45356, 4, "W1", "好"],
    [45357, 2, undefined, "又来了"],
  ]);
});

test("a corrected mapping: each corrected column feeds the field chosen for it", async () => {
  const host = await workbook("zh-CN");
  // 紧急程度 (B) holds the channel; 情况说明 (C) names no field; 级别 (D) holds the urgency.
  const file = "接收时间,紧急程度,情况说明,级别\n2024-03-05 09:00,电话,空调不制冷,紧急\n";
  const summary = await importRecords(host, "issues", csv("m.csv", file), {
    mapping: { 1: "channel", 2: "description", 3: "urgency" },
  });
  expect([summary.imported, summary.quarantined, summary.unmappedColumns]).toEqual([1, 0, []]);
  const rows = await issuesOf(await reopened(host));
  expect(rows.map((r) => [r.receivedAt, r.channel, r.description, r.urgency])).toEqual([
    [45356.375, "电话", "空调不制冷", "紧急"],
  ]);

  const error = await importRecords(host, "issues", csv("m.csv", file), { mapping: { 2: "remarks" } }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportSourceError);
  expect(error).toMatchObject({ file: "m.csv", column: "情况说明 (C)" });
  expect(await issuesOf(await reopened(host))).toHaveLength(1);
});

test("a corrected mapping keeps a column the header named as an extra column", async () => {
  const host = await workbook("zh-CN");
  const summary = await importRecords(host, "feedback", csv("k.csv", "服务时间,评分,备注\n2024-03-05,4,好\n"), {
    mapping: { 1: null },
  });
  expect(summary.unmappedColumns).toEqual(["评分", "备注"]);
  const rows = recordsFromGrid(FEEDBACK, await (await reopened(host)).readTable("FeedbackLog")).records;
  expect(rows.map((r) => [r.servedAt, r.score, r["评分"], r["备注"]])).toEqual([[45356, undefined, "4", "好"]]);
});

test("a source column that names a calculated column is reported, not written", async () => {
  const host = await workbook("zh-CN");
  const summary = await importRecords(
    host,
    "evaluations",
    csv(
      "e.csv",
      "客户编号,服务日期,响应速度,服务态度,专业能力,问题解决效果,服务便捷性,加权得分,有效性\nC1,2024-03-05,5,4,5,4,5,99,有效\n",
    ),
  );
  expect(summary.calculatedColumnsIgnored).toEqual(["加权得分 (H)", "有效性 (I)"]);
  expect(summary.unmappedColumns).toEqual([]);
  const grid = await (await reopened(host)).readTable("EvaluationLog");
  expect(grid?.headers).toEqual(EVALUATIONS.fields.map((f) => f.zh));
});

describe("text is text (DOMAIN.md §4.5)", () => {
  const injections = ["=1+1", "+SUM(A1:A3)", "-2+3", "@SUM(1)", "\t=1+1", '=HYPERLINK("http://example.com","x")'];

  test("imported text that looks like a formula is stored as a string cell, never a formula", async () => {
    const host = await workbook("zh-CN");
    const lines = injections.map(
      (t, i) => `2024-03-0${String(i + 1)},一般,"${t.replace(/"/g, '""')}","${t.replace(/"/g, '""')}"`,
    );
    const summary = await importRecords(
      host,
      "issues",
      csv("inj.csv", ["接收时间,紧急程度,问题描述,我的列", ...lines].join("\n")),
    );
    expect(summary.imported).toBe(injections.length);
    const saved = await host.toBuffer();
    const xml = await sheetXml(saved, "问题记录");
    // Body cells of the description (K) and the extra column (AB) are shared strings; no cell there has a formula.
    for (let row = 2; row <= injections.length + 1; row++) {
      for (const col of ["K", "AB"]) {
        const cell = new RegExp(`<c r="${col}${String(row)}"[^>]*?(/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0] ?? "";
        expect([col, row, cell.includes('t="s"'), cell.includes("<f")]).toEqual([col, row, true, false]);
      }
    }
    const rows = await issuesOf(await XlsxHost.load(saved));
    expect(rows.map((r) => r.description)).toEqual(injections);
    expect(rows.map((r) => r["我的列"])).toEqual(injections);
  });

  test("a carriage return at the start stays text (the saved package turns it into a line feed)", async () => {
    const host = await workbook("zh-CN");
    await importRecords(host, "issues", csv("cr.csv", '接收时间,紧急程度,问题描述\n2024-03-05,一般,"\r=2+2"\n'));
    const rows = await issuesOf(await reopened(host));
    expect(rows.map((r) => String(r.description).replace(/\r/g, "\n"))).toEqual(["\n=2+2"]);
  });

  test("characters an .xlsx cannot hold are removed and reported; a cell over 32,767 characters is quarantined", async () => {
    const host = await workbook("zh-CN");
    const huge = "长".repeat(32_768);
    const summary = await importRecords(
      host,
      "issues",
      csv("ctl.csv", `接收时间,紧急程度,问题描述\n2024-03-05,一般,a\u0001b\u0008c\n2024-03-05,一般,${huge}\n`),
    );
    expect([summary.imported, summary.quarantined]).toEqual([1, 1]);
    expect(summary.problems.map((p) => [p.row, p.column, p.expected])).toEqual([
      [2, "问题描述 (C)", "text without control characters (they were removed)"],
      [3, "问题描述 (C)", "at most 32767 characters in a cell"],
    ]);
    const reopenedHost = await reopened(host);
    expect((await issuesOf(reopenedHost)).map((r) => r.description)).toEqual(["abc"]);
    const quarantined = (await reopenedHost.readTable("ImportQuarantine"))?.rows[0];
    expect(String(quarantined?.[5]).length).toBe(32_767);
  });
});

test("a row with values only in calculated columns is quarantined, not written as a blank row", async () => {
  const host = await workbook("zh-CN");
  const summary = await importRecords(
    host,
    "followups",
    csv("f.csv", "回访编号,需跟进,回访人员\n,是,\n,,\u0001\nF1,,王\n"),
  );
  expect([summary.rowsRead, summary.imported, summary.quarantined]).toEqual([3, 1, 2]);
  const book = await reopened(host);
  expect((await book.readTable("FollowupLog"))?.rows).toHaveLength(1);
  expect((await book.readTable("ImportQuarantine"))?.rows.map((r) => r.slice(1, 3))).toEqual([
    [2, "没有可写入本表的值(只有计算列或无法保存的字符)"],
    [3, "没有可写入本表的值(只有计算列或无法保存的字符)"],
  ]);
});

test("an English workbook keeps its English headers; the quarantine sheet and reasons are English", async () => {
  const host = await workbook("en-US");
  const summary = await importRecords(
    host,
    "issues",
    csv("en.csv", `Received at,Urgency,Issue ID,Overdue\n2024-03-05 10:00,一般,,\n,,,是\n`),
  );
  expect([summary.imported, summary.quarantined, summary.idsGenerated]).toEqual([1, 1, 1]);
  const book = await reopened(host);
  expect((await book.readTable("IssueLog"))?.headers).toEqual(ISSUES.fields.map((f) => f.en));
  const quarantine = await book.readTable("ImportQuarantine");
  expect(quarantine?.sheet).toBe("Import quarantine");
  expect(quarantine?.headers.slice(0, 3)).toEqual(["Source file", "Source row", "Reason"]);
  expect(quarantine?.rows[0]?.slice(0, 3)).toEqual(["en.csv", 3, "no value for any column of the table"]);
});

test("a workbook that is not set up yet is set up first", async () => {
  const host = XlsxHost.create();
  const summary = await importRecords(host, "issues", csv("a.csv", "接收时间,紧急程度\n2024-03-05,一般\n"));
  expect(summary.imported).toBe(1);
  const book = await reopened(host);
  expect(await book.sheetNames()).toEqual([
    "问题记录",
    "满意度评估",
    "回访记录",
    "反馈明细",
    "改进清单",
    "列表",
    "设置",
    "导入记录",
  ]);
  expect((await issuesOf(book)).map((r) => r.id)).toEqual(["2024-SVC-001"]);
});

describe("unusable sources throw ImportSourceError and write nothing", () => {
  const cases: [string, Parameters<typeof importRecords>[2], RegExp][] = [
    [
      "no recognisable header",
      csv("x.csv", "foo,bar\n1,2\n"),
      /^x\.csv: no recognisable header row for the issues table/,
    ],
    ["an empty file", csv("empty.csv", ""), /^empty\.csv: no recognisable header row/],
    [
      "not an .xlsx",
      { fileName: "fake.xlsx", kind: "xlsx", bytes: new Uint8Array([1, 2, 3]) },
      /^fake\.xlsx: not a readable \.xlsx workbook/,
    ],
  ];
  test.each(cases)("%s", async (_name, source, message) => {
    const host = await workbook("zh-CN");
    const before = await host.readTable("IssueLog");
    const sheets = await host.sheetNames();
    const error = await importRecords(host, "issues", source).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportSourceError);
    expect((error as Error).message).toMatch(message);
    expect(await host.sheetNames()).toEqual(sheets);
    expect(await host.readTable("IssueLog")).toEqual(before);
  });

  test("an .xlsx without the named sheet lists the sheets it has", async () => {
    const other = XlsxHost.create();
    await other.apply({ lang: "zh-CN", ops: [{ kind: "sheet", name: "导出", freezeRows: 0 }] });
    const bytes = await other.toBuffer();
    const error = await importRecords(await workbook("zh-CN"), "issues", {
      fileName: "o.xlsx",
      kind: "xlsx",
      bytes,
      sheet: "数据",
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ file: "o.xlsx", sheet: "数据", expected: 'one of the sheets "导出"' });
  });
});

test("the summary reports the source sheet for an .xlsx source and row numbers of that sheet", async () => {
  const src = XlsxHost.create();
  await src.apply({
    lang: "zh-CN",
    ops: [
      { kind: "sheet", name: "封面", freezeRows: 0 },
      { kind: "sheet", name: "数据", freezeRows: 0 },
      {
        kind: "cells",
        sheet: "数据",
        origin: "A1",
        rows: [
          ["导出时间 2024-03-31"],
          [],
          ["接收时间", "紧急程度"],
          [45356.5, "一般"],
          [45357, "很急"],
        ] as CellValue[][],
      },
    ],
  });
  const host = await workbook("zh-CN");
  const summary = await importRecords(host, "issues", {
    fileName: "s.xlsx",
    kind: "xlsx",
    bytes: await src.toBuffer(),
    sheet: "数据",
  });
  expect([summary.sheet, summary.rowsRead, summary.imported]).toEqual(["数据", 2, 2]);
  expect(summary.problems.map((p) => [p.sheet, p.row, p.column, p.value])).toEqual([
    ["数据", 5, "紧急程度 (B)", "很急"],
  ]);
});
