/**
 * Issue 15's acceptance on the number of drafts: the demo's March and a 5,000-ticket month each add at most
 * Settings maxDrafts (10) new drafts to the improvement plan, every one with its evidence, and the rest are
 * summarized. Before issue 15 they added 47 and 1,812.
 */
import { generateDemoData } from "../../../src/demo/demo-data";
import { DEMO_ISSUES } from "../../../src/demo/demo-seed";
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";
import { mergeImprovementDrafts, monthReport } from "../../../src/domain/report";
import { listSpec } from "../../../src/domain/schema/lists";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";

const segmenter = loadJiebaSegmenter(listSpec("lexicon").values);
const stopWords = listSpec("stopWords").values;

function draftsOf(issues: number, months: number, month: string) {
  const data = generateDemoData({ issues, seed: "demo", months });
  const settings = { ...DEFAULT_SETTINGS, holidays: data.holidays };
  const report = monthReport(data, settings, month, segmenter, stopWords);
  const merged = mergeImprovementDrafts(data.improvements, report.improvements, month, { maxNew: 10 });
  return { report, merged };
}

test("demo March: at most 10 new drafts, each with evidence, the rest summarized", () => {
  const { report, merged } = draftsOf(DEMO_ISSUES, 3, "2024-03");
  expect(report.improvementPlan.added).toBe(merged.added.length);
  expect(merged.added.length).toBeGreaterThan(0);
  expect(merged.added.length).toBeLessThanOrEqual(10);
  for (const row of merged.added) expect(String(row["evidence"] ?? "").length).toBeGreaterThan(10);
  const omitted = report.improvementPlan.omitted.reduce((n, o) => n + o.count, 0);
  expect(report.improvementPlan.added + report.improvementPlan.known + omitted).toBe(report.improvements.length);
});

test("a 5,000-ticket month: at most 10 new drafts, highest impact first", () => {
  const { report, merged } = draftsOf(5000, 1, "2024-01");
  expect(merged.added.length).toBe(10);
  const impacts = report.improvements.map((d) => d.impact);
  expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
  const added = new Set(merged.added.map((r) => r["evidence"]));
  const addedImpacts = report.improvements.filter((d) => added.has(d.evidence)).map((d) => d.impact);
  expect(Math.min(...addedImpacts)).toBeGreaterThanOrEqual(Math.max(...impacts.slice(10)));
}, 120_000);
