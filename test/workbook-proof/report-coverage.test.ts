import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import type { CellValue } from "../../src/domain/schema/types";
import { periodRange } from "../../src/domain/report/period";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { cellAddress } from "../../src/workbook/a1";
import type { ReportResult } from "../../src/use-cases/generate-report";
import { generateReport } from "../../src/use-cases/generate-report";
import { recalculate } from "../support/libreoffice";
import { formulaMismatches } from "../support/report-figures";

/**
 * The sample-coverage section's live formulas against the domain (issue 15 item 4): the 2024-03 report of a demo
 * workbook, with some 区域 and 服务等级 cells typed over with values that COUNTIFS would read as a wildcard, a
 * comparison or another case, is recalculated by LibreOffice, and every coverage cell must equal the domain's
 * figure. A workbook set up before 区域 and 服务等级 existed gets the report with a line saying they are not recorded.
 */
const MONTH = "2024-03";
const MARCH = periodRange(MONTH);
const FIXTURE = join(__dirname, "../fixtures/upgrade/before-region.xlsx");
const dir = mkdtempSync(join(tmpdir(), "sqd-coverage-"));

async function reportAndRecalculate(file: string, edit?: (host: XlsxHost) => Promise<void>) {
  const host = await XlsxHost.load(readFileSync(file));
  await edit?.(host);
  const result = await generateReport(host, { month: MONTH, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
  writeFileSync(file, await host.toBuffer());
  const recalculated = await XlsxHost.load(readFileSync(recalculate(file).file));
  return { result, sheet: (await recalculated.readSheet(result.sheet)) ?? [] };
}

/**
 * Types `values` into a column (by header) of the rows that count in the report month — issues completed in it,
 * valid evaluations served in it — as a person would.
 */
async function typeInto(host: XlsxHost, sheet: string, header: string, values: readonly string[]) {
  const rows = (await host.readSheet(sheet)) ?? [];
  const head = rows[0] ?? [];
  const col = head.indexOf(header);
  const date = head.indexOf(sheet === "问题记录" ? "实际完成时间" : "服务日期");
  const validity = head.indexOf("有效性");
  const counted = rows.flatMap((r, i) => {
    const at = r[date];
    const inMonth = typeof at === "number" && at >= MARCH.start && at < MARCH.end;
    return inMonth && (validity < 0 || r[validity] === "有效") ? [i] : [];
  });
  expect(counted.length).toBeGreaterThanOrEqual(values.length);
  await host.apply({
    lang: "zh-CN",
    ops: values.map((value, k) => ({
      kind: "cells" as const,
      sheet,
      origin: cellAddress((counted[k] ?? 0) + 1, col + 1),
      rows: [[value]],
    })),
  });
}

describe("a demo workbook with awkward strata", () => {
  let result: ReportResult;
  let sheet: readonly (readonly CellValue[])[];

  beforeAll(async () => {
    const book = join(dir, "demo.xlsx");
    await runInit({ file: book, lang: "zh-CN", demo: { issues: 300, seed: "demo" } });
    ({ result, sheet } = await reportAndRecalculate(book, async (host) => {
      await typeInto(host, "问题记录", "区域", ["华*", "~西南", ">华北", "华东", "华东 "]);
      await typeInto(host, "问题记录", "服务等级", ["vip", "=VIP"]);
      await typeInto(host, "满意度评估", "区域", ["华*", "华?"]);
      await typeInto(host, "满意度评估", "服务等级", ["Vip"]);
    }));
  }, 300_000);

  test("every coverage cell equals the domain's figure after LibreOffice recalculates", () => {
    const coverage = Object.entries(result.cells).filter(([path]) => path.startsWith("coverage."));
    expect(formulaMismatches(sheet, coverage, result.report)).toEqual([]);
    // regions, service levels and customer types, each with issues, evaluations and a rate
    expect(coverage.length).toBeGreaterThanOrEqual(3 * (6 + 2 + 2));
  });

  test("the typed values are strata of their own, and case does not split VIP", () => {
    const regions = result.report.coverage.region.map((s) => s.value);
    expect(regions).toEqual(expect.arrayContaining(["华*", "~西南", ">华北", "华东 ", "华?"]));
    const levels = result.report.coverage.serviceLevel.map((s) => s.value);
    expect(levels.filter((v) => v.toLowerCase() === "vip")).toHaveLength(1);
    expect(levels).toContain("=VIP");
  });

  test("the demo leaves 西北 uncovered, and the report's line names it", () => {
    const xibei = result.report.coverage.region.find((s) => s.value === "西北");
    expect(xibei?.issues).toBeGreaterThan(0);
    expect(xibei?.evaluations).toBe(0);
    const line = sheet.flat().find((v) => typeof v === "string" && v.startsWith("未覆盖"));
    expect(line).toMatch(/^未覆盖\(有问题、无有效评估\)：区域 .*西北/);
  });
});

test("a workbook set up before 区域 and 服务等级: the report says they are not recorded", async () => {
  const book = join(dir, "before.xlsx");
  copyFileSync(FIXTURE, book);
  const { result, sheet } = await reportAndRecalculate(book);
  expect(result.report.coverage.recorded).toBe(false);
  expect(result.report.coverage.region).toEqual([]);
  const texts = sheet.flat().filter((v): v is string => typeof v === "string");
  expect(texts).toContain("本期的问题和评估未记录区域或服务等级，无法按区域、服务等级核对样本覆盖。");
  expect(texts).not.toContain("区域");
  // the customer types are still counted, by live formulas that hold
  const coverage = Object.entries(result.cells).filter(([path]) => path.startsWith("coverage."));
  expect(coverage.map(([path]) => path.split(".")[1])).toEqual(expect.arrayContaining(["customerType"]));
  expect(formulaMismatches(sheet, coverage, result.report)).toEqual([]);
  expect(texts.filter((t) => t.startsWith("#"))).toEqual([]);
}, 300_000);
