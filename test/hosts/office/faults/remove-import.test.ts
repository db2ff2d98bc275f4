import { OfficeHost } from "../../../../src/hosts/office/office-host";
import { importRecords } from "../../../../src/use-cases/import-records";
import { removeImport } from "../../../../src/use-cases/remove-import";
import { setUpWorkbook } from "../../../../src/use-cases/set-up-workbook";
import { WorkbookChangedError } from "../../../../src/workbook/plan-errors";
import { ExcelStandIn } from "../excel-stand-in";
import { tableCells, workbookState } from "./workbook-state";

/**
 * Removing an import inside Excel (issue 10 item 3): exactly the rows whose 导入来源 carries the import's id leave
 * IssueLog; rows of another import, a hand-typed row, a note beside a removed row and a note under the table stay.
 * Then every request of the removal is refused in turn (ARCHITECTURE.md testing layer 7): nothing else is lost, and
 * the run after it finishes the job.
 */
const BLOCK_ROWS = 4;
const NOW = 45_400.5;
const csv = (prefix: string, n: number) =>
  new TextEncoder().encode(
    [
      "问题编号,接收时间,紧急程度,服务渠道,问题描述",
      ...Array.from({ length: n }, (_, i) => `,2024-04-0${1 + (i % 9)} 09:00,一般,电话,${prefix}${i}`),
    ].join("\n"),
  );

let base: ExcelStandIn;
let first = "";
let second = "";

/** The column of a header in IssueLog's sheet, and the table's area. */
function issueLog(excel: ExcelStandIn) {
  const table = excel.model.table("IssueLog");
  const cells = tableCells(excel, "IssueLog");
  if (!cells) throw new Error("no IssueLog");
  return { table, cells, col: (header: string) => cells.headers.indexOf(header) };
}

/** Each body row's 问题描述, in table order. */
function descriptions(excel: ExcelStandIn): string[] {
  const { cells, col } = issueLog(excel);
  return cells.rows.map((r) => r[col("问题描述")] ?? "");
}

beforeAll(async () => {
  base = new ExcelStandIn();
  const host = new OfficeHost(base.run, { blockRows: BLOCK_ROWS });
  await setUpWorkbook(host, { lang: "zh-CN" });
  const a = await importRecords(host, "issues", { fileName: "a.csv", kind: "csv", bytes: csv("甲", 6) }, { now: NOW });
  const b = await importRecords(host, "issues", { fileName: "b.csv", kind: "csv", bytes: csv("乙", 3) }, { now: NOW });
  [first, second] = [a.importId, b.importId];
  // The user types a row by hand, sorts the table so the two imports interleave (A's rows fall in four runs), and
  // writes a note beside one of A's rows and one under the table.
  const { table, col } = issueLog(base);
  const sheet = table.sheet;
  const hand = table.area.r1 + 1;
  sheet.ensure(hand, table.area.c0 + col("问题描述")).value = "手工录入";
  table.area = { ...table.area, r1: hand };
  const order = [0, 1, 6, 9, 2, 3, 7, 4, 8, 5];
  const body = order.map((i) => sheet.rows[table.area.r0 + 1 + i] ?? []);
  body.forEach((row, i) => (sheet.rows[table.area.r0 + 1 + i] = row));
  sheet.ensure(table.area.r0 + 2, table.area.c1 + 2).value = "旁注";
  sheet.ensure(table.area.r1 + 3, table.area.c0).value = "表下备注";
}, 120_000);

const run = (excel: ExcelStandIn, host = new OfficeHost(excel.run, { blockRows: BLOCK_ROWS })) =>
  removeImport(host, first, { now: NOW + 1 });

test("removing an import in Excel deletes exactly its rows, bottom-up, in one request after the read", async () => {
  const excel = base.copy();
  expect(descriptions(excel)).toEqual(["甲0", "甲1", "乙0", "手工录入", "甲2", "甲3", "乙1", "甲4", "乙2", "甲5"]);
  excel.resetStats();
  const summary = await run(excel);
  expect(summary).toEqual({ importId: first, removed: { issues: 6 }, total: 6 });
  expect(descriptions(excel)).toEqual(["乙0", "手工录入", "乙1", "乙2"]);
  const { table, cells, col } = issueLog(excel);
  expect(cells.rows.map((r) => r[col("导入来源")]?.split(" ")[0] ?? "")).toEqual([second, "", second, second]);
  // The note beside the table keeps its row; the note under it moved up with the table's end (Delete › Table Rows).
  expect(table.sheet.cell(base.model.table("IssueLog").area.r0 + 2, table.area.c1 + 2)?.value).toBe("旁注");
  expect(table.sheet.cell(table.area.r1 + 3, table.area.c0)?.value).toBe("表下备注");
  const log = tableCells(excel, "ImportLog");
  expect(log?.rows.map((r) => [r[0], r[8] !== ""])).toEqual([
    [first, true],
    [second, false],
  ]);
  // the deletions (four runs of A's rows) and the log's mark go in the last request, after the reads
  const requests = await requestsOfARemoval();
  expect(excel.syncs.length).toBe(requests.length);
  expect(requests.slice(0, -1).every((r) => r.write === false)).toBe(true);
}, 60_000);

/** Each request of a clean removal, and whether it changed the workbook. */
async function requestsOfARemoval(): Promise<{ actions: number; write: boolean }[]> {
  const clean = base.copy();
  clean.resetStats();
  await run(clean);
  const out: { actions: number; write: boolean }[] = [];
  for (const [k, sync] of clean.syncs.entries()) {
    const excel = base.copy();
    excel.resetStats();
    excel.failAt = k + 1;
    await run(excel).catch(() => undefined);
    out.push({
      actions: sync.actions ?? 0,
      write: JSON.stringify(workbookState(excel)) !== JSON.stringify(workbookState(base)),
    });
  }
  return out;
}

/** Stops the removal as `stop` says, checks what is left, runs it again and compares with a clean run. */
async function stopAndRerun(label: string, stop: (excel: ExcelStandIn) => void, expected: unknown) {
  const others = descriptions(base).filter((d) => !d.startsWith("甲"));
  const excel = base.copy();
  excel.resetStats();
  stop(excel);
  await expect(run(excel)).rejects.toThrow();
  const left = descriptions(excel);
  // every row of the other import and the hand-typed row, once each, in their order; only A's rows may be gone
  expect([label, left.filter((d) => !d.startsWith("甲"))]).toEqual([label, others]);
  expect([label, new Set(left).size]).toEqual([label, left.length]);
  excel.failAt = undefined;
  excel.failAfterActions = undefined;
  await run(excel);
  expect([label, workbookState(excel)]).toEqual([label, expected]);
  return left.length;
}

test("a removal stopped at any request, or at any action of its write, loses nothing else; a re-run finishes it", async () => {
  const clean = base.copy();
  clean.resetStats();
  await run(clean);
  const expected = workbookState(clean);
  const requests = clean.syncs.length;
  for (let k = 0; k < requests; k++) {
    expect(await stopAndRerun(`request ${k}`, (excel) => (excel.failAt = k), expected)).toBe(10);
  }
  // Excel applies a request's actions in order and keeps those before a failing one: the write stopped after each
  // of its actions leaves A's rows partly deleted, bottom run first.
  const write = requests - 1;
  const actions = clean.syncs[write]?.actions ?? 0;
  const left = new Set<number>();
  for (let a = 0; a < actions; a++) {
    const stop = (excel: ExcelStandIn) => {
      excel.failAt = write;
      excel.failAfterActions = a;
    };
    left.add(await stopAndRerun(`request ${write}, action ${a}`, stop, expected));
  }
  // A's rows lie in four runs (rows 9, 7, 4–5 and 0–1 of the body), deleted from the bottom
  expect([...left].sort((x, y) => y - x)).toEqual([10, 9, 8, 6, 4]);
}, 120_000);

test("a table sorted after the removal's read is refused, not cut at the rows it was read at", async () => {
  const counting = base.copy();
  let batches = 0;
  await run(counting, new OfficeHost((batch) => (batches++, counting.run(batch)), { blockRows: BLOCK_ROWS }));
  const excel = base.copy();
  let n = 0;
  const sorting = new OfficeHost(
    (batch) => {
      // before the write (the last batch), the user moves 乙0 to the top
      if (++n === batches) {
        const { table } = issueLog(excel);
        const rows = table.sheet.rows;
        const at = table.area.r0 + 1;
        [rows[at], rows[at + 2]] = [rows[at + 2] ?? [], rows[at] ?? []];
      }
      return excel.run(batch);
    },
    { blockRows: BLOCK_ROWS },
  );
  const before = descriptions(excel);
  await expect(run(excel, sorting)).rejects.toThrow(WorkbookChangedError);
  expect(descriptions(excel)).toEqual(["乙0", "甲1", "甲0", ...before.slice(3)]);
  // read afresh, the same removal goes through
  await run(excel);
  expect(descriptions(excel)).toEqual(["乙0", "手工录入", "乙1", "乙2"]);
}, 60_000);
