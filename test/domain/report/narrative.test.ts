import { readFileSync } from "node:fs";
import { join } from "node:path";
import { reportNarrative, type ReportFigures } from "../../../src/domain/report/narrative";
import type { Lang } from "../../../src/domain/schema/types";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";

/** The summary paragraphs (000 §2.4 style) of two demo months: February has two low-score dimensions, March none. */
const report = (month: string): ReportFigures =>
  JSON.parse(readFileSync(join(__dirname, "../../fixtures/narrative", `${month}.json`), "utf8")) as ReportFigures;
const narrative = (month: string, lang: Lang, minSample = 5) =>
  reportNarrative(report(month), { lang, dimensions: DEFAULT_SETTINGS.dimensions, minSample, lowRate: 0.7 });

test("2024-02 zh-CN golden text", () => {
  expect(narrative("2024-02", "zh-CN")).toEqual([
    "2024年2月共收到满意度评估218份，有效195份(有效率89.4%)，样本覆盖率67.2%；受理问题305件，按时处理率66.3%。",
    "本月服务总体满意度得分3.62分(得分率72.4%，待改进)，较上月下降0.8个百分点。其中“响应速度”维度得分2.92分(得分率58.5%)、“服务便捷性”维度得分3.30分(得分率65.9%)，低于70%，为低分维度；客户反馈的高频问题为“响应慢”(17次)、“二次上门”(16次)、“很快”(16次)。",
    "建议由客服部负责改进“响应速度”(低分维度)，2024年3月31日前完成；由客服部负责改进“服务便捷性”(低分维度)，2024年3月31日前完成；由客服部负责改进“响应慢”(高频问题)，2024年3月31日前完成；另有92项措施见改进清单。",
  ]);
});

test("2024-02 en-US golden text", () => {
  expect(narrative("2024-02", "en-US")).toEqual([
    "In 2024-02, 218 satisfaction evaluations were received, 195 valid (validity 89.4%), a sample coverage of 67.2%; 305 issues were received, 66.3% handled on time.",
    'The overall satisfaction score is 3.62 of 5 (72.4%, needs improvement), down 0.8 percentage points on last month. "Responsiveness" at 2.92 (58.5%) and "Convenience" at 3.30 (65.9%) are below 70%; customers most often mention "响应慢" (17), "二次上门" (16), "很快" (16).',
    'Suggested: 客服部 to address the low-score dimension "Responsiveness" by 2024-03-31; 客服部 to address the low-score dimension "Convenience" by 2024-03-31; 客服部 to address the frequent problem "响应慢" by 2024-03-31; 92 more measures are in the improvement plan.',
  ]);
});

test("2024-03 zh-CN golden text", () => {
  expect(narrative("2024-03", "zh-CN")).toEqual([
    "2024年3月共收到满意度评估67份，有效60份(有效率89.6%)，样本覆盖率20.5%；受理问题327件，按时处理率67.4%。",
    "本月服务总体满意度得分4.15分(得分率83.0%，良好)，较上月上升10.6个百分点。各维度得分率均不低于70%，最低为“响应速度”维度得分3.87分(得分率77.3%)；客户反馈的高频问题为“二次上门”(9次)、“失望”(9次)、“配件”(8次)。",
    "建议由客服部负责改进“二次上门”(高频问题)，2024年4月30日前完成；由客服部负责改进“失望”(高频问题)，2024年4月30日前完成；由客服部负责改进“配件”(高频问题)，2024年4月30日前完成；另有97项措施见改进清单。",
  ]);
});

test("2024-03 en-US golden text", () => {
  expect(narrative("2024-03", "en-US")).toEqual([
    "In 2024-03, 67 satisfaction evaluations were received, 60 valid (validity 89.6%), a sample coverage of 20.5%; 327 issues were received, 67.4% handled on time.",
    'The overall satisfaction score is 4.15 of 5 (83.0%, good), up 10.6 percentage points on last month. No dimension is below 70%; the lowest is "Responsiveness" at 3.87 (77.3%); customers most often mention "二次上门" (9), "失望" (9), "配件" (8).',
    'Suggested: 客服部 to address the frequent problem "二次上门" by 2024-04-30; 客服部 to address the frequent problem "失望" by 2024-04-30; 客服部 to address the frequent problem "配件" by 2024-04-30; 97 more measures are in the improvement plan.',
  ]);
});

/** Every number the text holds, recomputed from the JSON here (rates as % to 1 decimal, scores to 2). */
function numbersFromJson(r: ReportFigures): Set<string> {
  const e = r.evaluations;
  const pct = (x: number | null) => (x === null ? [] : [(x * 100).toFixed(1)]);
  const before = r.previous.evaluations.overallRate;
  const change = e.overallRate === null || before === null ? [] : [Math.abs((e.overallRate - before) * 100).toFixed(1)];
  const dates = r.improvements.slice(0, 3).flatMap((m) => {
    const d = new Date(Date.UTC(1899, 11, 30) + m.dueDate * 86_400_000);
    return [String(d.getUTCFullYear()), String(d.getUTCMonth() + 1), String(d.getUTCDate())];
  });
  const [y, mo] = r.month.split("-");
  return new Set([
    String(e.total),
    String(e.valid),
    ...pct(e.validityRate),
    ...pct(e.coverage),
    String(r.sla.total),
    ...pct(r.sla.onTimeRate),
    e.overall === null ? "" : e.overall.toFixed(2),
    ...pct(e.overallRate),
    ...change,
    ...e.dimensions.flatMap((d) => [d.mean === null ? "" : d.mean.toFixed(2), ...pct(d.rate)]),
    ...r.topKeywords.slice(0, 3).map((k) => String(k.count)),
    "70",
    "5",
    String(r.improvements.length - 3),
    ...dates,
    String(y),
    String(Number(mo)),
    String(mo),
  ]);
}

test.each(["2024-02", "2024-03"].flatMap((m) => (["zh-CN", "en-US"] as const).map((l) => [m, l] as const)))(
  "every number in the %s %s narrative is a figure of the report JSON",
  (month, lang) => {
    const r = report(month);
    const text = narrative(month, lang).join("\n");
    const expected = numbersFromJson(r);
    const found = [
      ...text.replace(/\d{4}-\d{2}-\d{2}/g, (d) => d.split("-").map(Number).join(" ")).matchAll(/\d+(?:\.\d+)?/g),
    ]
      .map((m) => m[0])
      .filter((n) => !r.topKeywords.some((k) => k.keyword.includes(n)));
    expect(found.filter((n) => !expected.has(n))).toEqual([]);
    const e = r.evaluations;
    expect(text).toContain(`${((e.overallRate ?? 0) * 100).toFixed(1)}%`);
    expect(text).toContain((e.overall ?? 0).toFixed(2));
  },
);

test("a month with too few valid evaluations has no grade: 样本不足", () => {
  const zh = narrative("2024-03", "zh-CN", 1000).join("");
  expect(zh).toContain("样本不足");
  expect(zh).not.toContain("良好");
  expect(narrative("2024-03", "en-US", 1000).join("")).toContain("too few evaluations for a grade");
});

test("the zh-CN narrative has no English and the en-US one no Chinese outside user words", () => {
  for (const month of ["2024-02", "2024-03"]) {
    const r = report(month);
    const user = [...r.topKeywords.map((k) => k.keyword), ...r.improvements.flatMap((m) => [m.subject, m.ownerDept])];
    const strip = (t: string) => user.reduce((rest, u) => rest.split(u).join(" "), t);
    expect(
      narrative(month, "zh-CN")
        .map(strip)
        .filter((t) => /[A-Za-z]/.test(t)),
    ).toEqual([]);
    expect(
      narrative(month, "en-US")
        .map(strip)
        .filter((t) => /[\u3400-\u9fff]/.test(t)),
    ).toEqual([]);
  }
});

test.each([
  ["2024-W10", "zh-CN", "2024年第10周共收到", "本周服务总体满意度", "较上周"],
  ["2024Q1", "zh-CN", "2024年第1季度共收到", "本季度服务总体满意度", "较上季度"],
  ["2024-03-01~2024-03-15", "zh-CN", "2024年3月1日至2024年3月15日共收到", "本期服务总体满意度", "较上期"],
  ["2024-W10", "en-US", "In 2024-W10,", "The overall satisfaction", "on last week"],
  [
    "2024-03-01~2024-03-15",
    "en-US",
    "In 2024-03-01 to 2024-03-15,",
    "The overall satisfaction",
    "on the previous period",
  ],
] as const)("a %s report in %s names its own period, never 本月", (period, lang, opening, score, versus) => {
  // The March figures under another period's key: only the words change.
  const r = { ...report("2024-03"), month: period };
  const text = reportNarrative(r, { lang, dimensions: DEFAULT_SETTINGS.dimensions, minSample: 5, lowRate: 0.7 });
  expect(text[0]?.startsWith(opening)).toBe(true);
  expect(text[1]?.startsWith(score)).toBe(true);
  expect(text[1]).toContain(versus);
  expect(text.join("")).not.toMatch(/本月|上月|last month/u);
});

test("a one-team report names its team with the period (issue 15)", () => {
  const options = { dimensions: DEFAULT_SETTINGS.dimensions, minSample: 5, lowRate: 0.7, team: "电话客服部" };
  expect(reportNarrative(report("2024-03"), { ...options, lang: "zh-CN" })[0]).toMatch(
    /^2024年3月，电话客服部共收到满意度评估67份/u,
  );
  expect(reportNarrative(report("2024-03"), { ...options, lang: "en-US" })[0]).toMatch(
    /^In 2024-03 \(电话客服部\), 67 satisfaction evaluations were received/u,
  );
});
