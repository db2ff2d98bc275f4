import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runImport } from "../../src/cli/import-command";
import { runInit } from "../../src/cli/init-command";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { readWorkbookState } from "../../src/use-cases/read-workbook";

/**
 * 区域 and 服务等级 from exports (issue 15): headers such as 大区 / 地区 and 客户等级 / 会员等级 map to the fields, other
 * names of a list value (华东区, 贵宾, 普通客户) are read as the value, and a value outside the list is a problem the
 * way any list field's is — one that --add-to-lists fixes by adding it to the Lists sheet.
 */
const dir = mkdtempSync(join(tmpdir(), "sqd-import-strata-"));

async function importInto(into: "issues" | "evaluations", csv: string, addToLists = false) {
  const book = join(dir, `${into}-${String(addToLists)}.xlsx`);
  await runInit({ file: book, lang: "zh-CN" });
  const from = join(dir, `${into}.csv`);
  writeFileSync(from, csv);
  const summary = await runImport({ book, into, from, addToLists });
  const state = await readWorkbookState(await XlsxHost.load(readFileSync(book)), "zh-CN");
  const records = state.tables[into]?.records ?? [];
  return { summary, state, strata: records.map((r) => [r.region, r.serviceLevel]) };
}

const TICKETS = [
  "工单号,受理时间,紧急程度,大区,客户等级",
  "T1,2024-03-05 09:00,一般,华东区,贵宾",
  "T2,2024-03-05 10:00,一般,华南,普通客户",
  "T3,2024-03-06 11:00,紧急,海外,VIP",
  "T4,2024-03-06 12:00,一般,,",
].join("\n");

test("a ticket export's 大区 and 客户等级 become 区域 and 服务等级, synonyms read as list values", async () => {
  const { summary, strata } = await importInto("issues", TICKETS);
  // both columns name a field: none is kept as an extra column
  expect(summary.unmappedColumns).toEqual([]);
  expect(strata).toEqual([
    ["华东", "VIP"],
    ["华南", "普通"],
    ["海外", "VIP"],
    [undefined, undefined],
  ]);
  // 海外 is not on the 区域 list: a problem of row 4, like any list field's value outside its list
  expect(summary.problems.map((p) => [p.row, p.column, p.value, p.reason.kind])).toEqual([
    [4, "大区 (D)", "海外", "notInList"],
  ]);
});

test("--add-to-lists adds 海外 to the 区域 list", async () => {
  const { summary, state } = await importInto("issues", TICKETS, true);
  expect(summary.addedToLists).toEqual({ region: ["海外"] });
  expect(state.lists.get("region")).toEqual(["华北", "东北", "华东", "华中", "华南", "西南", "西北", "海外"]);
});

test("a survey export's 地区 and 会员等级 fill the evaluations' 区域 and 服务等级", async () => {
  const csv = [
    "客户编号,服务日期,地区,会员等级,响应速度,服务态度,专业能力,问题解决效果,服务便捷性",
    "C20240301001,2024-03-01,西南大区,VIP会员,5,4,4,5,4",
    "C20240301002,2024-03-02,East China,standard,3,4,4,3,4",
  ].join("\n");
  const { summary, strata } = await importInto("evaluations", csv);
  expect([summary.imported, summary.quarantined, summary.problems]).toEqual([2, 0, []]);
  expect(strata).toEqual([
    ["西南", "VIP"],
    ["华东", "普通"],
  ]);
});
