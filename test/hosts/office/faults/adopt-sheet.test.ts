import { ISSUES } from "../../../../src/domain/schema";
import { OfficeHost } from "../../../../src/hosts/office/office-host";
import { setUpWorkbook } from "../../../../src/use-cases/set-up-workbook";
import { ExcelStandIn } from "../excel-stand-in";
import { tableCells, workbookState } from "./workbook-state";

/**
 * Adopting a hand-kept 问题记录 inside Excel (issue 10 item 2): the table is made over the user's cells where they
 * are (sheet.tables.add), headers are written only where the mapping requires it, the user's values and formulas
 * stay as they are, a blank 问题编号 gets its id. Then every request of the set-up is refused in turn, and every
 * action of the request that makes the table: the user's cells are never lost, and a re-run finishes the job.
 */
const HAND_KEPT = [
  ["问题编号", "受理时间", "客户名称", "问题描述", "紧急程度", "备注", "是否超时", "描述字数"],
  ["2024-SVC-001", 45356.4375, "张三", "空调不制冷", "紧急", "已联系两次", "否", "=LEN(D2)"],
  ["", 45357.5, "李四", "安装预约改期", "一般", "", "是", "=LEN(D3)"],
  ["2024-SVC-003", 45358.25, "王五", "屏幕闪烁", "重大", "客户要求上门", "", "=LEN(D4)"],
];
/** Header cells the mapping rewrites: 受理时间 is read as 接收时间; a typed 是否超时 stays beside the calculated one. */
const RENAMED: Readonly<Record<string, string>> = { "0,1": "接收时间", "0,6": "是否超时 (2)" };

/** A new workbook holding the hand-kept sheet; or (`repair`) a set-up workbook whose IssueLog went, with the sheet. */
function handKept(repair?: ExcelStandIn): ExcelStandIn {
  const excel = repair ? repair.copy() : new ExcelStandIn({ sheets: ["问题记录"] });
  const sheet = excel.model.sheet("问题记录");
  HAND_KEPT.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === "") return;
      if (typeof v === "string" && v.startsWith("=")) sheet.ensure(r, c).formula = v;
      else sheet.ensure(r, c).value = v;
    }),
  );
  return excel;
}

/** The user's cells that must be as they were: every one of HAND_KEPT but the renamed headers and the blank id. */
function userCellsChanged(excel: ExcelStandIn): string[] {
  const sheet = excel.model.sheet("问题记录");
  const changed: string[] = [];
  HAND_KEPT.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = sheet.cell(r, c);
      const now = cell?.formula ?? cell?.value ?? "";
      const allowed = [v, RENAMED[`${r},${c}`]];
      if (!(r === 2 && c === 0) && !allowed.some((x) => x === now))
        changed.push(`${r},${c}: ${String(v)} → ${String(now)}`);
    }),
  );
  return changed;
}

const setUp = (excel: ExcelStandIn) => setUpWorkbook(new OfficeHost(excel.run, { blockRows: 8 }), { lang: "zh-CN" });

test("set-up in Excel makes IssueLog over a hand-kept 问题记录 in place, keeping its values and formulas", async () => {
  const excel = handKept();
  const summary = await setUp(excel);
  expect(summary.adoption).toEqual([
    {
      kind: "adopted",
      table: "issues",
      sheet: "问题记录",
      rows: 3,
      extraColumns: ["备注", "是否超时 (2)", "描述字数"],
    },
  ]);
  expect(summary.idsGenerated).toBe(1);
  const table = tableCells(excel, "IssueLog");
  const own = ["问题编号", "接收时间", "客户名称", "问题描述", "紧急程度", "备注", "是否超时 (2)", "描述字数"];
  expect(table?.headers).toEqual([...own, ...ISSUES.fields.map((f) => f.zh).filter((h) => !own.includes(h))]);
  expect(excel.model.table("IssueLog").area).toMatchObject({ r0: 0, c0: 0, r1: 3 });
  expect(userCellsChanged(excel)).toEqual([]);
  expect(table?.rows.map((r) => r.slice(0, 8))).toEqual([
    ["2024-SVC-001", "45356.4375", "张三", "空调不制冷", "紧急", "已联系两次", "否", "=LEN(D2)"],
    [table?.rows[1]?.[0], "45357.5", "李四", "安装预约改期", "一般", "", "是", "=LEN(D3)"],
    ["2024-SVC-003", "45358.25", "王五", "屏幕闪烁", "重大", "客户要求上门", "", "=LEN(D4)"],
  ]);
  expect(table?.rows[1]?.[0]).toBe("2024-SVC-004");
  // set-up again adopts nothing more and changes nothing
  const before = workbookState(excel);
  expect((await setUp(excel)).adoption).toEqual([]);
  expect(workbookState(excel)).toEqual(before);
}, 60_000);

/**
 * Refuses each request in turn, and with `everyAction` each action of the request that makes the table (Excel keeps
 * the actions of a request before the one that fails), then runs set-up again: compared with a clean run.
 */
async function stopAtEvery(start: () => ExcelStandIn, everyAction: boolean) {
  const clean = start();
  clean.resetStats();
  await setUp(clean);
  const expected = workbookState(clean);
  const requests = clean.syncs.length;
  const stopThenRerun = async (label: string, stop: (excel: ExcelStandIn) => void) => {
    const excel = start();
    excel.resetStats();
    stop(excel);
    await expect(setUp(excel)).rejects.toThrow();
    expect([label, userCellsChanged(excel)]).toEqual([label, []]);
    const hasTable = excel.model.findTable("IssueLog") !== null;
    excel.failAt = undefined;
    excel.failAfterActions = undefined;
    await setUp(excel).catch((e) => {
      throw new Error(`${label}: ${String(e)}`);
    });
    expect([label, workbookState(excel)]).toEqual([label, expected]);
    return hasTable;
  };
  let made: number | undefined;
  for (let k = 0; k < requests; k++) {
    if ((await stopThenRerun(`request ${k}`, (excel) => (excel.failAt = k))) && made === undefined) made = k - 1;
  }
  // the table is made by the request before the first stop that leaves it, or else by the last one
  const request = made ?? requests - 1;
  const actions = everyAction ? (clean.syncs[request]?.actions ?? 0) : 0;
  for (let a = 0; a < actions; a++) {
    await stopThenRerun(`request ${request}, action ${a}`, (excel) => {
      excel.failAt = request;
      excel.failAfterActions = a;
    });
  }
  return { requests, actions };
}

test("set-up of a new workbook stopped at any request leaves the hand-kept cells as they were", async () => {
  const { requests } = await stopAtEvery(() => handKept(), false);
  expect(requests).toBeGreaterThanOrEqual(4);
}, 300_000);

test("adoption stopped at any action of the request that makes the table loses nothing; a re-run finishes it", async () => {
  // A set-up workbook whose IssueLog table went (its cells with it), the hand-kept records typed on its sheet: set-up
  // adopts them in a request that holds the issue table's steps and no other sheet's.
  const repair = new ExcelStandIn({ sheets: ["问题记录"] });
  await setUp(repair);
  repair.model.deleteTable(repair.model.table("IssueLog"));
  const { actions } = await stopAtEvery(() => handKept(repair), true);
  expect(actions).toBeGreaterThan(10);
}, 300_000);
