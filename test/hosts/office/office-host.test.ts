import { appendMode, checkExcelSupport } from "../../../src/hosts/office/excel-support";
import { ExcelVersionError, OfficeHostError } from "../../../src/hosts/office/office-errors";
import { OfficeHost } from "../../../src/hosts/office/office-host";
import type { WorkbookPlan } from "../../../src/workbook/plan-types";
import { ExcelStandIn } from "./excel-stand-in";

const tablePlan = (rows: (string | number | undefined)[][], sheet = "Data"): WorkbookPlan => ({
  lang: "zh-CN",
  ops: [
    { kind: "sheet", name: sheet, freezeRows: 1 },
    {
      kind: "table",
      sheet,
      name: "T",
      origin: "A1",
      columns: [
        { header: "text" },
        { header: "n", numFmt: "0.00" },
        { header: "twice", formula: "T[[#This Row],[n]]*2" },
      ],
      rows,
    },
  ],
});

describe("checkExcelSupport", () => {
  test("passes on Excel with ExcelApi 1.8", () => {
    const asked: string[] = [];
    checkExcelSupport({ isSetSupported: (name, version) => (asked.push(`${name} ${version}`), true) });
    expect(asked).toEqual(["ExcelApi 1.8"]);
  });

  test("stops older Excel, and a page outside Excel, with a typed error that says what is needed", () => {
    expect(() => checkExcelSupport({ isSetSupported: () => false })).toThrow(ExcelVersionError);
    expect(() => checkExcelSupport({ isSetSupported: () => false })).toThrow(/ExcelApi 1\.8 or later/);
    expect(() => checkExcelSupport(undefined)).toThrow(/not loaded/);
  });
});

test("text that Excel would read as a formula, number, date or boolean comes back as written", async () => {
  const texts = ["=1+1", "+86 138 0000", "-5", "@home", "\tTab", "\rCR", "'quoted", "00123", "17015646978"];
  const more = ["2024-01-05", "TRUE", "#N/A", "1月5日", "50%"];
  const excel = new ExcelStandIn();
  const host = new OfficeHost(excel.run);
  await host.apply(tablePlan([...texts, ...more].map((t, i) => [t, i])));
  const grid = await host.readTable("T");
  expect(grid?.rows.map((r) => r[0])).toEqual([...texts, ...more]);
  expect(grid?.rows.map((r) => r[1])).toEqual([...texts, ...more].map((_, i) => i));
});

test("a table is written in row blocks, one sync each, under the request limit", async () => {
  const excel = new ExcelStandIn();
  const host = new OfficeHost(excel.run, { blockRows: 100 });
  const rows = Array.from({ length: 1050 }, (_, i) => [`r${i}`, i]);
  await host.apply(tablePlan(rows));
  // snapshot, then 1051 rows (header included) in blocks of 100
  expect(excel.syncs).toHaveLength(1 + 11);
  expect(excel.tableFormulas("T")).toEqual(new Map([["twice", ["=T[[#This Row],[n]]*2"]]]));
  expect(excel.model.suspendedSyncs).toBe(11);
  expect(excel.model.eventsAtSync).toEqual([true, ...Array<boolean>(10).fill(false), true]);
  excel.resetStats();
  expect((await host.readTable("T"))?.rows).toEqual(rows.map((r) => [...r, undefined]));
  // the list of sheets and tables with T's size (the host knows T from its apply), then one request: 11 blocks of
  // at most 100 rows, far smaller together than a response may be
  expect(excel.syncs).toHaveLength(2);
});

test("a read larger than one response goes in several requests, each within the planned response size", async () => {
  const excel = new ExcelStandIn();
  const host = new OfficeHost(excel.run, { maxResponseBytes: 20_000 });
  const rows = Array.from({ length: 3000 }, (_, i) => [`row ${i} ${"y".repeat(i % 7)}`, i]);
  await host.apply(tablePlan(rows));
  excel.resetStats();
  expect((await host.readTable("T"))?.rows).toEqual(rows.map((r) => [...r, undefined]));
  const reads = excel.syncs.slice(1);
  const total = reads.reduce((n, s) => n + s.responseBytes, 0);
  // sizes are estimates (from the rows read so far), so a response may pass the plan by a little, never by much
  expect(reads.every((s) => !s.error && s.responseBytes <= 20_000 * 1.1)).toBe(true);
  // the first request guesses the cost of a row cautiously; the later ones fill a response to within a few percent
  expect(reads.length).toBeLessThanOrEqual(Math.ceil(total / 18_000) + 1);
});

test("a read sizes what it reads in the request that lists the sheets when the host knows the workbook", async () => {
  const excel = new ExcelStandIn();
  const known = new OfficeHost(excel.run);
  await known.apply(tablePlan([["a", 1]]));
  excel.resetStats();
  const request = { tables: ["T", "Missing"], sheets: ["Data", "Nowhere"] };
  const read = await known.read(request);
  expect(excel.syncs).toHaveLength(2);
  excel.resetStats();
  // a host that has not seen the workbook first lists it, then sizes what exists
  expect(await new OfficeHost(excel.run).read(request)).toEqual(read);
  expect(excel.syncs).toHaveLength(3);
  expect(read.sheetNames).toEqual(["Sheet1", "Data"]);
  expect(read.tables.get("T")?.rows).toEqual([["a", 1, undefined]]);
  expect([read.tables.has("Missing"), read.tables.get("Missing")]).toEqual([true, undefined]);
  expect(read.sheets.get("Data")).toEqual([
    ["text", "n", "twice"],
    ["a", 1, undefined],
  ]);
  expect([read.sheets.has("Nowhere"), read.sheets.get("Nowhere")]).toEqual([true, undefined]);
});

test("a table the host remembers but someone deleted costs one more request and reads as missing", async () => {
  let now = 0;
  const excel = new ExcelStandIn();
  const host = new OfficeHost(excel.run, { now: () => now });
  await host.apply(tablePlan([["a", 1]]));
  excel.model.removeTable(excel.model.table("T"));
  excel.resetStats();
  now = 10_000;
  const read = await host.read({ tables: ["T"], sheets: ["Data"] });
  expect(read.tables.get("T")).toBeUndefined();
  expect(read.sheets.get("Data")).toHaveLength(2);
  expect(excel.syncs.map((s) => s.error)).toEqual(["ItemNotFound", undefined, undefined, undefined]);
});

test("a request Excel refuses as too large is sent again in halves, and later blocks stay small", async () => {
  const excel = new ExcelStandIn({ requestLimit: 60_000 });
  const host = new OfficeHost(excel.run, { blockRows: 5000 });
  const rows = Array.from({ length: 2000 }, (_, i) => [`row ${i} ${"x".repeat(20)}`, i]);
  await host.apply(tablePlan(rows));
  const refused = excel.syncs.filter((s) => s.error === "RequestPayloadSizeLimitExceeded");
  expect(refused.length).toBeGreaterThan(0);
  expect(refused.length).toBeLessThan(6);
  expect(Math.max(...excel.syncs.filter((s) => !s.error).map((s) => s.requestBytes))).toBeLessThanOrEqual(60_000);
  expect((await host.readTable("T"))?.rows.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
  expect(excel.model.enableEvents).toBe(true);
});

test("a read Excel refuses as too large is read again in smaller blocks", async () => {
  const excel = new ExcelStandIn({ responseLimit: 10_000 });
  const host = new OfficeHost(excel.run);
  const rows = Array.from({ length: 1500 }, (_, i) => [`row ${i}`, i]);
  await host.apply(tablePlan(rows));
  excel.resetStats();
  expect((await host.readTable("T"))?.rows).toHaveLength(1500);
  expect(excel.syncs.some((s) => s.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
});

test("a refused write is a typed error naming what was written, with Excel's events back on", async () => {
  const excel = new ExcelStandIn();
  const host = new OfficeHost(excel.run);
  await host.apply({ lang: "zh-CN", ops: [{ kind: "name", name: "T", formula: "1" }] });
  const failure = host.apply(tablePlan([["a", 1]]));
  await expect(failure).rejects.toThrow(OfficeHostError);
  await expect(failure).rejects.toThrow(/Excel could not complete writing .*table T/);
  expect(excel.model.enableEvents).toBe(true);
  // what the refused request left on the sheet is not written over by the next attempt
  await expect(host.apply(tablePlan([["a", 1]]))).rejects.toThrow(/Data!A1: the cells where table T goes hold data/);
});

test("events that were off before the write stay off", async () => {
  const excel = new ExcelStandIn();
  excel.model.enableEvents = false;
  await new OfficeHost(excel.run).apply(tablePlan([["a", 1]]));
  expect(excel.model.enableEvents).toBe(false);
});

test("a plan that writes to a sheet it never creates is refused before anything is written", async () => {
  const excel = new ExcelStandIn();
  const plan: WorkbookPlan = { lang: "zh-CN", ops: [{ kind: "cells", sheet: "Nowhere", origin: "A1", rows: [[1]] }] };
  await expect(new OfficeHost(excel.run).apply(plan)).rejects.toThrow(RangeError);
  expect(excel.syncs).toHaveLength(1);
});

test("right after sheetNames(), missing sheets and tables are answered without a round trip", async () => {
  let now = 0;
  const excel = new ExcelStandIn();
  const host = new OfficeHost(excel.run, { now: () => now, snapshotTtlMs: 2000 });
  expect(await host.sheetNames()).toEqual(["Sheet1"]);
  expect(await host.readTable("IssueLog")).toBeUndefined();
  expect(await host.readSheet("Lists")).toBeUndefined();
  expect(excel.syncs).toHaveLength(1);
  now = 2001;
  expect(await host.readTable("IssueLog")).toBeUndefined();
  expect(excel.syncs).toHaveLength(2);
});

test("a table deleted after the snapshot reads as missing", async () => {
  const excel = new ExcelStandIn();
  const host = new OfficeHost(excel.run);
  await host.apply(tablePlan([["a", 1]]));
  await host.sheetNames();
  excel.model.removeTable(excel.model.table("T"));
  expect(await host.readTable("T")).toBeUndefined();
});

test("readSheet reads from A1 to the last value, and an empty sheet as no rows", async () => {
  const excel = new ExcelStandIn();
  const host = new OfficeHost(excel.run);
  await host.apply({
    lang: "zh-CN",
    ops: [{ kind: "cells", sheet: "Sheet1", origin: "B2", rows: [["'a", 1], [{ formula: "B3" }]] }],
  });
  expect(await host.readSheet("Sheet1")).toEqual([
    [undefined, undefined, undefined],
    [undefined, "'a", 1],
    [undefined, undefined, undefined],
  ]);
  await host.apply({ lang: "zh-CN", ops: [{ kind: "sheet", name: "Empty", freezeRows: 0 }] });
  expect(await host.readSheet("Empty")).toEqual([]);
});

test("appended rows join a table by resize where Excel has ExcelApi 1.13, else by TableRowCollection.add", () => {
  expect(appendMode({ isSetSupported: (_name, version) => version === "1.13" })).toBe("resize");
  expect(appendMode({ isSetSupported: (_name, version) => version === "1.8" })).toBe("rowsAdd");
});
