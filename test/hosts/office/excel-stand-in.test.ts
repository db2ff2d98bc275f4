import { codeOf, ExcelStandIn, PAYLOAD_LIMIT, StandInError } from "./excel-stand-in";

/** The stand-in must fail where Excel fails, or host tests prove nothing. */
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof StandInError ? e.code : String(e);
  }
  return "no error";
};

test("a property read before load and sync fails with PropertyNotLoaded, as in Excel", async () => {
  const context = new ExcelStandIn().context();
  const sheet = context.workbook.worksheets.getItem("Sheet1");
  expect(code(() => sheet.name)).toBe("PropertyNotLoaded");
  sheet.load("name");
  expect(code(() => sheet.name)).toBe("PropertyNotLoaded");
  const sheets = context.workbook.worksheets.load("items/name");
  expect(code(() => sheets.items)).toBe("PropertyNotLoaded");
  await context.sync();
  expect(sheet.name).toBe("Sheet1");
  expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
  expect(code(() => sheet.position)).toBe("PropertyNotLoaded");
});

test("isNullObject is known only after the sync; getItem of a missing item fails at the sync", async () => {
  const context = new ExcelStandIn().context();
  const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
  expect(code(() => missing.isNullObject)).toBe("PropertyNotLoaded");
  await context.sync();
  expect(missing.isNullObject).toBe(true);
  context.workbook.tables.getItem("Nope").load("name");
  expect(await codeOf(context.sync())).toBe("ItemNotFound");
});

test("writes are queued and take effect at the sync", async () => {
  const excel = new ExcelStandIn();
  const writer = excel.context();
  writer.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1, "'x"]];
  const reader = excel.context();
  const before = reader.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").load("values");
  await reader.sync();
  expect(before.values).toEqual([["", ""]]);
  await writer.sync();
  const after = reader.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").load("values");
  await reader.sync();
  expect(after.values).toEqual([[1, "x"]]);
});

test("a request over 5,000,000 bytes is refused with the payload error and changes nothing", async () => {
  const excel = new ExcelStandIn();
  const context = excel.context();
  const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
  context.workbook.worksheets.getItem("Sheet1").getRange("A1:A60000").values = big;
  expect(await codeOf(context.sync())).toBe("RequestPayloadSizeLimitExceeded");
  expect(excel.model.sheet("Sheet1").rows).toEqual([]);
  expect(excel.syncs).toHaveLength(1);
  expect(excel.stats().maxRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
});

test("a response over the limit is refused with the response payload error", async () => {
  const excel = new ExcelStandIn({ responseLimit: 1000 });
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = Array.from({ length: 100 }, () => [
      "abcdefghij",
    ]);
  });
  const read = excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").load("values");
    await context.sync();
  });
  expect(await codeOf(read)).toBe("ResponsePayloadSizeLimitExceeded");
});

test("run syncs what the batch left queued, like Excel.run, and every sync is counted with its bytes", async () => {
  const excel = new ExcelStandIn();
  await excel.run(async (context) => {
    context.workbook.worksheets.add("Data");
  });
  expect(excel.sheetNames()).toEqual(["Sheet1", "Data"]);
  expect(excel.syncs).toHaveLength(1);
  expect(excel.syncs[0]?.requestBytes).toBeGreaterThan(10);
});

test("unprotected text is typed in as Excel would; a quote prefix keeps it text", async () => {
  const excel = new ExcelStandIn();
  const inputs = ["=1+1", "-5", "+86", "@home", "00123", "2024-01-05", "TRUE", "50%", "plain"];
  const context = excel.context();
  const sheet = context.workbook.worksheets.getItem("Sheet1");
  sheet.getRange("A1:I1").values = [inputs];
  sheet.getRange("A2:I2").values = [inputs.map((t) => `'${t}`)];
  const read = sheet.getRange("A1:I2").load("values");
  await context.sync();
  expect(read.values[0]).toEqual(["", -5, 86, "", 123, 45296, true, 0.5, "plain"]);
  expect(read.values[1]).toEqual(inputs);
});

test("tables.add takes its headers from the written row and renames a duplicate, as Excel does", async () => {
  const excel = new ExcelStandIn();
  const context = excel.context();
  const sheet = context.workbook.worksheets.getItem("Sheet1");
  sheet.getRange("A1:C2").values = [
    ["'Resolution", "'Resolution", ""],
    [1, 2, 3],
  ];
  const table = sheet.tables.add("A1:C2", true);
  table.name = "T";
  const header = table.getHeaderRowRange().load("values");
  await context.sync();
  expect(header.values).toEqual([["Resolution", "Resolution2", "Column3"]]);
});

test("Range.delete up over whole table rows removes them; part of a table's columns is refused, as Excel does", async () => {
  const excel = new ExcelStandIn();
  const setUp = excel.context();
  const ws = setUp.workbook.worksheets.getItem("Sheet1");
  ws.getRange("A1:B5").values = [
    ["H1", "H2"],
    [1, "a"],
    [2, "b"],
    [3, "c"],
    [4, "d"],
  ];
  ws.getRange("A7").values = [["note"]];
  ws.getRange("D3").values = [["beside"]];
  ws.tables.add("A1:B5", true).name = "T";
  await setUp.sync();

  const partial = excel.context();
  partial.workbook.worksheets.getItem("Sheet1").getRange("A2:A3").delete("Up");
  expect(await codeOf(partial.sync())).toBe("InvalidOperation");

  const rows = excel.context();
  rows.workbook.worksheets.getItem("Sheet1").getRange("A3:B4").delete("Up");
  await rows.sync();
  const sheet = excel.model.sheet("Sheet1");
  const text = (r: number, c: number) => sheet.cell(r, c)?.value;
  expect(excel.model.table("T").area).toEqual({ r0: 0, c0: 0, r1: 2, c1: 1 });
  expect([text(1, 0), text(2, 0), text(2, 1), text(4, 0), text(2, 3)]).toEqual([1, 4, "d", "note", "beside"]);

  // every body row deleted: the table keeps one blank row, as Excel keeps a table's body
  const all = excel.context();
  all.workbook.worksheets.getItem("Sheet1").getRange("A2:B3").delete("Up");
  await all.sync();
  expect(excel.model.table("T").area).toEqual({ r0: 0, c0: 0, r1: 1, c1: 1 });
  expect([text(1, 0), text(1, 1), text(3, 0)]).toEqual([undefined, undefined, "note"]);
});
