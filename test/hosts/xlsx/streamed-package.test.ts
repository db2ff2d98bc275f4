import JSZip from "jszip";
import { demoSeed } from "../../../src/demo/demo-seed";
import type { TableGrid } from "../../../src/hosts/host";
import { ChunkStream } from "../../../src/hosts/xlsx/chunk-stream";
import { nodeDeflate } from "../../../src/hosts/xlsx/node-deflate";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";
import { checkPackage } from "../../package/package-check";
import { sheetXml } from "../../support/xlsx-parts";

/**
 * The streamed package writer (issue 18): every sheet's rows are written block by block (100 rows a block), the
 * rest of the package by ExcelJS. A workbook whose tables span several blocks must come back as it was saved and
 * pass the package check; user content in a late block (styles, a link, a note, a merge) must be kept.
 */
const ISSUES = 4500;
const NOTES_ROWS = 4100;

/** Date-times come back through a JavaScript Date: equal to the millisecond, not to the last bit of the serial. */
const toMilliseconds = (grid: TableGrid) => ({
  ...grid,
  rows: grid.rows.map((r) => r.map((v) => (typeof v === "number" ? Math.round(v * 86_400_000) : v))),
});

let host: XlsxHost;
let saved: Uint8Array;

beforeAll(async () => {
  host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN", seed: demoSeed({ issues: ISSUES, seed: "streamed" }) });
  const notes = host.workbook.addWorksheet("我的备注");
  for (let r = 1; r <= NOTES_ROWS; r++) notes.getRow(r).getCell(1).value = `备注 ${r}`;
  const last = notes.getRow(NOTES_ROWS);
  last.getCell(2).value = { text: "工单系统", hyperlink: "https://example.com/tickets" };
  last.getCell(3).value = 42;
  last.getCell(3).font = { bold: true, color: { argb: "FFC00000" } };
  last.getCell(3).note = "季度目标";
  notes.mergeCells(`D${NOTES_ROWS}:E${NOTES_ROWS}`);
  saved = await host.toBuffer();
}, 300_000);

test("the issue and feedback tables span several blocks", async () => {
  expect((await host.readTable("IssueLog"))?.rows.length).toBe(ISSUES);
  expect((await host.readTable("FeedbackLog"))?.rows.length).toBeGreaterThan(4000);
});

test("every table reads back from the streamed package exactly as it was before saving", async () => {
  const reloaded = await XlsxHost.load(saved);
  for (const name of ["IssueLog", "EvaluationLog", "FollowupLog", "FeedbackLog", "ImprovementPlan"]) {
    const before = await host.readTable(name);
    const after = await reloaded.readTable(name);
    expect(before?.rows.length).toBeGreaterThan(0);
    expect(after && toMilliseconds(after)).toEqual(before && toMilliseconds(before));
  }
}, 300_000);

test("the issues sheet holds one row element per row, in order, under a dimension that spans them", async () => {
  const xml = await sheetXml(saved, "问题记录");
  const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
  expect(rows).toEqual(Array.from({ length: ISSUES + 1 }, (_, i) => i + 1));
  const headers = (await host.readTable("IssueLog"))?.headers.length ?? 0;
  const lastColumn = /<c r="([A-Z]+)1"[^>]*>(?![\s\S]*<c r="[A-Z]+1")/.exec(xml)?.[1];
  expect(xml).toContain(`<dimension ref="A1:${lastColumn}${ISSUES + 1}"/>`);
  expect(headers).toBeGreaterThan(20);
});

test("a user's styled cell, link, note and merge in a late block are kept", async () => {
  const reloaded = await XlsxHost.load(saved);
  const ws = reloaded.workbook.getWorksheet("我的备注");
  const row = ws?.getRow(NOTES_ROWS);
  expect(row?.getCell(1).value).toBe(`备注 ${NOTES_ROWS}`);
  expect(row?.getCell(2).value).toEqual({ text: "工单系统", hyperlink: "https://example.com/tickets" });
  expect(row?.getCell(3).value).toBe(42);
  expect(row?.getCell(3).font).toMatchObject({ bold: true, color: { argb: "FFC00000" } });
  expect(row?.getCell(3).note).toBe("季度目标");
  expect(row?.getCell(5).isMerged).toBe(true);
  expect(row?.getCell(5).master.address).toBe(`D${NOTES_ROWS}`);
}, 300_000);

test("the streamed package passes the package check (ECMA-376 schemas and package rules)", async () => {
  expect(await checkPackage(saved)).toEqual({ schemaErrors: [], violations: [] });
}, 300_000);

test("deflated natively (Node's zlib), the package holds the same parts, byte for byte inflated", async () => {
  const native = await host.toBuffer(nodeDeflate);
  const parts = async (data: Uint8Array) => {
    const zip = await JSZip.loadAsync(data);
    const entries = Object.values(zip.files).filter((f) => !f.dir);
    return new Map(await Promise.all(entries.map(async (f) => [f.name, await f.async("string")] as const)));
  };
  const [ours, theirs] = await Promise.all([parts(native), parts(saved)]);
  expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
  for (const [name, text] of theirs) expect([name, ours.get(name) === text]).toEqual([name, true]);
  expect(await checkPackage(native)).toEqual({ schemaErrors: [], violations: [] });
}, 300_000);

test("a failure while a part streams fails the package instead of writing a truncated part", async () => {
  const zip = new JSZip();
  function* failing(): Generator<Uint8Array> {
    yield new TextEncoder().encode("<sheetData>");
    throw new Error("row 3: no such style");
  }
  zip.file("xl/worksheets/sheet1.xml", new ChunkStream(failing()) as unknown as Uint8Array);
  await expect(zip.generateAsync({ type: "uint8array" })).rejects.toThrow("row 3: no such style");
});
