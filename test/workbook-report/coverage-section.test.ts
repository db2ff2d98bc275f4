import type { SampleCoverage } from "../../src/domain/report/sample-coverage";
import { label } from "../../src/domain/schema/types";
import { coverageSection } from "../../src/workbook/report/coverage-section";
import { column } from "../../src/workbook/report/report-formulas";

/** The coverage section's layout (issue 15): no data is a line, not a table of zeros; labels in the report language. */
const none: SampleCoverage = { recorded: false, region: [], serviceLevel: [], customerType: [], uncovered: [] };
const section = (coverage: SampleCoverage, lang: "zh-CN" | "en-US" = "zh-CN", has = true) =>
  coverageSection({
    sheet: "月报 2024-03",
    firstRow: 40,
    window: { start: "$B$6", end: "$C$6" },
    col: (table, key) => column(table === "issues" ? "IssueLog" : "EvaluationLog", key),
    has: () => has,
    coverage,
    t: (entry) => label(entry, lang),
  });
const texts = (rows: readonly (readonly unknown[])[]) => rows.flat().filter((v) => typeof v === "string");

test("a period without records: the title and one line saying nothing is recorded, no figures", () => {
  const zh = section(none);
  expect(texts(zh.rows)).toEqual([
    "样本覆盖(区域 / 服务等级 / 客户类型)",
    "本期的问题和评估未记录区域或服务等级，无法按区域、服务等级核对样本覆盖。",
  ]);
  expect(zh.cells).toEqual({});
  const en = section(none, "en-US");
  expect(texts(en.rows)).toEqual([
    "Sample coverage (region / service level / customer type)",
    "No region or service level is recorded on this period's issues and evaluations: coverage by region and service level cannot be checked.",
  ]);
});

const recorded: SampleCoverage = {
  recorded: true,
  region: [
    { value: "华东", issues: 2, evaluations: 1, rate: 0.5 },
    { value: "西北", issues: 1, evaluations: 0, rate: 0 },
  ],
  serviceLevel: [{ value: "VIP", issues: 1, evaluations: 0, rate: 0 }],
  customerType: [],
  uncovered: [
    { stratum: "region", value: "西北" },
    { stratum: "serviceLevel", value: "VIP" },
  ],
};

test("regions on the left, service levels on the right, live formulas, the uncovered strata named", () => {
  const s = section(recorded);
  // row 42: headers; 43–44: regions in A:E, VIP in G:K; the line below both
  expect(s.rows[2]?.slice(0, 5)).toEqual(["分层", "取值", "完成问题数", "有效评估数", "覆盖率"]);
  expect(s.rows[3]?.slice(0, 2)).toEqual(["区域", "华东"]);
  expect(s.rows[3]?.slice(6, 8)).toEqual(["服务等级", "VIP"]);
  expect(s.cells).toMatchObject({
    "coverage.region.0.issues": "C43",
    "coverage.region.1.rate": "E44",
    "coverage.serviceLevel.0.evaluations": "J43",
  });
  expect(JSON.stringify(s.rows[3]?.[2])).toContain("IssueLog[[#Data],[region]]");
  expect(texts(s.rows)).toContain("未覆盖(有问题、无有效评估)：区域 西北；服务等级 VIP");
  expect(s.highlights.map((h) => (h.kind === "highlight" ? h.range : ""))).toEqual(["E43:E44", "K43:K43"]);
});

test("a table without the field's column counts 0 there instead of referring to a column it lacks", () => {
  const s = section(recorded, "en-US", false);
  expect(s.rows[3]?.slice(2, 4)).toEqual([0, 0]);
  expect(Object.keys(s.cells).filter((p) => !p.endsWith(".rate"))).toEqual([]);
  expect(texts(s.rows)).toContain("Not covered (issues but no valid evaluation): Region 西北; Service level VIP");
});
