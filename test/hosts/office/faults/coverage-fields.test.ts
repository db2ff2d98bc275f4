import { demoSeed } from "../../../../src/demo/demo-seed";
import { COVERAGE_FIELDS } from "../../../../src/domain/schema/coverage-fields";
import { LISTS } from "../../../../src/domain/schema/lists";
import { OfficeHost } from "../../../../src/hosts/office/office-host";
import { setUpWorkbook } from "../../../../src/use-cases/set-up-workbook";
import { listName } from "../../../../src/workbook/names";
import { ExcelStandIn } from "../excel-stand-in";
import { lostOrChanged, tableCells, workbookState } from "./workbook-state";

/**
 * A workbook set up in Excel before 区域 and 服务等级 existed (issue 15): set-up adds the two columns at the end of
 * IssueLog and EvaluationLog and the two lists at the end of the Lists sheet, as changes — no table rebuilt, no
 * existing cell changed. Every request of that set-up is refused in turn: the workbook is left as it was (at most
 * part of the additions made), and a re-run gives the workbook a clean run gives.
 */
const BLOCK_ROWS = 8;
const TABLES = ["IssueLog", "EvaluationLog"];
const NEW_LISTS = LISTS.filter((l) => l.key === "region" || l.key === "serviceLevel");

let before: ExcelStandIn;

/** The stand-in as the earlier version left it: the tables end with 导入来源, the Lists sheet with 停用词. */
function withoutCoverageFields(excel: ExcelStandIn): ExcelStandIn {
  const n = COVERAGE_FIELDS.length;
  for (const name of TABLES) {
    const table = excel.model.table(name);
    const { r0, r1, c1 } = table.area;
    expect(tableCells(excel, name)?.headers.slice(-n)).toEqual(COVERAGE_FIELDS.map((f) => f.zh));
    for (let r = r0; r <= r1; r++) for (let c = c1 - n + 1; c <= c1; c++) table.sheet.rows[r]?.splice(c, 1, undefined);
    table.area = { ...table.area, c1: c1 - n };
    const kept = <T extends { area: { c0: number } }>(list: T[]) => list.filter((x) => x.area.c0 <= c1 - n);
    table.sheet.validations = kept(table.sheet.validations);
    table.sheet.conditionalFormats = kept(table.sheet.conditionalFormats);
  }
  const lists = excel.model.sheet("列表");
  const first = LISTS.length - NEW_LISTS.length;
  expect(lists.cell(0, first)?.value).toBe("区域");
  for (const row of lists.rows) row?.splice(first);
  for (const l of NEW_LISTS) excel.model.names.delete(listName(l.key));
  return excel;
}

beforeAll(async () => {
  const excel = new ExcelStandIn();
  await setUpWorkbook(new OfficeHost(excel.run, { blockRows: BLOCK_ROWS }), {
    lang: "zh-CN",
    seed: demoSeed({ issues: 30, seed: "coverage-fields" }),
  });
  before = withoutCoverageFields(excel);
}, 120_000);

const setUp = (excel: ExcelStandIn) =>
  setUpWorkbook(new OfficeHost(excel.run, { blockRows: BLOCK_ROWS }), { lang: "zh-CN" });

test("set-up adds 区域 and 服务等级 at the end of both tables and their lists, and changes nothing else", async () => {
  const excel = before.copy();
  const summary = await setUp(excel);
  expect(summary.sheetsCreated).toEqual([]);
  for (const name of TABLES) {
    const was = tableCells(before, name);
    const now = tableCells(excel, name);
    expect(now?.headers).toEqual([...(was?.headers ?? []), "区域", "服务等级"]);
    // every row kept, every cell as it was, the new cells blank
    expect(now?.rows.map((r) => r.slice(0, -2))).toEqual(was?.rows);
    expect(now?.rows.flatMap((r) => r.slice(-2)).every((v) => v === "")).toBe(true);
    // a dropdown over each new column, from its list's name
    const sheet = excel.model.table(name).sheet;
    const { c1 } = excel.model.table(name).area;
    for (const [c, key] of [
      [c1 - 1, "region"],
      [c1, "serviceLevel"],
    ] as const) {
      const rule = sheet.validations.find((v) => v.area.c0 === c && v.area.c1 === c)?.rule;
      expect(JSON.stringify(rule)).toContain(listName(key));
    }
  }
  const lists = excel.model.sheet("列表");
  const first = LISTS.length - NEW_LISTS.length;
  expect(lists.rows.map((r) => r?.slice(first).map((c) => c?.value))).toEqual(
    lists.rows.map((_, i) => NEW_LISTS.map((l) => (i === 0 ? l.zh : l.values[i - 1])).map((v) => v ?? undefined)),
  );
  expect(lostOrChanged(before, excel)).toEqual([]);
  // the existing list columns are as they were
  const wasLists = before.model.sheet("列表");
  lists.rows.forEach((row, r) =>
    row?.slice(0, first).forEach((cell, c) => expect([r, c, cell?.value]).toEqual([r, c, wasLists.cell(r, c)?.value])),
  );
  // and again: nothing more to do
  const settled = workbookState(excel);
  await setUp(excel);
  expect(workbookState(excel)).toEqual(settled);
}, 120_000);

test("a stop at any request of that set-up leaves the workbook as it was, and a re-run completes it", async () => {
  const clean = before.copy();
  clean.resetStats();
  await setUp(clean);
  const requests = clean.syncs.length;
  const expected = workbookState(clean);
  const unchanged = workbookState(before);
  expect(expected).not.toEqual(unchanged);
  expect(requests).toBeGreaterThanOrEqual(2);
  const stopThenRerun = async (label: string, stop: (excel: ExcelStandIn) => void) => {
    const excel = before.copy();
    excel.resetStats();
    stop(excel);
    await expect(setUp(excel)).rejects.toThrow();
    expect([label, lostOrChanged(before, excel)]).toEqual([label, []]);
    const state = workbookState(excel);
    excel.failAt = undefined;
    excel.failAfterActions = undefined;
    await setUp(excel);
    expect([label, workbookState(excel)]).toEqual([label, expected]);
    return state;
  };
  // A refused request (Excel applies none of it): the workbook is exactly as it was.
  for (let k = 0; k < requests; k++) {
    const state = await stopThenRerun(`request ${k}`, (excel) => (excel.failAt = k));
    expect([k, state]).toEqual([k, unchanged]);
  }
  // An action failing midway through the writing request (Excel keeps the actions before it): no record lost or
  // changed, no column moved, and the re-run completes the additions.
  const writing = clean.syncs.reduce((w, s, i) => ((s.actions ?? 0) > (clean.syncs[w]?.actions ?? 0) ? i : w), 0);
  const actions = clean.syncs[writing]?.actions ?? 0;
  expect(actions).toBeGreaterThan(4);
  for (let a = 0; a < actions; a++) {
    await stopThenRerun(`request ${writing}, action ${a}`, (excel) => {
      excel.failAt = writing;
      excel.failAfterActions = a;
    });
  }
}, 300_000);
