import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tableSpecs } from "../../src/domain/schema";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { recordsFromGrid } from "../../src/workbook/read-records";
import { recalculate } from "../support/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "sqd-init-"));
const specs = tableSpecs(DEFAULT_DIMENSIONS);

function cli(...args: string[]): string {
  return execFileSync("npx", ["tsx", "src/cli/main.ts", ...args], { cwd: join(__dirname, "../.."), encoding: "utf8" });
}

async function load(file: string): Promise<XlsxHost> {
  return XlsxHost.load(readFileSync(file));
}

describe("init --demo", () => {
  const file = join(dir, "a.xlsx");
  beforeAll(() => cli("init", file, "--demo"), 120_000);

  test("writes the five tables, Lists and Settings, headed by DOMAIN.md's Chinese labels", async () => {
    const host = await load(file);
    expect(await host.sheetNames()).toEqual([
      "问题记录",
      "满意度评估",
      "回访记录",
      "反馈明细",
      "改进清单",
      "列表",
      "设置",
    ]);
    for (const spec of specs) {
      const grid = await host.readTable(spec.tableName);
      expect([spec.key, grid?.headers]).toEqual([spec.key, spec.fields.map((f) => f.zh)]);
    }
    expect((await host.readTable("IssueLog"))?.rows).toHaveLength(300);
  });

  test("opens in LibreOffice", async () => {
    const out = await load(recalculate(file).file);
    expect(await out.sheetNames()).toHaveLength(7);
    expect((await out.readTable("IssueLog"))?.rows).toHaveLength(300);
  }, 120_000);
});

test("--lang en-US heads sheets and tables with the English labels", async () => {
  const file = join(dir, "en.xlsx");
  cli("init", file, "--lang", "en-US");
  const host = await load(file);
  expect(await host.sheetNames()).toEqual([
    "Issues",
    "Evaluations",
    "Follow-ups",
    "Feedback",
    "Improvements",
    "Lists",
    "Settings",
  ]);
  for (const spec of specs) {
    expect((await host.readTable(spec.tableName))?.headers).toEqual(spec.fields.map((f) => f.en));
  }
}, 60_000);

describe("init over an existing workbook", () => {
  const file = join(dir, "user.xlsx");
  const issues = specs[0];
  if (!issues) throw new Error("no issue spec");
  const headers = [...issues.fields.map((f) => f.zh), "我的备注"];
  const userRows = [
    ["2023-SVC-007", 45300.5, "电话", "维修", "售后支持组", "C20240105001", "王五", "个人"],
    [undefined, 45310.25, "自定义渠道"],
  ];

  beforeAll(async () => {
    // A workbook as a user leaves it: rows typed into the issue table (one with a value outside the list),
    // an extra column of their own, a list value they added, a changed setting, and no other sheets yet.
    const host = XlsxHost.create();
    await host.apply({
      lang: "zh-CN",
      ops: [
        { kind: "sheet", name: "问题记录", freezeRows: 1 },
        {
          kind: "table",
          sheet: "问题记录",
          name: "IssueLog",
          origin: "A1",
          columns: headers.map((header) => ({ header })),
          rows: userRows.map((r) =>
            headers.map((_, i) => (i === headers.length - 1 ? `备注${r[0] ?? "无编号"}` : r[i])),
          ),
        },
        { kind: "sheet", name: "列表", freezeRows: 1 },
        { kind: "cells", sheet: "列表", origin: "A1", rows: [["服务渠道"], ["电话"], ["视频客服"]] },
      ],
    });
    writeFileSync(file, await host.toBuffer());
    cli("init", file);
  }, 60_000);

  test("keeps every user row, value and extra column, and generates the missing id", async () => {
    const grid = await (await load(file)).readTable("IssueLog");
    expect(grid?.headers).toEqual(headers);
    const records = recordsFromGrid(issues, grid).records;
    expect(records.map((r) => [r.id, r.receivedAt, r.channel, r.customerName, r["我的备注"]])).toEqual([
      ["2023-SVC-007", 45300.5, "电话", "王五", "备注2023-SVC-007"],
      ["2024-SVC-001", 45310.25, "自定义渠道", undefined, "备注无编号"],
    ]);
  });

  test("keeps the user's list values first and adds the missing defaults", async () => {
    const lists = await (await load(file)).readSheet("列表");
    const channel = (lists ?? []).map((r) => r[0]);
    expect(channel.slice(0, 4)).toEqual(["服务渠道", "电话", "视频客服", "在线客服"]);
    expect(channel.filter((v) => v === "电话")).toHaveLength(1);
  });

  test("running init again changes nothing", async () => {
    const before = await load(file);
    cli("init", file);
    const after = await load(file);
    expect(await after.sheetNames()).toEqual(await before.sheetNames());
    for (const name of [...specs.map((s) => s.tableName), "Dimensions", "Holidays"]) {
      expect(await after.readTable(name)).toEqual(await before.readTable(name));
    }
    expect(await after.readSheet("设置")).toEqual(await before.readSheet("设置"));
    expect(await after.readSheet("列表")).toEqual(await before.readSheet("列表"));
  }, 60_000);
});

test("a dimension removed on Settings moves the others' weight names, without keeping their old cells", async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN" });
  const dims = await host.readTable("Dimensions");
  const rows = dims?.rows ?? [];
  // The manager deletes the first dimension's row: the others move up, the last row is left blank.
  const cells = rows.flatMap((_, r) =>
    [0, 1, 2, 3, 4].map((column) => ({ row: r, column, value: rows[r + 1]?.[column], was: rows[r]?.[column] })),
  );
  await host.apply({
    lang: "zh-CN",
    ops: [
      {
        kind: "table",
        sheet: "设置",
        name: "Dimensions",
        origin: "E1",
        columns: (dims?.headers ?? []).map((header) => ({ header })),
        rows: [],
        base: { headers: dims?.headers ?? [], bodyRows: dims?.bodyRows ?? 0, usedRows: rows.length },
        cells,
      },
    ],
  });
  await setUpWorkbook(host, { lang: "zh-CN" });
  const reloaded = await XlsxHost.load(await host.toBuffer());
  const ranges = (name: string) => reloaded.workbook.definedNames.model.find((n) => n.name === name)?.ranges;
  // d_attitude was the second dimension (row 3); with d_response gone it is the first (row 2).
  expect(ranges("W_d_attitude")).toEqual(["'设置'!$J$2"]);
  // The dropped dimension's column stays where it was, a user column now: nothing is lost or reordered.
  const headers = (await reloaded.readTable("EvaluationLog"))?.headers ?? [];
  expect(headers.slice(8, 14)).toEqual([
    "填写用时(秒)",
    "响应速度",
    "服务态度",
    "专业能力",
    "问题解决效果",
    "服务便捷性",
  ]);
}, 60_000);
