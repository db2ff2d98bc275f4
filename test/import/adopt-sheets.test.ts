import type ExcelJS from "exceljs";
import { FEEDBACK, ISSUES } from "../../src/domain/schema";
import type { CellValue } from "../../src/domain/schema/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { importRecords } from "../../src/use-cases/import-records";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";

/**
 * Issue 10 item 2: a team's hand-kept sheet becomes the table, every value under its own header; a sheet that
 * cannot is left as it is and the table goes onto a new sheet, with the reason.
 */
async function bookWith(sheets: Record<string, CellValue[][]>): Promise<XlsxHost> {
  const host = XlsxHost.create();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = host.workbook.addWorksheet(name);
    for (const row of rows) ws.addRow(row.map((v) => v ?? null));
  }
  return XlsxHost.load(await host.toBuffer());
}

const reopened = async (host: XlsxHost) => XlsxHost.load(await host.toBuffer());

/** The table's cells under each header, row by row, for the headers asked for. */
async function columns(host: XlsxHost, table: string, headers: readonly string[]) {
  const grid = await host.readTable(table);
  const at = headers.map((h) => grid?.headers.indexOf(h) ?? -1);
  return { sheet: grid?.sheet, rows: grid?.rows.map((r) => at.map((i) => (i < 0 ? "(no column)" : r[i]))) };
}

const HAND_KEPT: CellValue[][] = [
  ["问题编号", "受理时间", "客户名称", "问题描述", "紧急程度", "备注", "是否超时"],
  ["2024-SVC-001", 45356.4375, "张三", "空调不制冷", "紧急", "已联系两次", "否"],
  ["2024-SVC-002", 45357.5, "李四", "安装预约改期", "一般", undefined, "是"],
  ["2024-SVC-003", 45358.25, "王五", "屏幕闪烁", "重大", "客户要求上门", undefined],
];

test("a hand-kept 问题记录 with 3 records becomes IssueLog: every value under its own header, nothing dropped", async () => {
  const host = await bookWith({ 问题记录: HAND_KEPT });
  const summary = await setUpWorkbook(host, { lang: "zh-CN" });
  expect(summary.adoption).toEqual([
    { kind: "adopted", table: "issues", sheet: "问题记录", rows: 3, extraColumns: ["备注", "是否超时 (2)"] },
  ]);
  expect(summary.rowsKept.issues).toBe(3);
  const book = await reopened(host);
  // 受理时间 is a synonym of 接收时间, so its values are under that field's header; the typed 是否超时 column is kept
  // beside the calculated one instead of being replaced by its formula.
  const got = await columns(book, "IssueLog", [
    "问题编号",
    "接收时间",
    "客户名称",
    "问题描述",
    "紧急程度",
    "备注",
    "是否超时 (2)",
  ]);
  expect(got).toEqual({ sheet: "问题记录", rows: HAND_KEPT.slice(1) });
  const grid = await book.readTable("IssueLog");
  // The table is made over the sheet in place: the user's columns keep their places, a header is written only where
  // the mapping requires it (受理时间 → 接收时间, 是否超时 → 是否超时 (2)), and the missing fields follow.
  const own = ["问题编号", "接收时间", "客户名称", "问题描述", "紧急程度", "备注", "是否超时 (2)"];
  const missing = ISSUES.fields.map((f) => f.zh).filter((h) => !own.includes(h));
  expect(grid?.headers).toEqual([...own, ...missing]);
  // Nothing of the old sheet is left outside the table.
  const cells = (await book.readSheet("问题记录")) ?? [];
  expect(cells.length).toBe(4);
  expect(Math.max(...cells.map((r) => r.length))).toBe(grid?.headers.length);
});

test("a blank row between records stays where it was", async () => {
  const rows = [HAND_KEPT[0] ?? [], HAND_KEPT[1] ?? [], [], HAND_KEPT[2] ?? []];
  const host = await bookWith({ 问题记录: rows });
  const summary = await setUpWorkbook(host, { lang: "zh-CN" });
  expect(summary.adoption[0]).toMatchObject({ kind: "adopted", rows: 3 });
  const cells = (await (await reopened(host)).readSheet("问题记录")) ?? [];
  expect(cells.map((r) => r[0])).toEqual(["问题编号", "2024-SVC-001", undefined, "2024-SVC-002"]);
});

test("a sheet carrying the feedback table's headers, whatever its name, becomes FeedbackLog", async () => {
  const host = await bookWith({
    客户反馈: [
      ["反馈编号", "服务时间", "评分", "反馈内容", "回访备注"],
      ["FB-1", 45356.5, 2, "等了很久", "已道歉"],
      ["FB-2", 45357.5, 5, "很满意", undefined],
    ],
  });
  const summary = await setUpWorkbook(host, { lang: "zh-CN" });
  expect(summary.adoption).toEqual([
    { kind: "adopted", table: "feedback", sheet: "客户反馈", rows: 2, extraColumns: ["回访备注"] },
  ]);
  const book = await reopened(host);
  expect(await book.sheetNames()).not.toContain("反馈明细");
  expect(
    await columns(book, "FeedbackLog", ["反馈编号", "服务时间", "评分(1-5)", "反馈内容(客户原话)", "回访备注"]),
  ).toEqual({
    sheet: "客户反馈",
    rows: [
      ["FB-1", 45356.5, 2, "等了很久", "已道歉"],
      ["FB-2", 45357.5, 5, "很满意", undefined],
    ],
  });
  expect(FEEDBACK.fields.map((f) => f.zh)).toContain("评分(1-5)");
});

test("a 问题记录 with a title row above its header is left untouched; IssueLog goes onto a new sheet, and imports follow it", async () => {
  const titled: CellValue[][] = [["2024 年售后问题台账"], ...HAND_KEPT];
  const host = await bookWith({ 问题记录: titled });
  const summary = await setUpWorkbook(host, { lang: "zh-CN" });
  expect(summary.adoption).toEqual([
    { kind: "newSheet", table: "issues", sheet: "问题记录", newSheet: "问题记录 (2)", reason: "headerNotFirstRow" },
  ]);
  expect(summary.sheetsCreated).toContain("问题记录 (2)");
  const csv = new TextEncoder().encode("接收时间,紧急程度\n2024-03-05 10:00,一般\n");
  await importRecords(host, "issues", { fileName: "a.csv", kind: "csv", bytes: csv });
  const book = await reopened(host);
  expect((await book.readTable("IssueLog"))?.sheet).toBe("问题记录 (2)");
  expect((await book.readTable("IssueLog"))?.rows).toHaveLength(1);
  const untouched = (await book.readSheet("问题记录")) ?? [];
  expect(untouched.map((r) => r.slice(0, 7))).toEqual(
    titled.map((r) => [...r, ...Array(7 - r.length).fill(undefined)]),
  );
});

test("a 问题记录 whose first row names no column of the table is left untouched, and the reason is given", async () => {
  const host = await bookWith({
    问题记录: [
      ["周一", "周二"],
      ["值班", "休息"],
    ],
  });
  const summary = await setUpWorkbook(host, { lang: "zh-CN" });
  expect(summary.adoption).toEqual([
    { kind: "newSheet", table: "issues", sheet: "问题记录", newSheet: "问题记录 (2)", reason: "noHeader" },
  ]);
  expect(await (await reopened(host)).readSheet("问题记录")).toEqual([
    ["周一", "周二"],
    ["值班", "休息"],
  ]);
});

test("set-up again adopts nothing more and changes no row", async () => {
  const host = await bookWith({ 问题记录: HAND_KEPT });
  await setUpWorkbook(host, { lang: "zh-CN" });
  const first = await (await reopened(host)).readSheet("问题记录");
  const again = await setUpWorkbook(host, { lang: "zh-CN" });
  expect(again.adoption).toEqual([]);
  expect(await (await reopened(host)).readSheet("问题记录")).toEqual(first);
});

test("a user's formulas in an adopted sheet stay formulas, with their results", async () => {
  const host = XlsxHost.create();
  const ws = host.workbook.addWorksheet("问题记录");
  for (const row of HAND_KEPT) ws.addRow(row.map((v) => v ?? null));
  ws.getCell("H1").value = "描述字数";
  for (const r of [2, 3, 4]) ws.getCell(`H${r}`).value = { formula: `LEN(D${r})`, result: r } as ExcelJS.CellValue;
  const book = await XlsxHost.load(await host.toBuffer());
  const summary = await setUpWorkbook(book, { lang: "zh-CN" });
  expect(summary.adoption[0]).toMatchObject({ kind: "adopted", extraColumns: ["备注", "是否超时 (2)", "描述字数"] });
  const after = (await reopened(book)).workbook.getWorksheet("问题记录");
  expect([2, 3, 4].map((r) => after?.getCell(`H${r}`).formula)).toEqual(["LEN(D2)", "LEN(D3)", "LEN(D4)"]);
  expect([2, 3, 4].map((r) => after?.getCell(`H${r}`).result)).toEqual([2, 3, 4]);
  expect(after?.getCell("C1").value).toBe("客户名称");
});
