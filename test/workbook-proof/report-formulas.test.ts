import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import type { CellValue } from "../../src/domain/schema/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { cellAddress } from "../../src/workbook/a1";
import type { ReportResult } from "../../src/use-cases/generate-report";
import { generateReport } from "../../src/use-cases/generate-report";
import { readWorkbookState } from "../../src/use-cases/read-workbook";
import { loadPackage } from "../package/package-model";
import { childElements, textOf } from "../package/xml-tree";
import { recalculate } from "../support/libreoffice";
import { personalDataCells } from "../support/personal-data";
import { formulaMismatches } from "../support/report-figures";

/**
 * The report's live formulas against the domain: a demo workbook gets the 2024-03 report through the xlsx host,
 * LibreOffice recalculates it, and every formula cell must equal the figure the domain computed (the JSON's).
 */
const MONTH = "2024-03";
const dir = mkdtempSync(join(tmpdir(), "sqd-report-"));
const book = join(dir, "book.xlsx");
let result: ReportResult;
let sheet: readonly (readonly CellValue[])[];

const report = (host: XlsxHost) =>
  generateReport(host, { month: MONTH, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });

/**
 * The demo reopens every 不满意 issue (002 step 5), as a team should; here a person closed them instead, so the
 * 未重新处理 formula is proved on real rows.
 */
async function closeDissatisfied(host: XlsxHost): Promise<void> {
  const rows = (await host.readSheet("问题记录")) ?? [];
  const header = rows[0] ?? [];
  const satisfaction = header.indexOf("客户满意度");
  const status = header.indexOf("归档状态");
  const dissatisfied = rows.flatMap((r, i) => (typeof r[satisfaction] === "number" && r[satisfaction] <= 3 ? [i] : []));
  await host.apply({
    lang: "zh-CN",
    ops: dissatisfied.map((i) => ({
      kind: "cells" as const,
      sheet: "问题记录",
      origin: cellAddress(i + 1, status + 1),
      rows: [["已关闭"]],
    })),
  });
}

beforeAll(async () => {
  await runInit({ file: book, lang: "zh-CN", demo: { issues: 1000, seed: "report-proof" } });
  const host = await XlsxHost.load(readFileSync(book));
  await closeDissatisfied(host);
  result = await report(host);
  writeFileSync(book, await host.toBuffer());
  const recalculated = await XlsxHost.load(readFileSync(recalculate(book).file));
  sheet = (await recalculated.readSheet(result.sheet)) ?? [];
}, 300_000);

test("the report covers every kind of figure", () => {
  const paths = Object.keys(result.cells);
  for (const prefix of [
    "evaluations.",
    "sla.",
    "followups.",
    "dimensions.",
    "monitoring.",
    "trend.",
    "sla.byUrgency.",
    "resolution.byUrgency.",
    "resolution.all.",
    "resolution.byTeam.",
    "resolution.normalWorking.",
    "notReopened",
  ]) {
    expect([prefix, paths.some((p) => p.startsWith(prefix))]).toEqual([prefix, true]);
  }
  expect(result.report.monitoring.length).toBeGreaterThan(5);
  // The resolution and 未重新处理 formulas are checked on real figures, not only on blanks and zeros.
  expect(result.report.resolution.all.completed).toBeGreaterThan(50);
  expect(result.report.notReopened).toBeGreaterThan(0);
  expect(result.report.resolution.normalWorking.completed).toBeGreaterThan(10);
  expect(result.report.resolution.byTeam.length).toBeGreaterThan(2);
});

test("a median is AGGREGATE in the plan and _xlfn.AGGREGATE in the file, with the domain's value cached", async () => {
  const model = await loadPackage(readFileSync(book));
  const cell = model.sheets
    .find((s) => s.name === result.sheet)
    ?.cells.get(result.cells["resolution.all.medianHours"] ?? "");
  const [f, v] = ["f", "v"].map((name) => {
    const child = cell ? childElements(cell, name)[0] : undefined;
    return child ? textOf(child) : "";
  });
  expect(f?.startsWith("IFERROR(_xlfn.AGGREGATE(16,6,")).toBe(true);
  expect(Number(v)).toBeCloseTo(result.report.resolution.all.medianHours ?? Number.NaN, 9);
});

test("every formula cell of this month equals the domain's figure after LibreOffice recalculates", () => {
  expect(formulaMismatches(sheet, Object.entries(result.cells), result.report)).toEqual([]);
  expect(Object.keys(result.cells).length).toBeGreaterThan(100);
});

test("every formula cell of last month equals the domain's figure for last month", () => {
  expect(formulaMismatches(sheet, Object.entries(result.previousCells), result.report.previous)).toEqual([]);
});

test("the JSON is the domain report with blanks as null", () => {
  expect(result.json.month).toBe(MONTH);
  expect(result.json.evaluations.overallRate).toBe(result.report.evaluations.overallRate ?? null);
  expect(JSON.stringify(result.json)).not.toContain("undefined");
});

test("no personal data reaches the report sheet", async () => {
  const state = await readWorkbookState(await XlsxHost.load(readFileSync(book)), "zh-CN");
  const names = new Set(
    (state.tables.issues?.records ?? []).map((r) => r.customerName).filter((n): n is string => typeof n === "string"),
  );
  const host = await XlsxHost.load(readFileSync(book));
  const found = (await personalDataCells(host, names)).filter((c) => c.startsWith(result.sheet));
  expect(found).toEqual([]);
});

test("re-running the report for the same month yields the same workbook", async () => {
  const host = await XlsxHost.load(readFileSync(book));
  const before = new Map<string, unknown>();
  for (const name of await host.sheetNames()) before.set(name, await host.readSheet(name));
  const again = await report(host);
  expect(again.improvementsAdded).toBe(0);
  const reloaded = await XlsxHost.load(await host.toBuffer());
  expect(await reloaded.sheetNames()).toEqual([...before.keys()]);
  for (const name of before.keys()) expect([name, await reloaded.readSheet(name)]).toEqual([name, before.get(name)]);
}, 120_000);
