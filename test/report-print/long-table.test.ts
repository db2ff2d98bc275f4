import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { demoSeed } from "../../src/demo/demo-seed";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import type { CellValue } from "../../src/domain/schema/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import type { ReportResult } from "../../src/use-cases/generate-report";
import { generateReport } from "../../src/use-cases/generate-report";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { recalculate } from "../support/libreoffice";
import { printReport, type PrintedReport } from "../support/report-pdf";
import { formulaMismatches } from "../support/report-figures";

/**
 * A monitoring table longer than a page (issue 14): printed by LibreOffice, every page that carries monitoring rows
 * starts them under the table's header row, and the formulas of the rows after a repeated header still equal the
 * domain's figures once LibreOffice recalculates them. Page images go to artifacts/report-print/long-table.
 */
const MONTH = "2024-03";
const TEAMS = 90;
const dir = mkdtempSync(join(tmpdir(), "sqd-long-table-"));
let result: ReportResult;
let printed: PrintedReport;
let sheet: readonly (readonly CellValue[])[];

/** The demo's issues spread over TEAMS teams of one stage and channel: about TEAMS monitoring rows a month. */
function manyGroups() {
  const seed = demoSeed({ issues: 1000, seed: "long-table" });
  const first = seed.tables.issues[0] ?? {};
  const issues = seed.tables.issues.map((row, i) => ({
    ...row,
    team: `监测组${String(i % TEAMS).padStart(2, "0")}`,
    stage: first["stage"],
    channel: first["channel"],
  }));
  return { ...seed, tables: { ...seed.tables, issues } };
}

beforeAll(async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN", seed: manyGroups() });
  result = await generateReport(host, { month: MONTH, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
  const book = join(dir, "long.xlsx");
  writeFileSync(book, await host.toBuffer());
  printed = await printReport(book, result.sheet, resolve(__dirname, "../../artifacts/report-print/long-table"));
  sheet = (await (await XlsxHost.load(readFileSync(recalculate(book).file))).readSheet(result.sheet)) ?? [];
}, 600_000);

test("every printed page of a long monitoring table starts with its header row", () => {
  const teams = result.report.monitoring.flatMap((m) => (m.team?.startsWith("监测组") ? [m.team] : []));
  expect(teams.length).toBeGreaterThan(60);
  const seen = new Set<string>();
  const pagesWithRows: number[] = [];
  printed.pageTexts.forEach((text, page) => {
    const lines = text.split("\n");
    const rows = lines.flatMap((l, i) => (new RegExp(`^\\s*${MONTH}\\s+监测组\\d\\d`).test(l) ? [i] : []));
    if (rows.length === 0) return;
    pagesWithRows.push(page);
    const header = lines.findIndex((l) => l.includes("监测周期"));
    expect([page, header >= 0 && header < (rows[0] ?? 0)]).toEqual([page, true]);
    for (const i of rows) seen.add(/监测组\d\d/.exec(lines[i] ?? "")?.[0] ?? "");
  });
  expect(pagesWithRows.length).toBeGreaterThanOrEqual(2);
  expect([...seen].sort()).toEqual([...teams].sort());
});

test("the monitoring rows after a repeated header keep their live formulas", () => {
  const monitoring = Object.entries(result.cells).filter(([path]) => path.startsWith("monitoring."));
  expect(monitoring.length).toBeGreaterThan(4 * 60);
  expect(formulaMismatches(sheet, monitoring, result.report)).toEqual([]);
});
