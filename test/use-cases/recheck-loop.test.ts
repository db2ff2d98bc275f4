/**
 * Closing the loop (issue 15 item 3): the March report re-checks the measures drafted in January (复评日期 in
 * March), fills 复评结果 with the figure before → after and a verdict, and leaves a person's own 复评结果 as typed.
 *
 * Serials: 2024-01-01 = 45292, 2024-03-01 = 45352, 2024-04-01 = 45383.
 */
import type { RecordRow } from "../../src/domain/schema/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { generateReport } from "../../src/use-cases/generate-report";
import { readWorkbookState } from "../../src/use-cases/read-workbook";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";

const JAN = 45291; // JAN + d = 2024-01-d
const MAR = 45351; // MAR + d = 2024-03-d
const segmenter = async () => (text: string) => text.split(/\s+/);

const evaluation = (id: string, day: number, scores: [number, number, number, number, number]): RecordRow => ({
  id,
  customerId: `C${id}`,
  customerType: "个人",
  serviceType: "维修",
  serviceDate: day,
  method: "电话回访",
  d_response: scores[0],
  d_attitude: scores[1],
  d_expertise: scores[2],
  d_resolution: scores[3],
  d_convenience: scores[4],
});

const evaluations: RecordRow[] = [
  // January: 问题解决效果 (3 + 3) / 2 = 3 → 60.0%; 服务态度 (4 + 4) / 2 → 80.0%.
  evaluation("E1", JAN + 15, [4, 4, 4, 3, 5]),
  evaluation("E2", JAN + 16, [5, 4, 4, 3, 4]),
  // March: 问题解决效果 (4 + 4) / 2 = 4 → 80.0% ≥ 70%: recovered.
  evaluation("E3", MAR + 10, [4, 4, 5, 4, 5]),
  evaluation("E4", MAR + 11, [5, 4, 4, 4, 3]),
];

const issue = (id: string, at: number): RecordRow => ({
  id,
  receivedAt: at,
  team: "售后支持组",
  stage: "维修",
  channel: "电话",
  category: "物流配送",
  urgency: "重大",
});
// One 重大 物流配送 complaint of 售后支持组 in January and one again in March: not improved.
const issues = [issue("2024-SVC-001", JAN + 10.5), issue("2024-SVC-002", MAR + 5.5)];

const due = MAR + 29; // EDATE(2024-02-29, 1) = 2024-03-29
const improvements: RecordRow[] = [
  {
    id: "IMP-202401-01",
    month: "2024-01",
    origin: "低分维度",
    problem: "问题解决效果得分率 60.0%，低于 70%",
    evidence: "问题解决效果 得分率 60.0% < 70%",
    ownerDept: "客服部",
    dueDate: MAR - 1,
    status: "已完成",
    recheckDate: due,
  },
  {
    id: "IMP-202401-02",
    month: "2024-01",
    origin: "低分维度",
    problem: "服务态度得分率 65.0%，低于 70%",
    evidence: "服务态度 得分率 65.0% < 70%",
    status: "已完成",
    recheckDate: due,
    recheckResult: "已回访3位客户，均表示满意",
  },
  {
    id: "IMP-202401-03",
    month: "2024-01",
    origin: "重大投诉",
    problem: "重大投诉 售后支持组 物流配送：本月 1 条",
    evidence: "售后支持组/物流配送 紧急程度 重大 1 条：2024-SVC-001",
    status: "进行中",
    recheckDate: due,
  },
  // Due in April: not re-checked by the March report.
  {
    id: "IMP-202402-01",
    month: "2024-02",
    origin: "低分维度",
    problem: "问题解决效果得分率 60.0%，低于 70%",
    evidence: "问题解决效果 得分率 60.0% < 70%",
    recheckDate: MAR + 31 + 29,
  },
  // A person's own measure: nothing to measure, a person re-checks it.
  { id: "IMP-202401-04", month: "2024-01", origin: "人工添加", problem: "培训", recheckDate: due },
];

async function book(): Promise<XlsxHost> {
  const host = XlsxHost.create();
  await setUpWorkbook(host, {
    lang: "zh-CN",
    seed: { tables: { issues, evaluations, followups: [], feedback: [], improvements }, holidays: [] },
  });
  return XlsxHost.load(await host.toBuffer());
}

const recheckResults = async (host: XlsxHost) =>
  (await readWorkbookState(host, "zh-CN")).tables.improvements?.records.map((r) => [r["id"], r["recheckResult"]]);

test("the March report fills 复评结果 of January's drafts, keeps a person's text, lists the measures due", async () => {
  const host = await book();
  const result = await generateReport(host, { month: "2024-03", lang: "zh-CN", loadSegmenter: segmenter });
  const written = (await recheckResults(host))?.slice(0, 5);
  expect(written).toEqual([
    ["IMP-202401-01", "问题解决效果 得分率 60.0% → 80.0%，已改善"],
    ["IMP-202401-02", "已回访3位客户，均表示满意"], // a person's text: untouched
    ["IMP-202401-03", "售后支持组 物流配送 重大投诉 1 条 → 1 条，未改善"],
    ["IMP-202402-01", undefined], // due in April
    ["IMP-202401-04", undefined], // 人工添加: no figure to measure
  ]);
  expect(result.report.rechecks.map((r) => [r.id, r.verdict, r.shown])).toEqual([
    ["IMP-202401-01", "已改善", "问题解决效果 得分率 60.0% → 80.0%，已改善"],
    // 服务态度 is at 80.0% in March: the verdict is reported, the person's text is what the plan shows.
    ["IMP-202401-02", "已改善", "已回访3位客户，均表示满意"],
    ["IMP-202401-03", "未改善", "售后支持组 物流配送 重大投诉 1 条 → 1 条，未改善"],
    ["IMP-202401-04", undefined, undefined],
  ]);
  const sheet = (await host.readSheet(result.sheet)) ?? [];
  const listed = sheet.filter((row) => typeof row[0] === "string" && row[0].startsWith("IMP-2024"));
  expect(listed.map((row) => [row[0], row[2]])).toEqual([
    ["IMP-202401-01", "问题解决效果 得分率 60.0% → 80.0%，已改善"],
    ["IMP-202401-02", "已回访3位客户，均表示满意"],
    ["IMP-202401-03", "售后支持组 物流配送 重大投诉 1 条 → 1 条，未改善"],
    ["IMP-202401-04", undefined],
  ]);
});

test("a measure with no data in the re-check month: 无数据; re-running changes nothing", async () => {
  const host = await book();
  await generateReport(host, { month: "2024-03", lang: "zh-CN", loadSegmenter: segmenter });
  const first = await recheckResults(host);
  await generateReport(host, { month: "2024-03", lang: "zh-CN", loadSegmenter: segmenter });
  expect(await recheckResults(host)).toEqual(first);

  const april = await book();
  // The 02 draft is re-checked in April, which has no evaluation.
  const result = await generateReport(april, { month: "2024-04", lang: "zh-CN", loadSegmenter: segmenter });
  expect(result.report.rechecks.map((r) => r.shown)).toEqual(["问题解决效果 得分率 — → —，无数据"]);
});
