import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runInit } from "../../../src/cli/init-command";
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import type { ImportSource } from "../../../src/import/read-source";
import { generateReport } from "../../../src/use-cases/generate-report";
import { importRecords } from "../../../src/use-cases/import-records";
import { recalculate } from "../../support/libreoffice";

/**
 * Issue 10 item 5: a workbook saved by LibreOffice or by openpyxl opens, imports and reports like the workbook it was
 * saved from. Before, ExcelJS could not open openpyxl's package (absolute relationship targets) and could not save
 * LibreOffice's (tables without tableStyleInfo).
 */

/** Debian's python3-openpyxl lives in the system Python (`npm run setup` installs it). */
const PYTHON = "/usr/bin/python3";
const MONTH = "2024-03";
const WJX: ImportSource = {
  fileName: "wjx-evaluations.csv",
  kind: "csv",
  bytes: readFileSync(join(__dirname, "../../fixtures/import/wjx-evaluations.csv")),
};

const dir = mkdtempSync(join(tmpdir(), "sqd-foreign-"));
const original = join(dir, "book.xlsx");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function savedByOpenpyxl(file: string): string {
  const out = join(dir, "openpyxl.xlsx");
  const script = "import sys, openpyxl\nopenpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])";
  const result = spawnSync(PYTHON, ["-c", script, file, out], { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `openpyxl could not save the workbook (${result.error?.message ?? result.stderr}). Install it with ` +
        "`npm run setup` or `apt-get install -y python3-openpyxl`.",
    );
  }
  return out;
}

/** What a user does with the file: import a survey export, save, open again, report the month, save, open again. */
async function importAndReport(file: string) {
  const host = await XlsxHost.load(readFileSync(file));
  const summary = await importRecords(host, "evaluations", WJX);
  const reopened = await XlsxHost.load(await host.toBuffer());
  const report = await generateReport(reopened, { month: MONTH, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
  const saved = await XlsxHost.load(await reopened.toBuffer());
  return { summary, report: report.json, sheets: await saved.sheetNames() };
}

let expected: Awaited<ReturnType<typeof importAndReport>>;

beforeAll(async () => {
  await runInit({ file: original, lang: "zh-CN", demo: { issues: 120, seed: "demo" } });
  expected = await importAndReport(original);
}, 120_000);

test("the workbook it starts from imports and reports (the figures the copies must match)", () => {
  expect(expected.summary).toMatchObject({ rowsRead: 9, imported: 8, quarantined: 1 });
  expect(expected.sheets).toContain(`月报 ${MONTH}`);
});

test.each([
  ["LibreOffice (soffice --convert-to xlsx)", (file: string) => recalculate(file).file],
  ["openpyxl (load_workbook, save)", savedByOpenpyxl],
])(
  "a copy saved by %s opens, imports and reports like the original",
  async (_writer, save) => {
    const copy = save(original);
    expect(existsSync(copy)).toBe(true);
    const got = await importAndReport(copy);
    expect(got.summary).toEqual(expected.summary);
    expect(got.report).toEqual(expected.report);
    expect(got.sheets).toEqual(expected.sheets);
  },
  300_000,
);

test("openpyxl's package names its parts by absolute path, LibreOffice's tables have no tableStyleInfo", async () => {
  // The two traits the fix is for, checked on the real writers' output so the test above proves the fix.
  const openpyxl = await JSZip.loadAsync(readFileSync(savedByOpenpyxl(original)));
  const rels = (await openpyxl.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")) ?? "";
  expect(rels).toMatch(/Target="\/xl\/tables\/table\d+\.xml"/);
  const libreoffice = await JSZip.loadAsync(readFileSync(recalculate(original).file));
  const table = (await libreoffice.file("xl/tables/table1.xml")?.async("string")) ?? "";
  expect(table).toContain("<tableColumns");
  expect(table).not.toContain("tableStyleInfo");
}, 300_000);
