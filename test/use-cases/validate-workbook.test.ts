import { evaluationsSpec, IMPROVEMENTS, ISSUES } from "../../src/domain/schema";
import type { RecordRow, TableSpec } from "../../src/domain/schema/types";
import { freshTable } from "../support/fresh-table";
import { DEFAULT_DIMENSIONS, SETTING_SPECS } from "../../src/domain/settings";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { validateWorkbook } from "../../src/use-cases/validate-workbook";
import { tableOps } from "../../src/workbook/layout-table";
import type { PlanOp } from "../../src/workbook/plan-types";

const EVALUATIONS = evaluationsSpec(DEFAULT_DIMENSIONS);
const rowsOf = (spec: TableSpec, rows: RecordRow[]): PlanOp[] =>
  tableOps(spec, spec.sheet.zh, { rows, extraHeaders: [], base: freshTable(spec) }, DEFAULT_DIMENSIONS, "zh-CN");

test("a freshly set-up workbook has no problems", async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN" });
  expect(await validateWorkbook(host)).toEqual({ problems: [], rowsChecked: 0, warnings: [] });
});

test("a workbook without its tables says which are missing", async () => {
  const { problems } = await validateWorkbook(XlsxHost.create());
  expect(problems.map((p) => [p.sheet, p.expected])).toEqual([
    ["问题记录", "the IssueLog table (run init to set up the workbook)"],
    ["满意度评估", "the EvaluationLog table (run init to set up the workbook)"],
    ["回访记录", "the FollowupLog table (run init to set up the workbook)"],
    ["反馈明细", "the FeedbackLog table (run init to set up the workbook)"],
    ["改进清单", "the ImprovementPlan table (run init to set up the workbook)"],
    ["设置", "the 设置 sheet, which is missing (run init to add it again)"],
    ["列表", "the 列表 sheet, which is missing (run init to add it again)"],
  ]);
});

describe("a workbook with typing mistakes", () => {
  let problems: Awaited<ReturnType<typeof validateWorkbook>>["problems"];
  const minFillRow = SETTING_SPECS.findIndex((s) => s.key === "minFillSeconds") + 2;

  beforeAll(async () => {
    const host = XlsxHost.create();
    await setUpWorkbook(host, { lang: "zh-CN" });
    await host.apply({
      lang: "zh-CN",
      ops: [
        ...rowsOf(ISSUES, [
          { id: "2024-SVC-001", receivedAt: 45356.5, urgency: "一般", channel: "视频客服" },
          {},
          { id: "2024-svc-001", receivedAt: "昨天", urgency: "特急", satisfaction: 7 },
          { id: "2024-SVC-002", receivedAt: 45357 },
        ]),
        ...rowsOf(EVALUATIONS, [
          { customerId: "C1", serviceDate: 45356, fillSeconds: -3, d_response: 4.5, d_attitude: 4, d_expertise: 4 },
        ]),
        ...rowsOf(IMPROVEMENTS, [{ id: "IMP-202403-01", month: "2024-3", status: "未开始" }]),
        // A channel the user added to the Lists sheet, a setting typed as text, weights that sum to 90%.
        { kind: "cells", sheet: "列表", origin: "A11", rows: [["视频客服"]] },
        { kind: "cells", sheet: "设置", origin: `C${String(minFillRow)}`, rows: [["abc"]] },
        { kind: "cells", sheet: "设置", origin: "I2", rows: [[0.2], [0.2], [0.2], [0.2], [0.1]] },
      ],
    });
    ({ problems } = await validateWorkbook(await XlsxHost.load(await host.toBuffer())));
  });

  test("types, lists, required fields and unique ids, at their Excel rows (a blank row counts)", () => {
    // `expectation` is the same as `expected`, as data; its cases are checked in the next test.
    expect(problems.filter((p) => p.sheet !== "设置").map((p) => ({ ...p, expectation: undefined }))).toEqual([
      {
        sheet: "问题记录",
        row: 4,
        column: "问题编号 (A)",
        value: "2024-svc-001",
        expected: "a unique id (row 2 has the same one)",
      },
      {
        sheet: "问题记录",
        row: 4,
        column: "接收时间 (B)",
        value: "昨天",
        expected: "a date and time (a date cell, not text)",
      },
      {
        sheet: "问题记录",
        row: 4,
        column: "紧急程度 (M)",
        value: "特急",
        expected: "a value of its list on the Lists sheet (一般, 紧急, 重大)",
      },
      { sheet: "问题记录", row: 4, column: "客户满意度 (Y)", value: 7, expected: "a whole number from 1 to 5" },
      {
        sheet: "问题记录",
        row: 5,
        column: "紧急程度 (M)",
        value: undefined,
        expected: "a value: 紧急程度 is required",
      },
      { sheet: "满意度评估", row: 2, column: "填写用时(秒) (I)", value: -3, expected: "a number ≥ 0" },
      { sheet: "满意度评估", row: 2, column: "响应速度 (J)", value: 4.5, expected: "a whole number from 1 to 5" },
      {
        sheet: "改进清单",
        row: 2,
        column: "来源月份 (B)",
        value: "2024-3",
        expected: "a month as text YYYY-MM, e.g. 2024-03",
      },
    ]);
  });

  const EXPECTATIONS = [
    { rule: "unique", firstRow: 2 },
    { rule: "dateTime" },
    { rule: "list", values: ["一般", "紧急", "重大"] },
    { rule: "whole", min: 1, max: 5 },
    { rule: "required", field: "紧急程度" },
    { rule: "number" },
    { rule: "whole", min: 1, max: 5 },
    { rule: "month" },
  ];

  test("each problem carries what was expected as data, for a localized message", () => {
    expect(problems.filter((p) => p.sheet !== "设置").map((p) => p.expectation)).toEqual(EXPECTATIONS);
  });

  test("settings: a value of the wrong kind, and dimension weights that do not sum to 100%", () => {
    const settings = problems.filter((p) => p.sheet === "设置");
    expect(settings.map((p) => [p.row, p.column, typeof p.value === "number" ? p.value.toFixed(6) : p.value])).toEqual([
      [minFillRow, "值 (C)", "abc"],
      [2, "指定权重 (I)", "0.900000"],
    ]);
    expect(settings[0]?.expected).toBe("number");
    expect(settings[1]?.expected).toBe(
      "weights summing to 100% (设置!I2:I6: dimension table: the weights sum to 90%, they must sum to 100%)",
    );
  });
});

describe("damage (issue 10 item 7): each found with its sheet, cell and what to do", () => {
  /** A set-up workbook with two issues, changed by `damage` through ExcelJS as a user would in Excel. */
  async function damaged(damage: (host: XlsxHost) => void) {
    const host = XlsxHost.create();
    await setUpWorkbook(host, { lang: "zh-CN" });
    await host.apply({
      lang: "zh-CN",
      ops: rowsOf(ISSUES, [
        { id: "2024-SVC-001", receivedAt: 45356.5, urgency: "一般" },
        { id: "2024-SVC-002", receivedAt: 45357.5, urgency: "紧急" },
      ]),
    });
    const book = await XlsxHost.load(await host.toBuffer());
    damage(book);
    const reopened = await XlsxHost.load(await book.toBuffer());
    return (await validateWorkbook(reopened)).problems.map((p) => [p.sheet, p.row, p.column, p.value, p.expected]);
  }

  test("a deleted Settings sheet and a deleted Lists sheet", async () => {
    const problems = await damaged((host) => {
      host.workbook.removeWorksheet("设置");
      host.workbook.removeWorksheet("列表");
    });
    expect(problems).toEqual([
      ["设置", 1, "A", undefined, "the 设置 sheet, which is missing (run init to add it again)"],
      ["列表", 1, "A", undefined, "the 列表 sheet, which is missing (run init to add it again)"],
    ]);
  });

  /** ExcelJS's own model of a table (no API renames a loaded table or its columns without rewriting it). */
  type TableModel = { table: { name: string; displayName?: string; columns: { name: string }[] } };
  const tablesOf = (host: XlsxHost) =>
    (host.workbook.getWorksheet("问题记录") as unknown as { tables: Record<string, TableModel> }).tables;

  test("a renamed header is named where it is", async () => {
    const problems = await damaged((host) => {
      const column = tablesOf(host)["IssueLog"]?.table.columns[2];
      if (column) column.name = "渠道";
      const cell = host.workbook.getWorksheet("问题记录")?.getCell("C1");
      if (cell) cell.value = "渠道";
    });
    expect(problems).toEqual([
      [
        "问题记录",
        1,
        "渠道 (C)",
        "渠道",
        "the header 服务渠道 (rename the column back, or run init to add 服务渠道 as a new column)",
      ],
    ]);
  });

  test("text typed over a calculated column, row by row", async () => {
    const problems = await damaged((host) => {
      const ws = host.workbook.getWorksheet("问题记录");
      if (!ws) return;
      ws.getCell("N3").value = "明天下班前"; // 处理时限
      ws.getCell("X2").value = "超时了"; // 是否超时
    });
    expect(problems).toEqual([
      [
        "问题记录",
        2,
        "是否超时 (X)",
        "超时了",
        "the formula of 是否超时 (a value was typed over it: clear the cell, or run init to restore the formula)",
      ],
      [
        "问题记录",
        3,
        "处理时限 (N)",
        "明天下班前",
        "the formula of 处理时限 (a value was typed over it: clear the cell, or run init to restore the formula)",
      ],
    ]);
  });

  test("a value typed over a calculated column is found by the missing formula, also one the formula could give", async () => {
    const problems = await damaged((host) => {
      const ws = host.workbook.getWorksheet("问题记录");
      if (!ws) return;
      ws.getCell("N2").value = 45_360; // 处理时限: a date, as the formula gives
      ws.getCell("X3").value = "否"; // 是否超时: what the formula would show
    });
    const what = (header: string) =>
      `the formula of ${header} (a value was typed over it: clear the cell, or run init to restore the formula)`;
    expect(problems).toEqual([
      ["问题记录", 2, "处理时限 (N)", 45_360, what("处理时限")],
      ["问题记录", 3, "是否超时 (X)", "否", what("是否超时")],
    ]);
  });

  test("a renamed table is found by its headers", async () => {
    const problems = await damaged((host) => {
      const table = host.workbook.getWorksheet("问题记录")?.getTable("IssueLog") as unknown as
        { table: { name: string; displayName: string } } | undefined;
      if (table) Object.assign(table.table, { name: "Table1", displayName: "Table1" });
    });
    expect(problems).toEqual([
      [
        "问题记录",
        1,
        "A",
        "问题编号",
        "the IssueLog table over these headers (rename the table back to IssueLog in Table Design, or run init to adopt the sheet)",
      ],
    ]);
  });
});

test("an issue the customer was 不满意 with but which is closed is flagged: 不满意 reopens it (002 step 5)", async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN" });
  const issue = (n: number, satisfaction: number, status: string) => ({
    id: `2024-SVC-00${String(n)}`,
    receivedAt: 45356.5,
    urgency: "一般",
    satisfaction,
    status,
  });
  await host.apply({
    lang: "zh-CN",
    ops: rowsOf(ISSUES, [
      issue(1, 3, "已完成"),
      issue(2, 2, "已关闭"),
      issue(3, 1, "处理中"), // reopened: fine
      issue(4, 4, "已完成"), // 基本满意: fine
    ]),
  });
  const { problems } = await validateWorkbook(host);
  expect(problems.map((p) => [p.row, p.column, p.value, p.expected])).toEqual([
    [
      2,
      "归档状态 (AA)",
      "已完成",
      "status 处理中: the customer was dissatisfied (satisfaction ≤ 3), so the issue is reopened",
    ],
    [
      3,
      "归档状态 (AA)",
      "已关闭",
      "status 处理中: the customer was dissatisfied (satisfaction ≤ 3), so the issue is reopened",
    ],
  ]);
});
