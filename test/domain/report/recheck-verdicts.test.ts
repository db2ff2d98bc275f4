import type { KeywordExtractor } from "../../../src/domain/keywords/extract-keywords";
import { draftOf, MetricSource } from "../../../src/domain/report/draft-metric";
import { recheckItems } from "../../../src/domain/report/recheck-verdicts";
import type { RecordRow } from "../../../src/domain/schema/types";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";

const JAN = 45291; // JAN + d = 2024-01-d
const MAR = 45351; // MAR + d = 2024-03-d
const words: KeywordExtractor = (text) => [...new Set(text.split(" "))];
const GROUP = { team: "A组", stage: "维修", channel: "电话" };

const draft = (origin: string, evidence: string): RecordRow => ({
  month: "2024-01",
  origin,
  evidence,
  recheckDate: MAR + 29,
});

function results(tables: { issues?: RecordRow[]; feedback?: RecordRow[] }, rows: RecordRow[]) {
  const all = { issues: [], evaluations: [], followups: [], feedback: [], improvements: rows, ...tables };
  return recheckItems(rows, "2024-03", new MetricSource(all, DEFAULT_SETTINGS, words)).map((r) => r.result);
}

test("高频问题: the keyword's share of the month's negative feedback, below 10% is improved", () => {
  const negative = (day: number, text: string) => ({ servedAt: day, score: 2, text });
  const feedback = [
    // January: 响应慢 in 2 of 4 negative rows = 50.0%.
    ...["响应慢", "响应慢 态度差", "态度差", "贵"].map((t, i) => negative(JAN + 10 + i, t)),
    // March: 1 of 10 = 10.0%, not below 10%: not improved.
    ...["响应慢", ...Array.from({ length: 9 }, () => "贵")].map((t, i) => negative(MAR + 2 + i, t)),
    { servedAt: MAR + 3, score: 5, text: "响应慢" }, // not negative
  ];
  expect(results({ feedback }, [draft("高频问题", "响应慢 出现于 2/4 条负面反馈（50.0%）≥ 10%")])).toEqual([
    "「响应慢」占负面反馈 50.0% → 10.0%，未改善",
  ]);
});

test("指标未达标: the group's figure against its target; a group gone in the month has no data", () => {
  const issue = (day: number, seconds: number, group = GROUP) => ({
    ...group,
    receivedAt: day,
    firstResponseAt: day + seconds / 86400,
  });
  // January 30 s and March 12 s mean response on 电话 (target 15 s).
  const issues = [issue(JAN + 5, 20), issue(JAN + 6, 40), issue(MAR + 5, 10), issue(MAR + 6, 14)];
  const rows = [
    draft("指标未达标", "A组/维修/电话/平均响应时长 实际 30.0 秒 > 目标 15 秒"),
    draft("指标未达标", "B组/维修/-/一次性解决率 实际 50.0% < 目标 85%"),
  ];
  expect(results({ issues }, rows)).toEqual([
    "A组 维修 电话 平均响应时长 30.0 秒 → 12.0 秒，已改善",
    "B组 维修 - 一次性解决率 — → —，无数据",
  ]);
});

test("共性问题: the category × product's issues of the month, fewer than 3 is improved; a / in the product", () => {
  const issue = (day: number) => ({ receivedAt: day, category: "技术支持", product: "空调 KFR-35GW/BP3" });
  const issues = [JAN + 3, JAN + 4, JAN + 5, JAN + 6, MAR + 2, MAR + 3].map(issue);
  expect(results({ issues }, [draft("共性问题", "技术支持/空调 KFR-35GW/BP3 本月 4 条问题 ≥ 3")])).toEqual([
    "空调 KFR-35GW/BP3 技术支持问题 4 条 → 2 条，已改善",
  ]);
});

test("draftOf reads origin and subject back from 依据; a rewritten 依据 or a manual row has none", () => {
  expect(draftOf({ origin: "低分维度", evidence: "服务态度 得分率 60.0% < 70%" })).toEqual({
    origin: "低分维度",
    subject: "服务态度",
  });
  expect(draftOf({ origin: "低分维度", evidence: "客户反映态度差" })).toBeUndefined();
  expect(draftOf({ origin: "人工添加", evidence: "服务态度 得分率 60.0%" })).toBeUndefined();
});
