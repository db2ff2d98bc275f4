import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runInit } from "../../src/cli/init-command";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import { ISSUES } from "../../src/domain/schema";
import { label } from "../../src/domain/schema/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { generateReport } from "../../src/use-cases/generate-report";
import { importRecords } from "../../src/use-cases/import-records";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { shareWorkbook } from "../../src/use-cases/share-workbook";
import { recalculate } from "../support/libreoffice";
import type { PackageCheck } from "./package-check";
import { checkPackage } from "./package-check";
import { loadPackage } from "./package-model";
import { parseRange } from "./package-rules";
import { attr, descendants, textOf } from "./xml-tree";
import { USER_SHEET, USER_TABLE, USER_TOTALS_FORMULA, withUserContent } from "./user-content";

/**
 * Every workbook the product writes, checked as a strict consumer would (package-check.ts): 0 schema errors and 0
 * rule violations. Demo books are small; one LibreOffice conversion is shared by the file.
 */
const dir = mkdtempSync(join(tmpdir(), "sqd-package-books-"));
const MONTH = "2024-03";
const books = new Map<string, Uint8Array>();
const checks = new Map<string, PackageCheck>();

const report = (host: XlsxHost) =>
  generateReport(host, { month: MONTH, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });

async function init(name: string, lang: "zh-CN" | "en-US"): Promise<Uint8Array> {
  const file = join(dir, name);
  await runInit({ file, lang, demo: { issues: 40, seed: "package" } });
  return readFileSync(file);
}

/** A CSV of issues whose text looks like formulas, carries control characters and fills a cell to Excel's limit. */
function hostileCsv(): Uint8Array {
  const headers = ISSUES.fields.filter((f) => f.type !== "formula").map((f) => label(f, "zh-CN"));
  const row = (id: string, description: string, product: string) =>
    headers.map((h) =>
      h === "问题编号"
        ? id
        : h === "接收时间"
          ? "2024-03-05 14:30"
          : h === "紧急程度"
            ? "一般"
            : h === "问题描述"
              ? description
              : h === "产品信息"
                ? product
                : "",
    );
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const rows = [
    headers,
    row("2024-SVC-901", '=HYPERLINK("http://example.com","点我")', "+1+2"),
    row("2024-SVC-902", "-2+3 @SUM(A1)", "\u0001\u0007控制\u001f字符\u000b"),
    row("2024-SVC-903", "长".repeat(32_767), "\tTAB"),
    row("2024-SVC-904", "超".repeat(40_000), "太长"),
  ];
  return new TextEncoder().encode(rows.map((r) => r.map(quote).join(",")).join("\r\n"));
}

async function save(name: string, host: XlsxHost): Promise<Uint8Array> {
  const data = await host.toBuffer();
  writeFileSync(join(dir, name), data);
  return data;
}

beforeAll(async () => {
  const zh = await init("zh.xlsx", "zh-CN");
  books.set("init zh-CN with demo data", zh);
  books.set("init en-US with demo data", await init("en.xlsx", "en-US"));

  const imported = await XlsxHost.load(zh);
  await importRecords(imported, "issues", { fileName: "hostile.csv", kind: "csv", bytes: hostileCsv() });
  books.set("an import of hostile text", await save("imported.xlsx", imported));

  const reported = await XlsxHost.load(zh);
  await report(reported);
  const first = await save("report.xlsx", reported);
  books.set("a report", first);
  const again = await XlsxHost.load(first);
  await report(again);
  books.set("a second report over the first", await save("report-again.xlsx", again));

  const copy = XlsxHost.create();
  await shareWorkbook(await XlsxHost.load(first), copy, "zh-CN", { loadSegmenter: loadJiebaSegmenter });
  books.set("a shareable copy", await save("share.xlsx", copy));

  const overLibreOffice = await XlsxHost.load(readFileSync(recalculate(join(dir, "zh.xlsx")).file));
  await setUpWorkbook(overLibreOffice, { lang: "zh-CN" });
  books.set("set-up over a workbook LibreOffice saved", await save("over-libreoffice.xlsx", overLibreOffice));

  const userFixture = await withUserContent(zh, "问题记录");
  books.set("the user's workbook before set-up", userFixture);
  const withUser = await XlsxHost.load(userFixture);
  await setUpWorkbook(withUser, { lang: "zh-CN" });
  const userBook = await save("over-user-content.xlsx", withUser);
  books.set("set-up over user charts, a picture and a totals-row table", userBook);
  const reportedOverUser = await XlsxHost.load(userBook);
  await report(reportedOverUser);
  books.set("a report over user charts", await save("report-over-user-content.xlsx", reportedOverUser));

  for (const [name, data] of books) {
    if (name !== "the user's workbook before set-up") checks.set(name, await checkPackage(data));
  }
}, 300_000);

test.each([
  "init zh-CN with demo data",
  "init en-US with demo data",
  "an import of hostile text",
  "a report",
  "a second report over the first",
  "a shareable copy",
  "set-up over a workbook LibreOffice saved",
  "set-up over user charts, a picture and a totals-row table",
  "a report over user charts",
])("%s: 0 schema errors, 0 rule violations", (name) => {
  expect(checks.get(name)).toEqual({ schemaErrors: [], violations: [] });
});

async function partsOf(data: Uint8Array, pattern: RegExp): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  const found: string[] = [];
  for (const path of Object.keys(zip.files)
    .filter((p) => pattern.test(p))
    .sort()) {
    found.push((await zip.file(path)?.async("string")) ?? "");
  }
  return found;
}

test.each([
  "the user's workbook before set-up",
  "set-up over user charts, a picture and a totals-row table",
  "a report over user charts",
])("%s: the user's charts, picture and totals formula are kept", async (name) => {
  const data = books.get(name) ?? new Uint8Array();
  const charts = await partsOf(data, /^xl\/charts\/chart\d+\.xml$/);
  expect(charts.filter((c) => c.includes(`'${USER_SHEET}'!$B$2:$B$3`))).toHaveLength(1);
  expect(charts.filter((c) => c.includes("'问题记录'!$A$1:$C$1"))).toHaveLength(1);
  expect(await partsOf(data, /^xl\/media\/.*\.png$/)).toHaveLength(1);
  const tables = await partsOf(data, /^xl\/tables\/table\d+\.xml$/);
  const user = tables.find((t) => t.includes(`name="${USER_TABLE}"`)) ?? "";
  expect(user).toContain(`<totalsRowFormula>${USER_TOTALS_FORMULA}</totalsRowFormula>`);
  expect(user).toContain('totalsRowLabel="合计"');
});

test("date validations take every date from Excel's first day, 1900-01-01 (serial 1)", async () => {
  const data = books.get("init zh-CN with demo data") ?? new Uint8Array();
  const sheets = await partsOf(data, /^xl\/worksheets\/sheet\d+\.xml$/);
  const dates = sheets.flatMap((xml) =>
    [...xml.matchAll(/<dataValidation\b[^>]*type="date"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g)].map((m) => [
      /operator="([^"]+)"/.exec(m[0])?.[1],
      m[1],
    ]),
  );
  expect(dates.length).toBeGreaterThan(3);
  expect(new Set(dates.map((d) => d.join(" ")))).toEqual(new Set(["greaterThanOrEqual 1"]));
});

test("a book set up over LibreOffice's (no theme part) gets the Office theme, and every book asks Excel to recalculate", async () => {
  const data = books.get("set-up over a workbook LibreOffice saved") ?? new Uint8Array();
  const [theme] = await partsOf(data, /^xl\/theme\/theme1\.xml$/);
  expect(theme).toContain(
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">',
  );
  for (const [name, book] of books) {
    const [workbook] = await partsOf(book, /^xl\/workbook\.xml$/);
    expect([name, /<calcPr\b[^>]*fullCalcOnLoad="1"/.test(workbook ?? "")]).toEqual([name, true]);
  }
});

/** sheet → "type formula1 formula2 @cell" for every cell a validation covers. */
async function validatedCells(data: Uint8Array): Promise<Map<string, Set<string>>> {
  const model = await loadPackage(data);
  const out = new Map<string, Set<string>>();
  for (const sheet of model.sheets) {
    const cells = new Set<string>();
    for (const v of descendants(sheet.xml, "dataValidation")) {
      const rule = [
        attr(v, "type"),
        ...descendants(v, "formula1").map(textOf),
        ...descendants(v, "formula2").map(textOf),
      ].join(" ");
      for (const ref of (attr(v, "sqref") ?? "").split(" ")) {
        const r = parseRange(ref);
        for (let row = r.r0; row <= r.r1; row++)
          for (let col = r.c0; col <= r.c1; col++) cells.add(`${rule} @${col},${row}`);
      }
    }
    out.set(sheet.name, cells);
  }
  return out;
}

test("a report keeps every validation of the sheets it does not write, cell for cell", async () => {
  const before = await validatedCells(books.get("init zh-CN with demo data") ?? new Uint8Array());
  const after = await validatedCells(books.get("a second report over the first") ?? new Uint8Array());
  const untouched = [...before.keys()].filter((s) => s !== "改进清单");
  expect(untouched).toHaveLength(6);
  for (const sheet of untouched) {
    expect([sheet, after.get(sheet)?.size]).toEqual([sheet, before.get(sheet)?.size]);
    expect([sheet, [...(before.get(sheet) ?? [])].filter((c) => !after.get(sheet)?.has(c))]).toEqual([sheet, []]);
  }
  expect(before.get("问题记录")?.size).toBeGreaterThan(1000);
});
