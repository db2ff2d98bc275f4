import { OfficeHost } from "../../../src/hosts/office/office-host";
import {
  CellLimitError,
  SheetProtectedError,
  TableBlockedError,
  WorkbookChangedError,
} from "../../../src/workbook/plan-errors";
import type { PlanOp, WorkbookPlan } from "../../../src/workbook/plan-types";
import { ExcelStandIn } from "./excel-stand-in";

/**
 * Before anything is written (issue 9 items 1 and 5): a protected sheet, a table that moved since it was read, a
 * cell too long for Excel stop the write with a typed error while every request so far only read; Excel set to
 * manual calculation gets a recalculation after the write.
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
  ],
});
const appendB = table({ rows: [["b", 2]], base: { headers: ["text", "n", "twice"], bodyRows: 1, usedRows: 1 } });

async function withTable(): Promise<ExcelStandIn> {
  const excel = new ExcelStandIn();
  await new OfficeHost(excel.run).apply(table());
  excel.resetStats();
  return excel;
}

const cells = (excel: ExcelStandIn) => JSON.stringify(excel.model.sheet("Data").rows);

test("a protected sheet stops the write before anything is written", async () => {
  const excel = await withTable();
  const before = cells(excel);
  excel.model.sheet("Data").protected = true;
  await expect(new OfficeHost(excel.run).apply(appendB)).rejects.toThrow(SheetProtectedError);
  await expect(new OfficeHost(excel.run).apply(appendB)).rejects.toThrow(/Data: the sheet is protected; unprotect/);
  expect(cells(excel)).toBe(before);
  expect(excel.syncs.every((s) => s.requestBytes < 2000)).toBe(true);
});

test("a table that grew since it was read is not written over", async () => {
  const excel = await withTable();
  await new OfficeHost(excel.run).apply(appendB);
  const before = cells(excel);
  // the same change again, built from the read before "b" was appended
  await expect(new OfficeHost(excel.run).apply(appendB)).rejects.toThrow(WorkbookChangedError);
  await expect(new OfficeHost(excel.run).apply(appendB)).rejects.toThrow(/table T: rows were added or removed/);
  expect(cells(excel)).toBe(before);
  const renamed = table({ rows: [], base: { headers: ["text", "number", "twice"], bodyRows: 2, usedRows: 2 } });
  await expect(new OfficeHost(excel.run).apply(renamed)).rejects.toThrow(/table T: its columns changed/);
  await expect(new OfficeHost(excel.run).apply(table())).rejects.toThrow(/table T: a table of this name exists now/);
});

test("rows are appended below the used rows and the calculated column follows; a user's cell below stops it", async () => {
  const excel = await withTable();
  await new OfficeHost(excel.run).apply(appendB);
  expect(excel.model.table("T").area).toEqual({ r0: 0, c0: 0, r1: 2, c1: 2 });
  expect(excel.tableFormulas("T")).toEqual(new Map([["twice", ["=T[[#This Row],[n]]*2"]]]));
  excel.model.sheet("Data").ensure(4, 1).value = "a user's note";
  const more = table({
    rows: [
      ["c", 3],
      ["d", 4],
    ],
    base: { headers: ["text", "n", "twice"], bodyRows: 2, usedRows: 2 },
  });
  await expect(new OfficeHost(excel.run).apply(more)).rejects.toThrow(
    "Data!B5: table T would grow over this cell, which holds data",
  );
  expect(excel.model.sheet("Data").cell(4, 1)?.value).toBe("a user's note");
});

test("a text longer than a cell holds stops the write, naming the cell", async () => {
  const excel = await withTable();
  const long = table({
    rows: [["x".repeat(32_768), 2]],
    base: { headers: ["text", "n", "twice"], bodyRows: 1, usedRows: 1 },
  });
  await expect(new OfficeHost(excel.run).apply(long)).rejects.toThrow(CellLimitError);
  await expect(new OfficeHost(excel.run).apply(long)).rejects.toThrow(/Data!A3: 32768 characters/);
  expect(excel.model.table("T").area.r1).toBe(1);
});

test("with Excel on manual calculation the write ends with a recalculation", async () => {
  const excel = await withTable();
  excel.model.calculationMode = "Manual";
  await new OfficeHost(excel.run).apply(appendB);
  expect(excel.model.calculations).toBe(1);
  excel.model.calculationMode = "Automatic";
  await new OfficeHost(excel.run).apply(
    table({ rows: [], base: { headers: ["text", "n", "twice"], bodyRows: 2, usedRows: 2 } }),
  );
  expect(excel.model.calculations).toBe(1);
});

test("both ways of appending give the same table: values below it and a resize, or TableRowCollection.add", async () => {
  const results: string[] = [];
  for (const append of ["resize", "rowsAdd"] as const) {
    const excel = await withTable();
    const rows = Array.from({ length: 25 }, (_, i) => [`r${i}`, i]);
    await new OfficeHost(excel.run, { append, blockRows: 10 }).apply(
      table({ rows, base: { headers: ["text", "n", "twice"], bodyRows: 1, usedRows: 1 } }),
    );
    expect(excel.model.table("T").area.r1).toBe(26);
    expect(excel.tableFormulas("T")).toEqual(new Map([["twice", ["=T[[#This Row],[n]]*2"]]]));
    results.push(JSON.stringify(await new OfficeHost(excel.run).readTable("T")));
  }
  expect(results[0]).toBe(results[1]);
});

test("a cell the plan owns is written only while it still holds what was read", async () => {
  const excel = await withTable();
  const fill = table({
    rows: [],
    base: { headers: ["text", "n", "twice"], bodyRows: 1, usedRows: 1 },
    cells: [{ row: 0, column: 0, value: "generated", was: "a" }],
  });
  excel.model.sheet("Data").ensure(1, 0).value = "typed meanwhile";
  await expect(new OfficeHost(excel.run).apply(fill)).rejects.toThrow(
    /Data!A2: the cell was changed since it was read/,
  );
  expect(excel.model.sheet("Data").cell(1, 0)?.value).toBe("typed meanwhile");
  excel.model.sheet("Data").ensure(1, 0).value = "a";
  await new OfficeHost(excel.run).apply(fill);
  expect(excel.model.sheet("Data").cell(1, 0)?.value).toBe("generated");
});

test("a merged area under a table or beside it, blank or not, stops the table growing over it, naming its cell", async () => {
  const excel = await withTable();
  const sheet = excel.model.sheet("Data");
  // Home › Merge & Center over B4:C5, two rows under the table's last row; nothing typed in it
  const merge = excel.context();
  merge.workbook.worksheets.getItem("Data").getRange("B4:C5").merge(false);
  await merge.sync();
  const rows = table({
    rows: [
      ["b", 2],
      ["c", 3],
      ["d", 4],
    ],
    base: { headers: ["text", "n", "twice"], bodyRows: 1, usedRows: 1 },
  });
  const before = JSON.stringify(sheet.rows);
  const error = await new OfficeHost(excel.run).apply(rows).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TableBlockedError);
  expect(error).toMatchObject({ sheet: "Data", cell: "B4", table: "T" });
  expect([JSON.stringify(sheet.rows), excel.model.table("T").area.r1]).toEqual([before, 1]);
  // one row fits above it
  await new OfficeHost(excel.run).apply(appendB);
  // a merged cell beside the table stops a new column
  const beside = excel.context();
  beside.workbook.worksheets.getItem("Data").getRange("D2:E2").merge(false);
  await beside.sync();
  const column = table({
    rows: [],
    columns: [{ header: "text" }, { header: "n" }, { header: "twice" }, { header: "new" }],
    base: { headers: ["text", "n", "twice"], bodyRows: 2, usedRows: 2 },
  });
  await expect(new OfficeHost(excel.run).apply(column)).rejects.toThrow(
    "Data!D2: table T would grow over this cell, which holds data or is merged",
  );
});
