import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SheetRows, StylePalette } from "../../../src/hosts/xlsx/row-store";
import { streamedPackage } from "../../../src/hosts/xlsx/streamed-package";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import type { PlanOp, WorkbookPlan } from "../../../src/workbook/plan-types";
import { checkPackage } from "../../package/package-check";
import { requireXmllint } from "../../package/schema-validation";
import { sheetXml } from "../../support/xlsx-parts";

/**
 * The xlsx host keeps a table's new rows in its row store (plain cells, not ExcelJS Row and Cell objects) and a
 * loaded workbook's rows in ExcelJS; one table then holds rows of both, and every read, change and the package
 * written must be as if all were ExcelJS's.
 */
type TableOp = Extract<PlanOp, { kind: "table" }>;

const HEADERS = ["text", "n", "twice"];
const FORMULA = "T[[#This Row],[n]]*2";

const tableOp = (extra: Partial<TableOp>, values: number[] = []): WorkbookPlan => ({
  lang: "zh-CN",
  ops: [
    {
      kind: "table",
      sheet: "Data",
      name: "T",
      origin: "A1",
      columns: [{ header: "text" }, { header: "n" }, { header: "twice", formula: FORMULA, values }],
      rows: [],
      ...extra,
    },
  ],
});

/**
 * A saved and loaded table (rows 2–3 ExcelJS's) with a note in A3 (unless `note` is false), a link beside it in E3 and a merged area E5:F5,
 * grown by two rows (row 4 into the store, row 5 into ExcelJS's row that holds the merge) and then one more (row 6,
 * the store's).
 */
async function mixedTable(note = true): Promise<XlsxHost> {
  const first = XlsxHost.create();
  await first.apply({ lang: "zh-CN", ops: [{ kind: "sheet", name: "Data", freezeRows: 1 }] });
  await first.apply(
    tableOp(
      {
        rows: [
          ["a", 1],
          ["b", 2],
        ],
      },
      [2, 4],
    ),
  );
  const host = await XlsxHost.load(await first.toBuffer());
  const ws = host.workbook.getWorksheet("Data");
  if (!ws) throw new Error("no sheet Data");
  if (note) ws.getCell("A3").note = "checked";
  ws.getCell("E3").value = { text: "site", hyperlink: "https://example.com/" };
  ws.mergeCells("E5:F5");
  const base = (rows: number) => ({ headers: HEADERS, bodyRows: rows, usedRows: rows });
  await host.apply(
    tableOp(
      {
        rows: [
          ["c", 3],
          ["d", 4],
        ],
        base: base(2),
      },
      [6, 8],
    ),
  );
  await host.apply(tableOp({ rows: [["e", 5]], base: base(4) }, [10]));
  return host;
}

/** The saved package's Data sheet as the host loads it (its package extras read first, then ExcelJS). */
async function reloaded(host: XlsxHost): Promise<ExcelJS.Worksheet> {
  const ws = (await XlsxHost.load(await host.toBuffer())).workbook.getWorksheet("Data");
  if (!ws) throw new Error("no sheet Data");
  return ws;
}

const tableRef = (ws: ExcelJS.Worksheet) =>
  (ws.getTable("T") as unknown as { table: { tableRef: string } } | undefined)?.table.tableRef;

test("a table grown over loaded ExcelJS rows and store rows reads, saves and reloads as one table", async () => {
  const host = await mixedTable();
  // The mix this test is about: row 4 and 6 are the store's, row 5 (the merge's) ExcelJS's.
  const book = host["book"].getWorksheet("Data");
  expect([4, 5, 6].map((r) => book?.findRow(r) !== undefined)).toEqual([false, true, false]);

  expect(await host.readTable("T")).toMatchObject({
    headers: HEADERS,
    rows: [
      ["a", 1, 2],
      ["b", 2, 4],
      ["c", 3, 6],
      ["d", 4, 8],
      ["e", 5, 10],
    ],
    bodyRows: 5,
  });
  const ws = await reloaded(host);
  expect(tableRef(ws)).toBe("A1:C6");
  expect([2, 3, 4, 5, 6].map((r) => [ws.getCell(`A${r}`).value, ws.getCell(`B${r}`).value])).toEqual([
    ["a", 1],
    ["b", 2],
    ["c", 3],
    ["d", 4],
    ["e", 5],
  ]);
  expect([2, 3, 4, 5, 6].map((r) => ws.getCell(`C${r}`).value)).toEqual(
    [2, 4, 6, 8, 10].map((result) => ({ formula: FORMULA, result })),
  );
  expect(ws.getCell("A3").note).toBe("checked");
  expect(ws.getCell("E3").value).toEqual({ text: "site", hyperlink: "https://example.com/" });
  expect(ws.getCell("F5").isMerged).toBe(true);
  expect(ws.getCell("F5").master.address).toBe("E5");
});

test("the saved mixed table passes the package check", async () => {
  requireXmllint();
  // Without the note: ExcelJS 4.4 writes a note's legacyDrawing after tableParts, which the schema refuses on a
  // sheet with a table whatever holds its rows.
  const check = await checkPackage(await (await mixedTable(false)).toBuffer());
  expect(check.schemaErrors).toEqual([]);
  expect(check.violations).toEqual([]);
});

test("deleting rows held by both moves the rows below up in the table's columns and frees its bottom", async () => {
  const host = await mixedTable();
  await host.apply(
    tableOp({
      base: { headers: HEADERS, bodyRows: 5, usedRows: 5 },
      deleteRows: [1, 3],
      deleteCheck: { column: 0, was: ["b", "d"] },
    }),
  );
  expect(await host.readTable("T")).toMatchObject({
    rows: [
      ["a", 1, 2],
      ["c", 3, 6],
      ["e", 5, 10],
    ],
    bodyRows: 3,
  });
  const ws = await reloaded(host);
  expect(tableRef(ws)).toBe("A1:C4");
  expect([2, 3, 4].map((r) => ws.getCell(`C${r}`).value)).toEqual(
    [2, 6, 10].map((result) => ({ formula: FORMULA, result })),
  );
  expect([5, 6].flatMap((r) => ["A", "B", "C"].map((c) => ws.getCell(`${c}${r}`).value))).toEqual(Array(6).fill(null));
  expect(ws.getCell("E3").value).toEqual({ text: "site", hyperlink: "https://example.com/" });
  expect(ws.getCell("F5").master.address).toBe("E5");
});

test("a store row that does not hold what the plan read refuses the deletion and changes nothing", async () => {
  const host = await mixedTable();
  const before = await host.readTable("T");
  const stale = tableOp({
    base: { headers: HEADERS, bodyRows: 5, usedRows: 5 },
    deleteRows: [3],
    deleteCheck: { column: 0, was: ["x"] },
  });
  await expect(host.apply(stale)).rejects.toThrow("Data!A5");
  expect(await host.readTable("T")).toEqual(before);
});

/** A workbook whose sheet S holds row 1 in ExcelJS and rows 2–4 in a row store, written by the package writer. */
async function storeWritten(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.getCell("A1").value = "head";
  const palette = new StylePalette();
  const percent = palette.add({ numFmt: "0.0%" });
  const date = palette.add({ numFmt: "yyyy-mm-dd" });
  const bold = palette.add({ font: { bold: true } });
  const rows = new SheetRows();
  rows.set(2, {
    attrs: ' ht="30" customHeight="1"',
    values: [0.25, 45000, "x < y & 'z'", true, { error: "#N/A" }],
    styles: [percent, date, bold],
  });
  rows.set(3, {
    attrs: "",
    values: [3, "ab", false, { error: "#DIV/0!" }, undefined],
    styles: [0, 0, 0, 0, bold],
    formulas: ["1+2", 'LOWER("AB")', "1>2", "1/0"],
  });
  rows.set(4, { attrs: "", values: ["=1+1", "a\u0001b"], styles: [] });
  return streamedPackage(wb, async () => undefined, undefined, { rows: () => rows, palette });
}

test("store rows are written as ExcelJS reads them back: values, formulas, cached results, formats, height", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await storeWritten()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("S");
  if (!ws) throw new Error("no sheet S");
  expect(ws.getCell("A1").value).toBe("head");
  expect(ws.getCell("A2").value).toBe(0.25);
  expect(ws.getCell("A2").numFmt).toBe("0.0%");
  expect(ws.getCell("B2").value).toEqual(new Date(Date.UTC(2023, 2, 15)));
  expect(ws.getCell("B2").numFmt).toBe("yyyy-mm-dd");
  expect(ws.getCell("C2").value).toBe("x < y & 'z'");
  expect(ws.getCell("C2").font?.bold).toBe(true);
  expect(ws.getCell("D2").value).toBe(true);
  expect(ws.getCell("E2").value).toEqual({ error: "#N/A" });
  expect(ws.getRow(2).height).toBe(30);
  expect(ws.getCell("A3").value).toEqual({ formula: "1+2", result: 3 });
  expect(ws.getCell("B3").value).toEqual({ formula: 'LOWER("AB")', result: "ab" });
  // ExcelJS reads a formula's cached FALSE as no result: the cell's XML is what Excel writes for it.
  expect(await sheetXml(await storeWritten(), "S")).toContain('<c r="C3" t="b"><f>1&gt;2</f><v>0</v></c>');
  expect(ws.getCell("D3").value).toEqual({ formula: "1/0", result: { error: "#DIV/0!" } });
  expect(ws.getCell("E3").value).toBeNull();
  expect(ws.getCell("E3").font?.bold).toBe(true);
  expect(ws.getCell("A4").value).toBe("=1+1");
  // ExcelJS's own escaper drops the control characters XML 1.0 cannot hold.
  expect(ws.getCell("B4").value).toBe("ab");
  expect(await sheetXml(await storeWritten(), "S")).toContain('<dimension ref="A1:E4"/>');
});

test("a store-written package passes the package check, its risky text quote-prefixed", async () => {
  requireXmllint();
  const data = await storeWritten();
  const check = await checkPackage(data);
  expect(check.schemaErrors).toEqual([]);
  expect(check.violations).toEqual([]);
  const xml = await sheetXml(data, "S");
  const style = /<c r="A4" s="(\d+)" t="s">/.exec(xml)?.[1];
  const stylesXml = await (await JSZip.loadAsync(data)).file("xl/styles.xml")?.async("string");
  const xfs = [...(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml ?? "")?.[1] ?? "").matchAll(/<xf\b[^>]*>/g)];
  expect(style).toBeDefined();
  expect(xfs[Number(style)]?.[0]).toContain('quotePrefix="1"');
});

test("a row held both by ExcelJS and by the row store is refused when the package is written", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").getCell("B7").value = 1;
  const rows = new SheetRows();
  rows.set(7, { attrs: "", values: [2], styles: [] });
  await expect(
    streamedPackage(wb, async () => undefined, undefined, { rows: () => rows, palette: new StylePalette() }),
  ).rejects.toThrow("sheet S row 7 is held both by ExcelJS and by the row store");
});

test("columns added to a table whose rows the store holds reach every row, and a changed cell only its own", async () => {
  const host = XlsxHost.create();
  await host.apply({ lang: "zh-CN", ops: [{ kind: "sheet", name: "Data", freezeRows: 1 }] });
  const rows = [
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ];
  await host.apply(tableOp({ rows }, [2, 4, 6]));
  await host.apply({
    lang: "zh-CN",
    ops: [
      {
        kind: "table",
        sheet: "Data",
        name: "T",
        origin: "A1",
        columns: [
          { header: "text" },
          { header: "n" },
          { header: "twice", formula: FORMULA },
          { header: "share", numFmt: "0.0%" },
          { header: "thrice", formula: "T[[#This Row],[n]]*3" },
        ],
        rows: [],
        base: { headers: HEADERS, bodyRows: 3, usedRows: 3 },
        cells: [{ row: 1, column: 0, was: "b", value: "B" }],
      },
    ],
  });
  const ws = await reloaded(host);
  expect(tableRef(ws)).toBe("A1:E4");
  expect([2, 3, 4].map((r) => ws.getCell(`A${r}`).value)).toEqual(["a", "B", "c"]);
  expect([2, 3, 4].map((r) => ws.getCell(`C${r}`).formula)).toEqual(Array(3).fill(FORMULA));
  // The changed row's formulas lose their cached results (Excel recalculates them); the others keep theirs.
  expect([2, 3, 4].map((r) => ws.getCell(`C${r}`).result)).toEqual([2, undefined, 6]);
  expect([2, 3, 4].map((r) => ws.getCell(`D${r}`).numFmt)).toEqual(["0.0%", "0.0%", "0.0%"]);
  expect([2, 3, 4].map((r) => ws.getCell(`E${r}`).formula)).toEqual(Array(3).fill("T[[#This Row],[n]]*3"));
});

/** The host's constructor as the package reader calls it from `load`, with the rows it read by sheet name. */
const XlsxHostOf = XlsxHost as unknown as new (
  book: ExcelJS.Workbook,
  formulaNames: Map<string, string>,
  calculated: Map<string, Map<string, string>>,
  totalsRowFormulas: Map<string, Map<string, string>>,
  charts: [],
  carried: undefined,
  rows: ReadonlyMap<string, SheetRows>,
  palette: StylePalette,
) => XlsxHost;

test("rows handed over by sheet name are read, grown and written with ExcelJS's; a row both hold becomes ExcelJS's", async () => {
  const made = XlsxHost.create();
  await made.apply({ lang: "zh-CN", ops: [{ kind: "sheet", name: "Data", freezeRows: 1 }] });
  await made.apply(tableOp({ rows: [["a", 1]] }, [2]));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await made.toBuffer()) as unknown as ArrayBuffer);
  const ws = book.getWorksheet("Data");
  if (!ws) throw new Error("no sheet Data");
  // Row 2 held by both (ExcelJS's with a noted cell beside the table, the store's with the table's cells), row 3 the
  // store's.
  ws.getCell("E2").value = "memo";
  ws.getCell("E2").note = "kept";
  const palette = new StylePalette();
  const rows = new SheetRows();
  rows.set(2, { attrs: "", values: ["a", 1, 2], styles: [], formulas: [undefined, undefined, FORMULA] });
  rows.set(3, { attrs: "", values: ["b", 2, 4], styles: [], formulas: [undefined, undefined, FORMULA] });
  (ws.getTable("T") as unknown as { table: { tableRef: string; autoFilterRef: string } }).table.tableRef = "A1:C3";
  (ws.getTable("T") as unknown as { table: { tableRef: string; autoFilterRef: string } }).table.autoFilterRef = "A1:C3";
  const host = new XlsxHostOf(book, new Map(), new Map(), new Map(), [], undefined, new Map([["Data", rows]]), palette);
  expect(rows.get(2)).toBeUndefined();
  expect(await host.readTable("T")).toMatchObject({
    rows: [
      ["a", 1, 2],
      ["b", 2, 4],
    ],
  });
  await host.apply(tableOp({ rows: [["c", 3]], base: { headers: HEADERS, bodyRows: 2, usedRows: 2 } }, [6]));
  const saved = await reloaded(host);
  expect(tableRef(saved)).toBe("A1:C4");
  expect([2, 3, 4].map((r) => [saved.getCell(`A${r}`).value, saved.getCell(`C${r}`).value])).toEqual([
    ["a", { formula: FORMULA, result: 2 }],
    ["b", { formula: FORMULA, result: 4 }],
    ["c", { formula: FORMULA, result: 6 }],
  ]);
  expect(saved.getCell("E2").value).toBe("memo");
  expect(saved.getCell("E2").note).toBe("kept");
});
