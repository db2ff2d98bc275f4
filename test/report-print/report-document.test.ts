import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import type { CellValue, Lang } from "../../src/domain/schema/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import type { ReportResult } from "../../src/use-cases/generate-report";
import { generateReport } from "../../src/use-cases/generate-report";
import { printReport, type PrintedReport } from "../support/report-pdf";

/**
 * The demo month's report as a document: printed by LibreOffice to PDF it fits on 3 A4 pages, no table is split from
 * its header, and its text is in the report's language (issue 14). Page images go to artifacts/report-print/<lang>.
 */
const MONTH = "2024-03";
const dir = mkdtempSync(join(tmpdir(), "sqd-report-print-"));

interface Built {
  readonly result: ReportResult;
  readonly sheet: readonly (readonly CellValue[])[];
  /** Every text in the workbook's other sheets: records, lists and settings (user data and list values). */
  readonly userTexts: readonly string[];
  readonly printed?: PrintedReport;
}

async function build(lang: Lang, print: boolean): Promise<Built> {
  const book = join(dir, `${lang}.xlsx`);
  await runInit({ file: book, lang, demo: { issues: 1000, seed: "report-proof" } });
  const host = await XlsxHost.load(readFileSync(book));
  const result = await generateReport(host, { month: MONTH, lang, loadSegmenter: loadJiebaSegmenter });
  writeFileSync(book, await host.toBuffer());
  const userTexts: string[] = [];
  for (const name of await host.sheetNames()) {
    if (name === result.sheet) continue;
    for (const row of (await host.readSheet(name)) ?? [])
      for (const v of row) if (typeof v === "string") userTexts.push(v);
  }
  const images = resolve(__dirname, "../../artifacts/report-print", lang);
  const printed = print ? await printReport(book, result.sheet, images) : undefined;
  return { result, sheet: (await host.readSheet(result.sheet)) ?? [], userTexts, printed };
}

let zh: Built;
let en: Built;

beforeAll(async () => {
  zh = await build("zh-CN", true);
  en = await build("en-US", false);
}, 600_000);

/** The report's texts with every user text and extracted keyword taken out. */
function ownTexts(b: Built): string[] {
  const r = b.result.report;
  const allowed = [
    ...b.userTexts,
    ...r.topKeywords.map((k) => k.keyword),
    ...r.topSuggestions.map((k) => k.keyword),
    ...r.monitoring.flatMap((m) => m.keywords),
    ...r.improvements.flatMap((m) => [m.subject, m.ownerDept]),
    ...r.monitoring.flatMap((m) => (m.owner ? [m.owner] : [])),
  ]
    .filter((s) => s.length > 0)
    .sort((a, b2) => b2.length - a.length);
  return b.sheet.flatMap((row) =>
    row.flatMap((v) => {
      if (typeof v !== "string") return [];
      let rest = v;
      for (const a of allowed) if (rest.includes(a)) rest = rest.split(a).join(" ");
      return [rest];
    }),
  );
}

test("the demo month prints on at most 3 A4 pages", () => {
  expect(zh.printed?.pages).toBeGreaterThanOrEqual(1);
  expect(zh.printed?.pages).toBeLessThanOrEqual(3);
  expect(zh.printed?.images.length).toBe(zh.printed?.pages);
});

test("no table is printed apart from its header", () => {
  const pages = zh.printed?.pageTexts ?? [];
  const pageOf = (text: string) => pages.findIndex((p) => p.includes(text));
  const r = zh.result.report;
  const lastMonitoring = r.monitoring.length - 1;
  const tables: [string, string[]][] = [
    ["二、核心指标", ["总得分率", "样本覆盖率", "回访及时"]],
    ["三、维度得分", r.evaluations.dimensions.map((d) => d.label)],
    ["紧急程度", ["一般", "紧急", "重大"]],
    ["监测周期", [r.monitoring[lastMonitoring]?.team ?? "?"]],
    ["客户建议前三", r.topSuggestions.map((s) => s.keyword)],
    ["八、月度趋势", r.trend.map((p) => p.month)],
    ["九、电话复核抽样", [r.recheck.ids[r.recheck.ids.length - 1] ?? "?"]],
  ];
  for (const [header, body] of tables) {
    const page = pageOf(header);
    expect([header, page >= 0]).toEqual([header, true]);
    for (const text of body) {
      const on = pages.map((p, i) => (p.includes(text) ? i : -1)).filter((i) => i >= page);
      expect([header, text, on[0]]).toEqual([header, text, page]);
    }
  }
  // Every monitoring row lands on the page of the monitoring header.
  const monitoringPage = pages[pageOf("监测周期")] ?? "";
  expect(monitoringPage.split(MONTH).length - 1).toBeGreaterThanOrEqual(r.monitoring.length);
});

test("the en-US report has no Chinese outside list values and user data", () => {
  const chinese = ownTexts(en).filter((t) => /[\u3400-\u9fff\uff00-\uffef]/.test(t));
  expect(chinese).toEqual([]);
  expect(ownTexts(en).some((t) => t.includes("Service quality report"))).toBe(true);
});

test("the zh-CN report has no English outside user data", () => {
  const english = ownTexts(zh).filter((t) => /[A-Za-z]{2,}/.test(t));
  expect(english).toEqual([]);
  expect(ownTexts(zh).some((t) => t.includes("服务质量月报"))).toBe(true);
});

test("no technical seed is printed", () => {
  const pages = (zh.printed?.pageTexts ?? []).join("\n");
  expect(pages).not.toContain("抽样种子");
  expect(pages).not.toContain("图表值");
  expect(pages).toContain("第 1 页，共");
});
