import type { KeywordExtractor } from "../../../src/domain/keywords/extract-keywords";
import type { Segmenter } from "../../../src/domain/keywords/segmenter";
import { compareHeadlines, HEADLINES } from "../../../src/domain/report/comparison";
import { latestMonthWithData, monthReport, overallRateTrend } from "../../../src/domain/report/month-report";
import type { ReportTables } from "../../../src/domain/report/report-tables";
import { toReportJson } from "../../../src/domain/report/report-json";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";

const MAR = 45351; // MAR + d = 2024-03-d
const bySpace: Segmenter = (text) => text.split(" ");
const empty: ReportTables = { issues: [], evaluations: [], followups: [], feedback: [], improvements: [] };

describe("latestMonthWithData", () => {
  it.each<[string, Partial<ReportTables>, string | undefined]>([
    ["no rows", {}, undefined],
    ["issues by receivedAt", { issues: [{ receivedAt: MAR + 3 }, { receivedAt: MAR - 40 }] }, "2024-03"],
    ["follow-ups by callDate", { followups: [{ callDate: MAR + 45, serviceDate: MAR + 90 }] }, "2024-04"],
    [
      "text dates are ignored",
      { feedback: [{ servedAt: "2025-01-01" }], evaluations: [{ serviceDate: MAR }] },
      "2024-02",
    ],
  ])("%s", (_name, tables, month) => {
    expect(latestMonthWithData({ ...empty, ...tables })).toBe(month);
  });
});

describe("toReportJson", () => {
  it("turns undefined into null deeply and keeps everything else", () => {
    const value = { a: undefined, b: [1, undefined, { c: undefined, d: "x" }], e: { f: 0, g: false } };
    expect(toReportJson(value)).toEqual({ a: null, b: [1, null, { c: null, d: "x" }], e: { f: 0, g: false } });
    expect(JSON.stringify(toReportJson(value))).toBe(
      '{"a":null,"b":[1,null,{"c":null,"d":"x"}],"e":{"f":0,"g":false}}',
    );
  });
});

describe("monthReport", () => {
  it("an empty workbook gives counts of 0 and null figures", () => {
    const report = toReportJson(monthReport(empty, DEFAULT_SETTINGS, "2024-03", bySpace, []));
    expect(report).toMatchObject({
      month: "2024-03",
      evaluations: { total: 0, valid: 0, validityRate: null, overall: null, grade: null, csat: null, coverage: null },
      monitoring: [],
      sla: { total: 0, overdue: 0, onTimeRate: null, byUrgency: { 一般: { total: 0, overdue: 0 } } },
      followups: { total: 0, needsFollowUp: 0, closed: 0, timely: 0 },
      topKeywords: [],
      recheck: { seed: "2024-03", ids: [] },
      improvements: [],
      trend: [],
    });
    expect(report.comparison.map((c) => c.key)).toEqual(HEADLINES.map((h) => h.key));
  });

  it("uses the given seed and reuses a given keyword extractor", () => {
    const feedback = Array.from({ length: 20 }, (_, i) => ({
      id: `F${String(i).padStart(2, "0")}`,
      servedAt: MAR + 2,
      score: 1,
      text: "慢",
    }));
    const calls: string[] = [];
    const keywords: KeywordExtractor = (text) => {
      calls.push(text);
      return [text];
    };
    const options = { seed: "fixed", keywords };
    const a = monthReport({ ...empty, feedback }, DEFAULT_SETTINGS, "2024-03", bySpace, [], options);
    const b = monthReport({ ...empty, feedback }, DEFAULT_SETTINGS, "2024-03", bySpace, [], options);
    expect(a.recheck.seed).toBe("fixed");
    expect(a.recheck.ids).toHaveLength(2);
    expect(b.recheck.ids).toEqual(a.recheck.ids);
    expect(a.topKeywords).toEqual([{ keyword: "慢", count: 20 }]);
    expect(calls.length).toBeGreaterThan(0);
  });

  it("rejects a month that is not YYYY-MM", () => {
    expect(() => monthReport(empty, DEFAULT_SETTINGS, "2024-3", bySpace, [])).toThrow(RangeError);
  });
});

describe("compareHeadlines", () => {
  it("change = current − previous, undefined when either is missing", () => {
    const current = monthReport(empty, DEFAULT_SETTINGS, "2024-03", bySpace, []);
    const withIssue = monthReport(
      { ...empty, issues: [{ receivedAt: MAR + 1, urgency: "紧急", completedAt: MAR + 1.5 }] },
      DEFAULT_SETTINGS,
      "2024-03",
      bySpace,
      [],
    );
    const changes = new Map(compareHeadlines(withIssue, current).map((c) => [c.key, c]));
    expect(changes.get("sla.total")).toMatchObject({ current: 1, previous: 0, change: 1, kind: "count" });
    expect(changes.get("sla.onTimeRate")).toMatchObject({ current: 1, previous: undefined, change: undefined });
  });
});

describe("overallRateTrend", () => {
  it("keeps months without evaluations after the first one", () => {
    const ev = (serviceDate: number) => ({
      customerId: "C",
      serviceDate,
      d_response: 4,
      d_attitude: 4,
      d_expertise: 5,
      d_resolution: 5,
      d_convenience: 4,
    });
    const tables = { ...empty, evaluations: [ev(MAR - 45), ev(MAR + 2)] }; // 2024-01 and 2024-03
    const trend = overallRateTrend(tables, DEFAULT_SETTINGS, "2024-03", 6);
    expect(trend.map((p) => [p.month, p.valid])).toEqual([
      ["2024-01", 1],
      ["2024-02", 0],
      ["2024-03", 1],
    ]);
    expect(trend[1]?.overallRate).toBeUndefined();
  });
});
