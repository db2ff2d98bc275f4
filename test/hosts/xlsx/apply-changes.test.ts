import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { internals } from "../../../src/hosts/xlsx/exceljs-internals";
import { WorkbookChangedError } from "../../../src/workbook/plan-errors";
import type { PlanOp, WorkbookPlan } from "../../../src/workbook/plan-types";

/**
 * The xlsx host applies the same changes as the Office host, checked against the same read: it rewrites the file
 * as a whole, but existing rows, a user's rules and a user's cells stay as they are.
 */
const table = (extra: Partial<Extract<PlanOp, { kind: "table" }>> = {}): WorkbookPlan => ({
  lang: "zh-CN",
  ops: [
    { kind: "sheet", name: "Data", freezeRows: 1 },
    {
      kind: "table",
      sheet: "Data",
      name: "T",
      origin: "A1",
      columns: [{ header: "text" }, { header: "n" }, { header: "twice", formula: "T[[#This Row],[n]]*2" }],
      rows: [["a", 1]],
      ...extra,
    },
    { kind: "validation", sheet: "Data", range: "B2:B10", rule: { type: "decimal", min: 0 } },
  ],
});

async function withTable(): Promise<XlsxHost> {
  const host = XlsxHost.create();
  await host.apply(table());
  return host;
}

test("rows are appended after the existing ones, whose values and formulas stay", async () => {
  const host = await withTable();
  await host.apply(table({ rows: [["b", 2]], base: { headers: ["text", "n", "twice"], bodyRows: 1, usedRows: 1 } }));
  const reread = await XlsxHost.load(await host.toBuffer());
  expect((await reread.readTable("T"))?.rows.map((r) => r.slice(0, 2))).toEqual([
    ["a", 1],
    ["b", 2],
  ]);
  expect(host.workbook.getWorksheet("Data")?.getCell("C3").formula).toBe("T[[#This Row],[n]]*2");
});

test("a user's own validation is not replaced, and a missing one is added", async () => {
  const host = await withTable();
  const ws = host.workbook.getWorksheet("Data");
  if (!ws) throw new Error("no sheet");
  const validations = internals(ws).dataValidations;
  validations.model = {};
  validations.add("B2:B4", { type: "whole", operator: "between", formulae: [1, 5], allowBlank: true });
  await host.apply(table({ rows: [], base: { headers: ["text", "n", "twice"], bodyRows: 1, usedRows: 1 } }));
  expect(Object.keys(validations.model)).toEqual(["B2:B4"]);
  validations.model = {};
  await host.apply(table({ rows: [], base: { headers: ["text", "n", "twice"], bodyRows: 1, usedRows: 1 } }));
  expect(Object.keys(validations.model)).toEqual(["B2:B10"]);
});

test("a table that is not as the plan read it is refused, and so is a plan that would create it again", async () => {
  const host = await withTable();
  const stale = table({ rows: [["b", 2]], base: { headers: ["text", "n", "twice"], bodyRows: 3, usedRows: 3 } });
  await expect(host.apply(stale)).rejects.toThrow(WorkbookChangedError);
  await expect(host.apply(table())).rejects.toThrow(/table T: a table of this name exists now/);
  const owned = table({
    rows: [],
    base: { headers: ["text", "n", "twice"], bodyRows: 1, usedRows: 1 },
    cells: [{ row: 0, column: 0, value: "generated", was: undefined }],
  });
  await expect(host.apply(owned)).rejects.toThrow(/Data!A2: the cell was changed since it was read/);
  expect((await host.readTable("T"))?.rows).toEqual([["a", 1, undefined]]);
});
