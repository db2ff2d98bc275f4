import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { runInit } from "../../src/cli/init-command";
import { TABLE_KEYS, tableSpecs } from "../../src/domain/schema";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { ImportSourceError } from "../../src/import/errors";
import { HEADER_SYNONYMS, SURVEY_META } from "../../src/import/header-synonyms";
import { planImport } from "../../src/import/plan-import";
import { QUARANTINE_TABLE } from "../../src/import/quarantine";
import { guessDelimiter, readSourceGrid, readSourceRows, type ImportSource } from "../../src/import/read-source";
import { mapHeaders } from "../../src/import/header-map";
import { importRecords } from "../../src/use-cases/import-records";
import { readWorkbookState, type WorkbookState } from "../../src/use-cases/read-workbook";
import { columnLetter } from "../../src/workbook/a1";
import type { PlanOp } from "../../src/workbook/plan-types";
import { sheetXml } from "../support/xlsx-parts";
import { encodeGb18030, gb18030Encodable } from "./gb18030-encoder";

/**
 * Issues 3 and 10's property: for any CSV file — random headers, three encodings, junk values, empty lines, huge
 * cells, injection strings — an import either refuses the file with an ImportSourceError (no recognisable header)
 * or accounts for every row: rows read = rows added to the table + quarantined + already imported, only rows that
 * cannot be stored as a record are quarantined, and no cell written from the file holds a formula. 1,000 files go
 * through the pure pipeline against a demo workbook's state; 40 go through importRecords on an in-memory XlsxHost
 * twice — the second import adds nothing — and the saved package's XML is inspected.
 */
const specs = tableSpecs(DEFAULT_DIMENSIONS);
let book: Uint8Array;
let state: WorkbookState;

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), "sqd-import-prop-")), "book.xlsx");
  await runInit({ file, lang: "zh-CN", demo: { issues: 30, seed: "property" } });
  book = readFileSync(file);
  state = await readWorkbookState(await XlsxHost.load(book), "zh-CN");
}, 60_000);

const INJECTIONS = [
  "=1+1",
  "+SUM(A1:A9)",
  "-2+3",
  "@SUM(1)",
  "\t=1+1",
  "\r=2+2",
  '=HYPERLINK("http://example.com","x")',
  "=cmd|' /C calc'!A0",
  "=A1",
];
const labels = specs.flatMap((s) => s.fields.flatMap((f) => [f.zh, f.en]));
const synonyms = Object.values(HEADER_SYNONYMS).flatMap((t) => Object.values(t).flat());
const KNOWN_HEADERS = [...labels, ...synonyms, ...SURVEY_META.submitted, ...SURVEY_META.other];

const char = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
  { weight: 3, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fa5 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0x00, max: 0x1f }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xff01, max: 0xff5e }) },
  { weight: 1, arbitrary: fc.integer({ min: 0x80, max: 0xd7ff }) },
);
const junk = fc.array(char, { maxLength: 16 }).map((codes) => String.fromCharCode(...codes));

const header = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KNOWN_HEADERS) },
  { weight: 2, arbitrary: fc.tuple(fc.nat(30), fc.constantFrom(...labels)).map(([n, l]) => `${n}、${l}`) },
  { weight: 2, arbitrary: junk },
  { weight: 1, arbitrary: fc.constantFrom(...INJECTIONS, "", " ") },
);

const value = fc.oneof(
  { weight: 4, arbitrary: junk },
  { weight: 2, arbitrary: fc.constantFrom(...INJECTIONS) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "2024-03-05 14:30",
      "2024/3/5 14:30:00",
      "2024年3月5日 14:30",
      "45356.5",
      "2024-13-45",
      "45秒",
      "2分10秒",
      "1:20",
      "５",
      "5分",
      "4.0",
      "9",
      "是",
      "N",
      "√",
      "×",
      "电话",
      "热线",
      "一般",
      "重大",
      "C20240301001",
      "2024-SVC-001",
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom("", " ", '"', '""', ",", "a,b", "line\nbreak", "cr\r\nlf") },
);
/** Longer than Excel's 32,767 characters a cell. */
const HUGE = ["x".repeat(33_000), "长".repeat(40_000)];

const csvFile = fc.record({
  headers: fc.array(header, { minLength: 1, maxLength: 12 }),
  rows: fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.array(value, { maxLength: 14 }) },
      // A sparse row: one value, the rest blank.
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.nat(11), value)
          .map(([at, v]) => Array.from({ length: 12 }, (_, i) => (i === at ? v : ""))),
      },
    ),
    { maxLength: 25 },
  ),
  blankLines: fc.array(fc.nat(30), { maxLength: 4 }),
  huge: fc.option(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...HUGE))),
  encoding: fc.constantFrom("utf8", "utf8-bom", "gb18030"),
  eol: fc.constantFrom("\n", "\r\n"),
  quoteAll: fc.boolean(),
  table: fc.constantFrom(...TABLE_KEYS),
});
type CsvFile = typeof csvFile extends fc.Arbitrary<infer T> ? T : never;

function cell(text: string, quoteAll: boolean): string {
  return quoteAll || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The data rows as written (one huge cell placed, characters GB18030 cannot encode replaced). */
function dataRows(f: CsvFile): string[][] {
  const rows = f.rows.map((r) => [...r]);
  const target = f.huge && rows.length > 0 ? rows[f.huge[0] % rows.length] : undefined;
  if (f.huge && target) target[f.huge[1] % (target.length + 1)] = f.huge[2];
  return f.encoding === "gb18030" ? rows.map((r) => r.map(gb18030Encodable)) : rows;
}

function csvText(f: CsvFile): string {
  const lines = [f.headers, ...dataRows(f)].map((r) => r.map((c) => cell(c, f.quoteAll)).join(","));
  for (const at of f.blankLines) lines.splice(1 + (at % lines.length), 0, "");
  return lines.join(f.eol) + f.eol;
}

function csvBytes(f: CsvFile): Uint8Array {
  const text = csvText(f);
  if (f.encoding === "gb18030") return encodeGb18030(gb18030Encodable(text));
  const utf8 = new TextEncoder().encode(text);
  return f.encoding === "utf8" ? utf8 : Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
}

const source = (f: CsvFile): ImportSource => ({ fileName: "random.csv", kind: "csv", bytes: csvBytes(f) });

/** Rows with a cell that is not white space: the rows an import must read when the header is the first line. */
const nonBlankRows = (f: CsvFile) => dataRows(f).filter((r) => r.some((c) => c.trim() !== "")).length;

function tableOp(ops: readonly PlanOp[], name: string) {
  const op = ops.find((o) => o.kind === "table" && o.name === name);
  return op?.kind === "table" ? op : undefined;
}

test("1,000 random CSV files: every row accounted for, no formula from the file, only typed errors", async () => {
  await fc.assert(
    fc.asyncProperty(csvFile, async (f) => {
      const spec = specs.find((s) => s.key === f.table);
      if (!spec) throw new Error(f.table);
      const grid = await readSourceGrid(source(f));
      let result: Awaited<ReturnType<typeof planImport>>;
      try {
        const target = { state, lang: "zh-CN" as const, quarantine: undefined, importLog: undefined, now: 45_600.5 };
        result = await planImport(target, f.table, await readSourceRows(source(f)));
      } catch (error) {
        expect(error).toBeInstanceOf(ImportSourceError);
        return;
      }
      const { summary, plan } = result;
      expect(summary.rowsRead).toBe(summary.imported + summary.quarantined + summary.alreadyImported);
      // When the header is the file's first line and the comma its delimiter, every written non-blank row is read.
      const headerFirst = mapHeaders(spec, grid.rows)?.headerRows.join() === "0";
      if (headerFirst && guessDelimiter(csvText(f)) === ",") expect(summary.rowsRead).toBe(nonBlankRows(f));
      // The table op carries the rows to append, nothing of the existing ones (a plan of changes).
      const table = tableOp(plan.ops, spec.tableName);
      expect(table?.rows).toHaveLength(summary.imported);
      const quarantine = tableOp(plan.ops, QUARANTINE_TABLE);
      expect(quarantine?.rows.length ?? 0).toBe(summary.quarantined);
      // Only what cannot be stored as a record is set aside: a cell over Excel's limit, or nothing to write.
      const reasons = (quarantine?.rows ?? []).map((r) => String(r[2]));
      expect(reasons.filter((r) => !/超过 Excel 单元格上限|没有可写入本表的值/.test(r))).toEqual([]);
      // Every added row carries this import's id and a fingerprint, all different.
      const refAt = table?.columns.findIndex((c) => c.header === "导入来源") ?? -1;
      const refs = (table?.rows ?? []).map((r) => String(r[refAt]));
      expect(refs.filter((r) => !r.startsWith(`${summary.importId} `))).toEqual([]);
      expect(new Set(refs).size).toBe(refs.length);
      // The log lists the import with the same counts.
      const log = tableOp(plan.ops, "ImportLog")?.rows;
      expect(log?.map((r) => r.slice(4, 8))).toEqual([
        [summary.rowsRead, summary.imported, summary.alreadyImported, summary.quarantined],
      ]);
      // An imported row is never blank (a spreadsheet would not even count it as a row).
      const blankRows = (table?.rows ?? []).filter((r) => r.every((v) => String(v ?? "").trim() === ""));
      expect(blankRows).toEqual([]);
      // Only the schema's calculated columns carry a formula, and every body cell is a plain value.
      const formulaHeaders = spec.fields.filter((x) => x.type === "formula").map((x) => x.zh);
      expect(table?.columns.filter((c) => c.formula !== undefined).map((c) => c.header)).toEqual(formulaHeaders);
      const objects = plan.ops.flatMap((op) =>
        op.kind === "table" || op.kind === "cells" ? op.rows.flat().filter((v) => typeof v === "object") : [],
      );
      expect(objects).toEqual([]);
    }),
    { numRuns: 1000 },
  );
}, 120_000);

/** Column letters of the cells of a sheet that hold a formula (`<c r="O2"><f>…`). */
function formulaColumns(xml: string): Set<string> {
  const columns = new Set<string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+)\d+"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    if ((m[2] ?? "").includes("<f")) columns.add(m[1] ?? "");
  }
  return columns;
}

test("40 random CSV files through importRecords on an XlsxHost: formulas only in the calculated columns", async () => {
  await fc.assert(
    fc.asyncProperty(csvFile, async (f) => {
      const spec = specs.find((s) => s.key === f.table);
      if (!spec) throw new Error(f.table);
      const host = await XlsxHost.load(book);
      let summary;
      try {
        summary = await importRecords(host, f.table, source(f));
      } catch (error) {
        expect(error).toBeInstanceOf(ImportSourceError);
        return;
      }
      expect(summary.rowsRead).toBe(summary.imported + summary.quarantined + summary.alreadyImported);
      const again = await importRecords(host, f.table, source(f));
      expect([again.rowsRead, again.imported, again.quarantined]).toEqual([summary.rowsRead, 0, summary.quarantined]);
      expect(again.alreadyImported).toBe(summary.rowsRead - summary.quarantined);
      const saved = await host.toBuffer();
      const grid = await host.readTable(spec.tableName);
      const allowed = new Set(spec.fields.flatMap((x, i) => (x.type === "formula" ? [columnLetter(i + 1)] : [])));
      const sheet = state.sheetNames[f.table];
      for (const col of formulaColumns(await sheetXml(saved, sheet))) expect(allowed).toContain(col);
      expect(grid?.rows.length).toBe((state.tables[f.table]?.records.length ?? 0) + summary.imported);
      if (summary.quarantined > 0) {
        expect(formulaColumns(await sheetXml(saved, "导入待核查")).size).toBe(0);
      }
    }),
    { numRuns: 40 },
  );
}, 120_000);
