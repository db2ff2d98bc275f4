import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { demoSeed } from "../../../src/demo/demo-seed";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import type { ImportSource } from "../../../src/import/read-source";
import { importRecords } from "../../../src/use-cases/import-records";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";
import { checkPackage } from "../../package/package-check";
import { columnOf } from "../../package/user-content";

/**
 * Notes (右键 ▸ 新建批注) a user types on the record sheets, which hold tables: on a filled table cell, on a blank
 * table cell, on a blank cell below the table (a row the sheet does not hold) and on a blank cell beside the other
 * table. After set-up and an import through the xlsx host the package passes the schema check (ExcelJS writes
 * `<legacyDrawing>` after `<tableParts>`) and every note is on its cell with its text (Excel writes no `<c>` for a
 * blank cell with a note, and ExcelJS dropped such notes on open).
 */
const RECORDS = "问题记录";
const EVALUATIONS = "满意度评估";
const WJX: ImportSource = {
  fileName: "wjx-evaluations.csv",
  kind: "csv",
  bytes: readFileSync(join(__dirname, "../../fixtures/import/wjx-evaluations.csv")),
};

/** A note the user typed: two of the cells are found from the table's headers, the authors and texts are typed. */
interface Note {
  sheet: string;
  cell: string;
  author: string;
  text: string;
}

/** The first column of the table (headers in row 1) whose cell in row `r` is blank. */
function blankColumn(ws: ExcelJS.Worksheet, r: number): string {
  let found = "";
  ws.getRow(1).eachCell((header, c) => {
    if (!found && ws.getRow(r).getCell(c).value === null) found = header.address.replace(/\d+$/, "");
  });
  if (!found) throw new Error(`fixture: no blank cell in row ${r} of ${ws.name}`);
  return found;
}

/** Text of a zip part ("" when absent). */
async function part(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}

/** The part a relationship of `rels` (a .rels part's text) points at, resolved from the folder `base`. */
function target(rels: string, type: string, base: string, id?: string): string[] {
  return [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((r) => r.includes(`/relationships/${type}"`) && (!id || r.includes(`Id="${id}"`)))
    .map((r) => /Target="([^"]+)"/.exec(r)?.[1] ?? "")
    .map((t) => (t.startsWith("/") ? t.slice(1) : new URL(t, `http://x/${base}`).pathname.slice(1)));
}

/**
 * Notes of a saved package as [sheet, cell, author, text], sorted, read from its parts (workbook, relationships,
 * comments) without ExcelJS or the product's code.
 */
async function notesIn(data: Uint8Array): Promise<string[][]> {
  const zip = await JSZip.loadAsync(data);
  const rels = await part(zip, "xl/_rels/workbook.xml.rels");
  const out: string[][] = [];
  for (const m of (await part(zip, "xl/workbook.xml")).matchAll(/<sheet\b[^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const sheet = target(rels, "worksheet", "xl/", m[2])[0] ?? "";
    const sheetRels = await part(zip, sheet.replace(/([^/]+)$/, "_rels/$1.rels"));
    for (const comments of target(sheetRels, "comments", sheet)) {
      const xml = await part(zip, comments);
      const authors = [...xml.matchAll(/<author>([^<]*)<\/author>/g)].map((a) => a[1] ?? "");
      for (const c of xml.matchAll(/<comment ref="([^"]+)" authorId="(\d+)"[^>]*>([\s\S]*?)<\/comment>/g)) {
        const text = [...(c[3] ?? "").matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((t) => t[1]).join("");
        out.push([m[1] ?? "", c[1] ?? "", authors[Number(c[2])] ?? "", text]);
      }
    }
  }
  return out.sort((x, y) => x.join().localeCompare(y.join()));
}

/**
 * The package with each note's author in its comments part, as Excel writes it (ExcelJS writes one author,
 * "Author", for every note): the author is the name before "：" in the note's text.
 */
async function withAuthors(data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/comments\d*\.xml$/.test(p))) {
    const xml = await part(zip, path);
    const authors: string[] = [];
    const body = xml.replace(
      /<comment ref="([^"]+)" authorId="0"([^>]*)>([\s\S]*?)<\/comment>/g,
      (_m, ref, rest, inner) => {
        const author = /<t(?: [^>]*)?>([^：<]*)：/.exec(inner as string)?.[1] ?? "";
        if (!authors.includes(author)) authors.push(author);
        return `<comment ref="${ref as string}" authorId="${authors.indexOf(author)}"${rest as string}>${inner as string}</comment>`;
      },
    );
    const list = authors.map((a) => `<author>${a}</author>`).join("");
    zip.file(path, body.replace(/<authors>[\s\S]*?<\/authors>/, `<authors>${list}</authors>`));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

let book: Uint8Array;
let notes: Note[];

beforeAll(async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN", seed: demoSeed({ issues: 4, seed: "notes" }) });
  const seeded = await XlsxHost.load(await host.toBuffer());
  const wb = seeded.workbook;
  const records = wb.getWorksheet(RECORDS);
  const evaluations = wb.getWorksheet(EVALUATIONS);
  if (!records || !evaluations) throw new Error("fixture: no record sheets");
  const product = columnOf(records, "产品信息");
  const blank = blankColumn(records, 3);
  notes = [
    { sheet: RECORDS, cell: `${product}2`, author: "张三", text: "张三：产品型号待核对" },
    { sheet: RECORDS, cell: `${blank}3`, author: "李四", text: "李四：这一行缺备注" },
    { sheet: RECORDS, cell: "C60", author: "赵六", text: "赵六：表格下方空行里的批注" },
    { sheet: EVALUATIONS, cell: "AA5", author: "王五", text: "王五：表格旁的空白单元格" },
  ];
  for (const n of notes) {
    const ws = wb.getWorksheet(n.sheet);
    if (ws) ws.getCell(n.cell).note = n.text;
  }
  book = await withAuthors(await seeded.toBuffer());
}, 120_000);

const expected = () =>
  notes.map((n) => [n.sheet, n.cell, n.author, n.text]).sort((a, b) => a.join().localeCompare(b.join()));

/** Whether a cell of a sheet part holds a value or formula (a blank cell has no `<c>`, or an empty one). */
async function filled(data: Uint8Array, sheet: string, cell: string): Promise<boolean> {
  const zip = await JSZip.loadAsync(data);
  const rels = await part(zip, "xl/_rels/workbook.xml.rels");
  const id = new RegExp(`<sheet\\b[^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(
    await part(zip, "xl/workbook.xml"),
  )?.[1];
  const xml = await part(zip, target(rels, "worksheet", "xl/", id)[0] ?? "");
  return new RegExp(`<c r="${cell}"[^>]*[^/]>`).test(xml);
}

test("the fixture holds the four notes with their authors, three of them on blank cells", async () => {
  expect(await notesIn(book)).toEqual(expected());
  expect(notes.map((n) => n.author)).toEqual(["张三", "李四", "赵六", "王五"]);
  expect(await filled(book, RECORDS, notes[0]?.cell ?? "")).toBe(true);
  expect(await filled(book, RECORDS, notes[1]?.cell ?? "")).toBe(false);
  expect(await filled(book, RECORDS, "C60")).toBe(false);
  expect(await filled(book, EVALUATIONS, "AA5")).toBe(false);
});

describe.each([
  ["set-up", (h: XlsxHost) => setUpWorkbook(h, { lang: "zh-CN" })],
  ["an import", (h: XlsxHost) => importRecords(h, "evaluations", WJX)],
])("after %s, saved", (_step, run) => {
  let saved: Uint8Array;
  beforeAll(async () => {
    const host = await XlsxHost.load(book);
    await run(host);
    saved = await host.toBuffer();
  }, 120_000);

  test("the package passes the schema check", async () => {
    expect(await checkPackage(saved)).toEqual({ schemaErrors: [], violations: [] });
  });

  test("every note keeps its author", async () => {
    expect(await notesIn(saved)).toEqual(expected());
  });

  test("every note is on its cell with its text", async () => {
    expect((await notesIn(saved)).map(([sheet, cell, , text]) => [sheet, cell, text])).toEqual(
      expected().map(([sheet, cell, , text]) => [sheet, cell, text]),
    );
  });
});
