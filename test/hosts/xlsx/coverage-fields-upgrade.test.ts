import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../../src/domain/schema/types";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";
import { validateWorkbook } from "../../../src/use-cases/validate-workbook";
import { listName } from "../../../src/workbook/names";
import { xlsxFacts } from "../office/workbook-facts";

/**
 * A workbook written before 区域 and 服务等级 existed (test/fixtures/upgrade), set up again through the xlsx host
 * (issue 15): both tables get the two columns at their end, the Lists sheet the two lists after its last column, each
 * new column a dropdown from its list; every cell the workbook held is as it was, and a second set-up changes nothing.
 */
const FIXTURE = readFileSync(join(__dirname, "../../fixtures/upgrade/before-region.xlsx"));
const SHEETS = { issues: "问题记录", evaluations: "满意度评估", lists: "列表" };

async function sheets(host: XlsxHost): Promise<Map<string, readonly (readonly CellValue[])[]>> {
  const all = new Map<string, readonly (readonly CellValue[])[]>();
  for (const name of await host.sheetNames()) all.set(name, (await host.readSheet(name)) ?? []);
  return all;
}

let was: Map<string, readonly (readonly CellValue[])[]>;
let now: Map<string, readonly (readonly CellValue[])[]>;
let upgraded: XlsxHost;

beforeAll(async () => {
  const host = await XlsxHost.load(FIXTURE);
  was = await sheets(host);
  await setUpWorkbook(host, { lang: "zh-CN" });
  upgraded = await XlsxHost.load(await host.toBuffer());
  now = await sheets(upgraded);
}, 120_000);

test("the fixture is a workbook without the fields", () => {
  expect(was.get(SHEETS.issues)?.[0]?.at(-1)).toBe("导入来源");
  expect(was.get(SHEETS.evaluations)?.[0]?.at(-1)).toBe("导入来源");
  expect(was.get(SHEETS.lists)?.[0]?.at(-1)).toBe("停用词");
});

test.each([SHEETS.issues, SHEETS.evaluations])("%s gets 区域 and 服务等级 at its end, blank in every row", (sheet) => {
  const before = was.get(sheet) ?? [];
  const after = now.get(sheet) ?? [];
  const width = before[0]?.length ?? 0;
  expect(after[0]).toEqual([...(before[0] ?? []), "区域", "服务等级"]);
  expect(after).toHaveLength(before.length);
  after.slice(1).forEach((row) => expect(row.slice(width).filter((v) => v !== undefined && v !== null)).toEqual([]));
});

/** A cell as the user entered it: its formula text, or its value (a formula's cached result is Excel's to redo). */
function entered(host: XlsxHost, sheet: string, r: number, c: number): unknown {
  const value = host.workbook.getWorksheet(sheet)?.getCell(r + 1, c + 1).value;
  if (value !== null && typeof value === "object" && "formula" in value) return `=${String(value.formula)}`;
  if (value !== null && typeof value === "object" && "sharedFormula" in value) return `=${String(value.sharedFormula)}`;
  return value ?? null;
}

test("every cell of every sheet holds what it held", async () => {
  const before = await XlsxHost.load(FIXTURE);
  const changed: string[] = [];
  for (const [sheet, rows] of was) {
    rows.forEach((row, r) =>
      row.forEach((_, c) => {
        const a = JSON.stringify(entered(before, sheet, r, c));
        const b = JSON.stringify(entered(upgraded, sheet, r, c));
        if (a !== b) changed.push(`${sheet} ${r},${c}: ${a} → ${b}`);
      }),
    );
  }
  expect(changed).toEqual([]);
  expect([...now.keys()]).toEqual([...was.keys()]);
});

test("the Lists sheet gets 区域 (editable, with the default regions) and 服务等级 after its last column", () => {
  const lists = now.get(SHEETS.lists) ?? [];
  const width = was.get(SHEETS.lists)?.[0]?.length ?? 0;
  const column = (c: number) => lists.map((r) => r[c]).filter((v) => v !== undefined && v !== null);
  expect(column(width)).toEqual(["区域", "华北", "东北", "华东", "华中", "华南", "西南", "西北"]);
  expect(column(width + 1)).toEqual(["服务等级", "普通", "VIP"]);
});

test("each new column is a dropdown from its list, and validate names a value not on it", async () => {
  const facts = await xlsxFacts(upgraded, []);
  // 问题记录: 区域 AC, 服务等级 AD; 满意度评估: 区域 T, 服务等级 U
  for (const [sheet, col, key] of [
    [SHEETS.issues, "AC", "region"],
    [SHEETS.issues, "AD", "serviceLevel"],
    [SHEETS.evaluations, "T", "region"],
    [SHEETS.evaluations, "U", "serviceLevel"],
  ] as const) {
    const rule = facts.validations.find((v) => v.startsWith(`${sheet}!${col}2:`));
    expect([sheet, col, rule]).toEqual([sheet, col, expect.stringContaining(listName(key))]);
  }
  await upgraded.apply({
    lang: "zh-CN",
    ops: [{ kind: "cells", sheet: SHEETS.issues, origin: "AC3", rows: [["火星"]] }],
  });
  const problems = (await validateWorkbook(upgraded)).problems.filter((p) => p.column.startsWith("区域"));
  expect(problems.map((p) => [p.sheet, p.row, p.column, p.value])).toEqual([[SHEETS.issues, 3, "区域 (AC)", "火星"]]);
});

test("setting it up again changes nothing", async () => {
  const host = await XlsxHost.load(await upgraded.toBuffer());
  const before = await sheets(host);
  await setUpWorkbook(host, { lang: "zh-CN" });
  expect(await sheets(await XlsxHost.load(await host.toBuffer()))).toEqual(before);
});
