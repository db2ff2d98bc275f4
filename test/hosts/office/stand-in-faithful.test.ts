import { codeOf, ExcelStandIn } from "./excel-stand-in";

/**
 * Where the stand-in behaves as Excel does because a host test depends on it (issue 9 item 4): each case is a
 * behaviour Microsoft documents, so a host that relies on the opposite fails here first.
 */
/** A workbook with table T (A1:C3 on Data: 名称, n, twice = n*2) and a Report sheet whose formulas use it. */
async function tableAndReport(): Promise<ExcelStandIn> {
  const excel = new ExcelStandIn({ sheets: ["Data", "Report"] });
  await excel.run(async (context) => {
    const data = context.workbook.worksheets.getItem("Data");
    data.getRange("A1:B3").values = [
      ["名称", "n"],
      ["a", 1],
      ["b", 2],
    ];
    const table = data.tables.add("A1:B3", true);
    table.name = "T";
    table.columns.add(undefined, undefined, "twice");
    data.getRange("C2:C3").formulas = [["=T[[#This Row],[n]]*2"], ["=T[[#This Row],[n]]*2"]];
    context.workbook.worksheets.getItem("Report").getRange("A1:B1").formulas = [
      ["=SUM(T[[#Data],[n]])", '=COUNTIFS(T[名称],"a")'],
    ];
    context.workbook.names.add("N_total", "=SUM(T[n])");
    await context.sync();
  });
  return excel;
}

const formulaAt = (excel: ExcelStandIn, sheet: string, r: number, c: number) =>
  excel.model.sheet(sheet).cell(r, c)?.formula;

test("convertToRange turns every structured reference to the table into fixed A1 references", async () => {
  const excel = await tableAndReport();
  await excel.run(async (context) => {
    context.workbook.tables.getItem("T").convertToRange();
    await context.sync();
  });
  expect(excel.model.findTable("T")).toBeNull();
  expect(formulaAt(excel, "Report", 0, 0)).toBe("=SUM('Data'!$B$2:$B$3)");
  expect(formulaAt(excel, "Report", 0, 1)).toBe("=COUNTIFS('Data'!$A$2:$A$3,\"a\")");
  expect(formulaAt(excel, "Data", 2, 2)).toBe("='Data'!$B3*2");
  expect(excel.model.names.get("N_total")).toBe("=SUM('Data'!$B$2:$B$3)");
});

test("rows a table grows over, by rows.add or resize, get its calculated column's formula", async () => {
  const excel = await tableAndReport();
  await excel.run(async (context) => {
    const table = context.workbook.tables.getItem("T");
    table.rows.add(undefined, [["c", 3, ""]]);
    const data = context.workbook.worksheets.getItem("Data");
    data.getRange("A5:B5").values = [["d", 4]];
    table.resize(data.getRange("A1:C5"));
    await context.sync();
  });
  expect(excel.model.table("T").area).toEqual({ r0: 0, c0: 0, r1: 4, c1: 2 });
  expect(formulaAt(excel, "Data", 3, 2)).toBe("=T[[#This Row],[n]]*2");
  expect(formulaAt(excel, "Data", 4, 2)).toBe("=T[[#This Row],[n]]*2");
});

test("names.add refuses what Excel refuses as a name", async () => {
  for (const [name, expected] of [
    ["A1", "InvalidArgument"],
    ["R", "InvalidArgument"],
    ["R1C1", "InvalidArgument"],
    ["my name", "InvalidArgument"],
    ["1st", "InvalidArgument"],
    ["T", "ItemAlreadyExists"],
    ["S_lowRate", "no error"],
    ["W_d_response", "no error"],
  ] as const) {
    const excel = await tableAndReport();
    const added = excel.run(async (context) => {
      context.workbook.names.add(name, "=1");
      await context.sync();
    });
    expect([name, await codeOf(added)]).toEqual([name, expected]);
  }
});

test("a protected sheet refuses every write, and says it is protected when asked", async () => {
  const excel = await tableAndReport();
  excel.model.sheet("Data").protected = true;
  const writes: ((context: Excel.RequestContext) => void)[] = [
    (c) => (c.workbook.worksheets.getItem("Data").getRange("E1").values = [["x"]]),
    (c) => c.workbook.tables.getItem("T").rows.add(undefined, [["c", 3, ""]]),
    (c) => c.workbook.tables.getItem("T").columns.add(undefined, undefined, "more"),
    (c) => c.workbook.worksheets.getItem("Data").getRange("A2:A3").conditionalFormats.add("Custom"),
  ];
  for (const write of writes) {
    const run = excel.run(async (context) => {
      write(context);
      await context.sync();
    });
    expect(await codeOf(run)).toBe("AccessDenied");
  }
  const state = await excel.run(async (context) => {
    const p = context.workbook.worksheets.getItem("Data").protection.load("protected");
    await context.sync();
    return p.protected;
  });
  expect(state).toBe(true);
});

test("a cell takes at most 32,767 characters and a formula at most 8,192", async () => {
  const excel = new ExcelStandIn();
  const write = (value: string) =>
    codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[value]];
        await context.sync();
      }),
    );
  expect(await write(`'${"字".repeat(32_767)}`)).toBe("no error");
  expect(await write(`'${"字".repeat(32_768)}`)).toBe("InvalidArgument");
  expect(await write(`=${"1+".repeat(4095)}1`)).toBe("no error");
  expect(await write(`=${"1+".repeat(4096)}1`)).toBe("InvalidArgument");
});
