/**
 * Hand-checked golden month report (issue 4, DOMAIN.md §2–§7): a small workbook written out below, and every
 * figure of the 2024-03 report worked out by hand in the comments. Nothing expected here is computed with the code
 * under test. Rates are compared to 12 decimals where they are not exact binary fractions.
 *
 * Calendar: 2024-03-01 (serial 45352) is a Friday; Mondays in March are the 4th, 11th, 18th, 25th. No holidays.
 * Settings: the defaults, except highFrequencyShare = 30% (so that a keyword said once in 6 is not frequent),
 * minGroupIssues = 3 (so that this small month still has target misses to draft) and maxDrafts = 6.
 * Default weights: core (专业能力, 问题解决效果) 0.6 / 2 = 0.3 each; auxiliary (响应速度, 服务态度, 服务便捷性)
 * 0.4 / 3 each.
 */
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";
import {
  latestMonthWithData,
  mergeImprovementDrafts,
  monthReport,
  toReportJson,
  type MonthReport,
} from "../../../src/domain/report";
import { resolutionFigures } from "../../../src/domain/report/resolution-figures";
import { listSpec } from "../../../src/domain/schema/lists";
import type { RecordRow } from "../../../src/domain/schema/types";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";

const FEB = 45322; // FEB + d = 2024-02-d
const MAR = 45351; // MAR + d = 2024-03-d
const APR = 45382; // APR + d = 2024-04-d
const t = (h: number, m = 0, s = 0) => (h * 3600 + m * 60 + s) / 86400;

const ONLINE = { team: "在线客服部", stage: "售前咨询", channel: "在线客服" };
const PHONE = { team: "电话客服部", stage: "维修", channel: "电话" };
const VISIT = { team: "上门服务组", stage: "维修", channel: "上门服务" };
const COMPLAINT = { team: "电话客服部", stage: "投诉处理" }; // channel left blank

const issues: RecordRow[] = [
  // I1 一般, Mon 03-04 09:00, due Thu 03-07 09:00, done 03-06 10:00 → 否. Response 20 s.
  {
    id: "2024-SVC-001",
    receivedAt: MAR + 4 + t(9),
    ...ONLINE,
    customerId: "C20240304001",
    customerType: "个人",
    product: "空调A",
    category: "产品质量",
    urgency: "一般",
    firstResponseAt: MAR + 4 + t(9, 0, 20),
    completedAt: MAR + 6 + t(10),
    firstContactResolved: "是",
    suggestion: "上门提醒",
    satisfaction: 2, // 不满意, yet 已完成: not reopened
    status: "已完成",
  },
  // I2 紧急, Tue 03-05 10:00, due 03-06 10:00, done 03-06 12:00 → 是. Response 40 s.
  {
    id: "2024-SVC-002",
    receivedAt: MAR + 5 + t(10),
    ...ONLINE,
    customerId: "C20240305001",
    customerType: "企业",
    product: "空调A",
    category: "产品质量",
    urgency: "紧急",
    firstResponseAt: MAR + 5 + t(10, 0, 40),
    completedAt: MAR + 6 + t(12),
    firstContactResolved: "否",
    suggestion: "夜间客服！夜间客服",
    satisfaction: 3, // 不满意 (≤ 3), yet 已关闭: not reopened
    status: "已关闭",
  },
  // I3 一般, Wed 03-06 14:00, due Thu, Fri, Mon → 03-11 14:00; open, as of 04-01 → 是. Response 30 s.
  {
    id: "2024-SVC-003",
    receivedAt: MAR + 6 + t(14),
    ...ONLINE,
    customerId: "C20240304001",
    customerType: "个人",
    product: "空调A",
    category: "产品质量",
    urgency: "一般",
    firstResponseAt: MAR + 6 + t(14, 0, 30),
    satisfaction: 1, // 不满意 and back to 处理中: reopened as it should be
    status: "处理中",
  },
  // I4 重大, Thu 03-07 08:00, due 12:00, first response 11:00 → 否. Response 3 h = 10800 s. Own 责任部门 技术部.
  {
    id: "2024-SVC-004",
    receivedAt: MAR + 7 + t(8),
    ...PHONE,
    customerType: "个人",
    product: "热水器B",
    category: "服务态度",
    urgency: "重大",
    firstResponseAt: MAR + 7 + t(11),
    ownerDept: "技术部",
    completedAt: MAR + 8 + t(9),
    firstContactResolved: "是",
  },
  // I5 一般, Fri 03-08 16:00, due Mon, Tue, Wed → 03-13 16:00, done 03-14 09:00 → 是. Response 10 s.
  {
    id: "2024-SVC-005",
    receivedAt: MAR + 8 + t(16),
    ...PHONE,
    customerType: "企业",
    product: "热水器B",
    category: "响应速度",
    urgency: "一般",
    firstResponseAt: MAR + 8 + t(16, 0, 10),
    completedAt: MAR + 14 + t(9),
    firstContactResolved: "是",
  },
  // I6 紧急, Tue 03-12 09:00, due 03-13 09:00, done 03-12 18:00 → 否. Response 20 s.
  {
    id: "2024-SVC-006",
    receivedAt: MAR + 12 + t(9),
    ...PHONE,
    customerId: "C20240312001",
    customerType: "个人",
    product: "热水器C",
    category: "技术支持",
    urgency: "紧急",
    firstResponseAt: MAR + 12 + t(9, 0, 20),
    completedAt: MAR + 12 + t(18),
    firstContactResolved: "是",
    satisfaction: 5,
    status: "已完成",
  },
  // I7 重大, Wed 03-20 10:00, due 14:00, first response 15:00 → 是. Response 5 h = 18000 s. Type 政府.
  {
    id: "2024-SVC-007",
    receivedAt: MAR + 20 + t(10),
    ...COMPLAINT,
    customerId: "C20240320001",
    customerType: "政府",
    product: "热水器B",
    category: "服务态度",
    urgency: "重大",
    firstResponseAt: MAR + 20 + t(15),
    completedAt: MAR + 22 + t(10),
    firstContactResolved: "否",
  },
  // I8 一般, Fri 03-29 15:00, due Mon, Tue, Wed → 04-03 15:00 > as-of 04-01 00:00, open → not known yet.
  {
    id: "2024-SVC-008",
    receivedAt: MAR + 29 + t(15),
    ...ONLINE,
    customerId: "C20240329001",
    customerType: "个人",
    product: "空调A",
    category: "产品质量",
    urgency: "一般",
  },
  // P1 (February) 一般, Mon 02-26 09:00, due Thu 02-29 09:00, done 03-01 10:00 → 是 (Feb); completed in March.
  {
    id: "2024-SVC-009",
    receivedAt: FEB + 26 + t(9),
    ...ONLINE,
    customerId: "C20240226001",
    customerType: "企业",
    product: "空调A",
    category: "产品质量",
    urgency: "一般",
    firstResponseAt: FEB + 26 + t(9, 1),
    completedAt: MAR + 1 + t(10),
    firstContactResolved: "否",
    suggestion: "备件库存",
    satisfaction: 2, // received in February: not in March's count
    status: "已完成",
  },
  // P2 (February) 紧急, Tue 02-27 11:00, due 02-28 11:00, done 02-27 15:00 → 否; completed in February.
  {
    id: "2024-SVC-010",
    receivedAt: FEB + 27 + t(11),
    ...PHONE,
    customerId: "C20240227001",
    customerType: "个人",
    product: "热水器C",
    category: "其他",
    urgency: "紧急",
    firstResponseAt: FEB + 27 + t(11, 0, 5),
    completedAt: FEB + 27 + t(15),
    firstContactResolved: "是",
  },
];

const scores = (r: number | undefined, a: number | undefined, e: number, s: number, c: number) => ({
  d_response: r,
  d_attitude: a,
  d_expertise: e,
  d_resolution: s,
  d_convenience: c,
});
const evaluations: RecordRow[] = [
  // Weighted score = 0.4/3 × (响应 + 态度 + 便捷) + 0.3 × (专业 + 解决).
  // E1 valid: 0.4/3 × 15 + 0.3 × 8 = 2 + 2.4 = 4.4
  {
    id: "E1",
    customerId: "C1",
    customerType: "个人",
    serviceType: "维修",
    serviceDate: MAR + 5,
    fillSeconds: 120,
    ...scores(5, 5, 4, 4, 5),
    comment: "夜间客服，上门提醒",
  },
  // E2 valid: 0.4/3 × 11 + 0.3 × 6 = 1.4667 + 1.8 = 3.2667
  {
    id: "E2",
    customerId: "C2",
    customerType: "企业",
    serviceType: "咨询",
    serviceDate: MAR + 6,
    fillSeconds: 90,
    ...scores(4, 3, 3, 3, 4),
    comment: "夜间客服",
  },
  // E3 valid: 0.4/3 × 12 + 0.3 × 6 = 1.6 + 1.8 = 3.4
  {
    id: "E3",
    customerId: "C3",
    customerType: "个人",
    serviceType: "维修",
    serviceDate: MAR + 7,
    fillSeconds: 60,
    ...scores(5, 4, 4, 2, 3),
  },
  // E4 valid (no fill time: phone): 0.4/3 × 12 + 0.3 × 9 = 1.6 + 2.7 = 4.3
  {
    id: "E4",
    customerId: "C4",
    customerType: "企业",
    serviceType: "投诉",
    serviceDate: MAR + 8,
    ...scores(4, 4, 5, 4, 4),
  },
  // E5 用时过短 (20 < 30)
  {
    id: "E5",
    customerId: "C5",
    customerType: "个人",
    serviceType: "维修",
    serviceDate: MAR + 11,
    fillSeconds: 20,
    ...scores(5, 4, 3, 2, 1),
    comment: "备件库存",
  },
  // E6 同值作答
  {
    id: "E6",
    customerId: "C6",
    customerType: "企业",
    serviceType: "咨询",
    serviceDate: MAR + 12,
    fillSeconds: 100,
    ...scores(3, 3, 3, 3, 3),
  },
  // E7 同值作答 + 用时过短
  {
    id: "E7",
    customerId: "C7",
    customerType: "个人",
    serviceType: "维修",
    serviceDate: MAR + 13,
    fillSeconds: 10,
    ...scores(5, 5, 5, 5, 5),
  },
  // E8 信息不全 (服务态度 blank)
  {
    id: "E8",
    customerId: "C8",
    customerType: "企业",
    serviceType: "咨询",
    serviceDate: MAR + 14,
    fillSeconds: 80,
    ...scores(4, undefined, 4, 4, 4),
  },
  // E9 信息不全 (customerId blank)
  {
    id: "E9",
    customerType: "个人",
    serviceType: "维修",
    serviceDate: MAR + 15,
    fillSeconds: 70,
    ...scores(3, 4, 5, 4, 3),
  },
  // E10 February, valid: 0.4/3 × (4 + 4 + 3) + 0.3 × (4 + 3) = 1.4667 + 2.1 = 3.5667
  {
    id: "E10",
    customerId: "C10",
    customerType: "个人",
    serviceType: "维修",
    serviceDate: FEB + 20,
    fillSeconds: 50,
    ...scores(4, 4, 4, 3, 3),
    comment: "夜间客服",
  },
  // E11 April
  {
    id: "E11",
    customerId: "C11",
    customerType: "个人",
    serviceType: "维修",
    serviceDate: APR + 2,
    fillSeconds: 50,
    ...scores(4, 4, 4, 4, 3),
  },
];

const followups: RecordRow[] = [
  // C1 售后闭环 Mon 03-04 → Thu 03-07: working days after = Tue, Wed, Thu = 3 ∈ [3, 5] → timely. 9, no problem → 否.
  { id: "C1", scenario: "售后闭环", serviceDate: MAR + 4, callDate: MAR + 7, overall: 9 },
  // C2 投诉处理 Fri 03-08 → Wed 03-13: Mon, Tue, Wed = 3 > 2 → late. 6 ≤ 7 → 是; re-contact by 03-13 + 3 wd =
  // Mon 03-18; closed 03-14 → not overdue.
  { id: "C2", scenario: "投诉处理", serviceDate: MAR + 8, callDate: MAR + 13, overall: 6, closedAt: MAR + 14 },
  // C3 新客户首次服务 03-01 → 03-10 = 9 calendar days > 7 → late. Problem given → 是; re-contact by Sun 03-10 +
  // 3 wd = Wed 03-13; still open on 04-01 → overdue.
  {
    id: "C3",
    scenario: "新客户首次服务",
    serviceDate: MAR + 1,
    callDate: MAR + 10,
    overall: 10,
    problem: "安装师傅迟到",
  },
  // C4 定期维护 → always timely. 8 → 否. closedAt typed as text: not blank → closed.
  { id: "C4", scenario: "定期维护", serviceDate: MAR + 15, callDate: MAR + 20, overall: 8, closedAt: "已电话确认" },
  // C5 售后闭环 Mon 03-25 → Tue 03-26: 1 < 3 → late. 7 ≤ 7 → 是; re-contact by 03-26 + 3 wd = Fri 03-29 00:00;
  // closed 03-29 00:00, not after → not overdue.
  { id: "C5", scenario: "售后闭环", serviceDate: MAR + 25, callDate: MAR + 26, overall: 7, closedAt: MAR + 29 },
  // C6 February: 售后闭环 Fri 02-23 → Wed 02-28: Mon, Tue, Wed = 3 → timely. 9 → 否.
  { id: "C6", scenario: "售后闭环", serviceDate: FEB + 23, callDate: FEB + 28, overall: 9 },
  // C7 April.
  { id: "C7", scenario: "定期维护", serviceDate: MAR + 29, callDate: APR + 2, overall: 3 },
];

const fb = (n: number) => `FB-2024-${String(n).padStart(4, "0")}`;
const feedback: RecordRow[] = [
  { id: fb(101), servedAt: MAR + 4 + t(10), ...ONLINE, score: 2, text: "态度差，响应慢", problemType: "服务态度" },
  { id: fb(102), servedAt: MAR + 5 + t(10), ...ONLINE, score: 3, text: "响应慢，响应慢！", problemType: "响应时效" },
  { id: fb(103), servedAt: MAR + 6 + t(10), ...ONLINE, score: 5, text: "很满意" },
  { id: fb(104), servedAt: MAR + 7 + t(10), ...ONLINE, score: 4 },
  { id: fb(105), servedAt: MAR + 8 + t(10), ...PHONE, score: 1, text: "流程繁琐，态度差", problemType: "服务态度" },
  {
    id: fb(106),
    servedAt: MAR + 11 + t(10),
    ...PHONE,
    score: 3,
    text: "Slow response, slow!",
    problemType: "响应时效",
  },
  { id: fb(107), servedAt: MAR + 12 + t(10), ...PHONE, score: 2 },
  { id: fb(108), servedAt: MAR + 13 + t(10), ...PHONE, score: 5, text: "态度差" },
  { id: fb(109), servedAt: MAR + 14 + t(10), ...VISIT, score: 3, text: "二次上门，备件不足", problemType: "其他" },
  { id: fb(110), servedAt: MAR + 15 + t(10), ...VISIT, score: 4, text: "响应慢" },
  { id: fb(111), servedAt: MAR + 18 + t(10), ...VISIT, text: "态度差" },
  { id: fb(90), servedAt: FEB + 20 + t(10), ...ONLINE, score: 4, text: "态度差" },
  { id: fb(120), servedAt: APR + 2 + t(10), ...ONLINE, score: 1, text: "态度差" },
];

const improvements: RecordRow[] = [
  {
    id: "IMP-202403-01",
    month: "2024-03",
    origin: "人工添加",
    problem: "在线客服部 夜间排班不足",
    action: "增加夜班",
    owner: "王五",
    dueDate: APR + 15,
    status: "进行中",
  },
  {
    id: "IMP-202403-02",
    month: "2024-03",
    origin: "低分维度",
    problem: "问题解决效果得分率 60.0%，低于 70%",
    evidence: "问题解决效果 得分率 60.0% < 70%",
    action: "复盘返修单",
    owner: "赵六",
    status: "进行中",
  },
  { id: "IMP-202402-05", month: "2024-02", origin: "人工添加", problem: "电话客服部 响应慢", owner: "钱七" },
  // 来源月份 typed 2024-03 and turned into the date 2024-03-01 by Excel.
  {
    id: "IMP-202403-07",
    month: MAR + 1,
    origin: "人工添加",
    problem: "电话客服部 回访话术培训",
    owner: "孙八",
    dueDate: APR + 18,
  },
  // Newest row for 在线客服部 but nobody assigned yet: skipped for the owner column.
  { month: "2024-03", origin: "人工添加", problem: "在线客服部 响应话术" },
];

const tables = { issues, evaluations, followups, feedback, improvements };
const settings = {
  ...DEFAULT_SETTINGS,
  rules: { ...DEFAULT_SETTINGS.rules, highFrequencyShare: 0.3, minGroupIssues: 3, maxDrafts: 6 },
};
const segmenter = loadJiebaSegmenter([...listSpec("lexicon").values, "夜间客服", "上门提醒", "备件库存"]);
const stopWords = listSpec("stopWords").values;

describe("golden month report 2024-03 (hand-checked)", () => {
  let report: MonthReport;
  beforeAll(() => {
    report = monthReport(tables, settings, "2024-03", segmenter, stopWords);
  });

  it("month, previous month and as-of time (04-01 00:00 = 45383)", () => {
    expect(report.month).toBe("2024-03");
    expect(report.previousMonth).toBe("2024-02");
    expect(report.asOf).toBe(45383);
  });

  it("evaluations: validity (§4.1)", () => {
    const e = report.evaluations;
    expect(e.total).toBe(9); // E1–E9
    expect(e.valid).toBe(4); // E1–E4
    expect(e.validityRate).toBeCloseTo(4 / 9, 12);
    expect(e.validityLow).toBe(true); // 44.4% < 90%
    expect(e.invalid).toEqual({ 同值作答: 2, 用时过短: 2, 信息不全: 2 }); // E6 E7 | E5 E7 | E8 E9
  });

  it("evaluations: dimensions, overall, grade, benchmark gap, CSAT (§2)", () => {
    const e = report.evaluations;
    expect(e.dimensions).toEqual([
      { key: "d_response", label: "响应速度", mean: 4.5, rate: 0.9, low: false }, // (5+4+5+4)/4
      { key: "d_attitude", label: "服务态度", mean: 4, rate: 0.8, low: false }, // (5+3+4+4)/4
      { key: "d_expertise", label: "专业能力", mean: 4, rate: 0.8, low: false }, // (4+3+4+5)/4
      { key: "d_resolution", label: "问题解决效果", mean: 3.25, rate: 0.65, low: true }, // (4+3+2+4)/4
      { key: "d_convenience", label: "服务便捷性", mean: 4, rate: 0.8, low: false }, // (5+4+3+4)/4
    ]);
    expect(e.lowDimensions).toEqual(["d_resolution"]);
    // overall = 0.4/3 × (4.5 + 4 + 4) + 0.3 × (4 + 3.25) = 5/3 + 2.175 = 3.841666…
    // (= the mean of the weighted scores: (4.4 + 3.2667 + 3.4 + 4.3) / 4)
    expect(e.overall).toBeCloseTo(5 / 3 + 2.175, 12);
    expect(e.overallRate).toBeCloseTo((5 / 3 + 2.175) / 5, 12); // 0.768333…
    expect(e.grade).toBe("待改进"); // < 80%
    expect(e.benchmarkGap).toBeCloseTo((5 / 3 + 2.175) / 5 - 0.8, 12); // −0.031666…
    expect(e.csat).toBe(0.5); // E1 4.4 and E4 4.3 ≥ 4 of 4
  });

  it("evaluations: coverage and strata (§4.2)", () => {
    const e = report.evaluations;
    // Completed in March: I1 I2 I4 I5 I6 I7 and P1 (received in February) = 7; I3, I8 open; P2 done in February.
    expect(e.completedIssues).toBe(7);
    expect(e.coverage).toBeCloseTo(4 / 7, 12);
    expect(e.coverageLow).toBe(false); // 57.1% ≥ 30%
    expect(e.byCustomerType).toEqual([
      { value: "个人", count: 5 }, // E1 E3 E5 E7 E9
      { value: "企业", count: 4 }, // E2 E4 E6 E8
    ]);
    expect(e.byServiceType).toEqual([
      { value: "维修", count: 5 }, // E1 E3 E5 E7 E9
      { value: "咨询", count: 3 }, // E2 E6 E8
      { value: "投诉", count: 1 }, // E4
    ]);
    // Completed issues' types 个人, 企业, 政府 (I7); 政府 has no evaluation. List 服务类型 minus 其他: 保养 has none.
    expect(e.missingStrata).toEqual({ customerTypes: ["政府"], serviceTypes: ["保养"] });
  });

  it("monitoring summary (§5): groups sorted by team, stage, channel, blank last", () => {
    // Code points: 上 U+4E0A < 在 U+5728 < 电 U+7535; 投 U+6295 < 维 U+7EF4.
    expect(report.monitoring).toEqual([
      {
        ...VISIT,
        issues: 0,
        feedback: 3, // FB-0109 0110 0111
        customers: undefined,
        avgResponseSeconds: undefined,
        fcrRate: undefined,
        avgSatisfaction: 3.5, // (3 + 4) / 2; FB-0111 has no score
        keywords: ["二次上门", "备件不足"], // FB-0109 only (score 3); 二 U+4E8C < 备 U+5907
        majorComplaints: undefined,
        owner: undefined,
        dueDate: undefined,
        responseTarget: undefined,
        misses: { response: false, fcr: false, satisfaction: true }, // 3.5 < 4.5
      },
      {
        ...ONLINE,
        issues: 4, // I1 I2 I3 I8
        feedback: 4, // FB-0101 … 0104
        customers: 3, // C20240304001 (I1, I3), C20240305001, C20240329001
        avgResponseSeconds: 30, // (20 + 40 + 30) / 3; I8 has no response
        fcrRate: 0.5, // 是 I1, 否 I2
        avgSatisfaction: 3.5, // (2 + 3 + 5 + 4) / 4
        keywords: ["响应慢", "态度差"], // 响应慢 FB-0101 0102 = 2, 态度差 FB-0101 = 1
        majorComplaints: 0,
        owner: "王*", // IMP-202403-01 (王五, masked: §4.4); the newer 在线客服部 row has no owner
        dueDate: APR + 15,
        responseTarget: 30,
        misses: { response: false, fcr: true, satisfaction: true }, // 30 is not > 30
      },
      {
        ...COMPLAINT,
        channel: undefined,
        issues: 1, // I7
        feedback: 0,
        customers: 1,
        avgResponseSeconds: 18000,
        fcrRate: 0, // 否
        avgSatisfaction: undefined,
        keywords: [],
        majorComplaints: 1,
        // The newest 电话客服部 row is this report's 重大投诉 draft (see "improvement drafts"): 技术部 → the
        // Settings default owner 技术主管, a role title, not a person: shown as it is (王五 above is masked); due 04-30.
        owner: "技术主管",
        dueDate: APR + 30,
        responseTarget: undefined, // blank channel: no target
        misses: { response: false, fcr: true, satisfaction: false },
      },
      {
        ...PHONE,
        issues: 3, // I4 I5 I6
        feedback: 4, // FB-0105 … 0108
        customers: 3, // two blank customerIds count one each, plus C20240312001
        avgResponseSeconds: 3610, // (10800 + 10 + 20) / 3
        fcrRate: 1, // 是 × 3
        avgSatisfaction: 2.75, // (1 + 3 + 2 + 5) / 4
        // FB-0105 流程繁琐 态度差, FB-0106 slow response (FB-0107 no text, FB-0108 score 5): each 1, then
        // code-point order: ASCII before Chinese, 态 U+6001 < 流 U+6D41.
        keywords: ["response", "slow", "态度差"],
        majorComplaints: 1, // I4
        owner: "技术主管", // the same 电话客服部 draft's Settings role title
        dueDate: APR + 30,
        responseTarget: 15,
        misses: { response: true, fcr: false, satisfaction: true },
      },
    ]);
  });

  it("SLA figures (§3.1), as of 04-01 00:00", () => {
    // 是: I2 I3 I5 I7; 否: I1 I4 I6; not known: I8.
    expect(report.sla.total).toBe(8);
    expect(report.sla.overdue).toBe(4);
    expect(report.sla.onTime).toBe(3);
    expect(report.sla.onTimeRate).toBeCloseTo(3 / 7, 12);
    expect(report.sla.byUrgency["一般"]).toEqual({ total: 4, overdue: 2, onTime: 1, onTimeRate: 1 / 3 }); // I1 I3 I5 I8
    expect(report.sla.byUrgency["紧急"]).toEqual({ total: 2, overdue: 1, onTime: 1, onTimeRate: 0.5 }); // I2 I6
    expect(report.sla.byUrgency["重大"]).toEqual({ total: 2, overdue: 1, onTime: 1, onTimeRate: 0.5 }); // I4 I7
  });

  it("follow-up figures (§3.2) and NPS index (§2.4)", () => {
    expect(report.followups).toEqual({
      total: 5, // C1–C5
      needsFollowUp: 3, // C2 (6), C3 (problem), C5 (7)
      closed: 3, // C2 C4 C5
      timely: 2, // C1 C4
      overdue: 1, // C3
      npsIndex: 0.2, // overall 9 6 10 8 7: promoters 2/5 − detractors 1/5
    });
  });

  it("feedback headline", () => {
    // 11 rows in March; negative (≤ 3): 0101 0102 0105 0106 0107 0109 = 6; scores sum 32 over 10 → 3.2.
    expect(report.feedback).toEqual({ total: 11, negative: 6, avgScore: 3.2 });
  });

  it("TOP 5 problem keywords (§6) and TOP 3 suggestions", () => {
    // Negative texts: feedback 态度差 响应慢 | 响应慢 (twice, counts once) | 流程繁琐 态度差 | slow response |
    // 二次上门 备件不足; comments of unsatisfied evaluations (weighted < 4) E2 夜间客服, E5 备件库存 (E3, E6 have none,
    // E8 has no weighted score); the follow-up problem C3 安装师傅迟到 (安装, 迟到; 师傅 is filler).
    // 响应慢 2, 态度差 2 (响 U+54CD < 态 U+6001), then the ones in code-point order: response, slow, 二次上门
    // (二 U+4E8C before 备 U+5907, 夜 U+591C, 安 U+5B89, 迟 U+8FDF).
    expect(report.topKeywords).toEqual([
      { keyword: "响应慢", count: 2 },
      { keyword: "态度差", count: 2 },
      { keyword: "response", count: 1 },
      { keyword: "slow", count: 1 },
      { keyword: "二次上门", count: 1 },
    ]);
    // March comments E1 (夜间客服, 上门提醒), E2 (夜间客服), E5 (备件库存, invalid rows count) and March issue
    // suggestions I1 (上门提醒), I2 (夜间客服 twice → once). E10 and P1 are February.
    expect(report.topSuggestions).toEqual([
      { keyword: "夜间客服", count: 3 },
      { keyword: "上门提醒", count: 2 },
      { keyword: "备件库存", count: 1 },
    ]);
  });

  it("问题解决周期 (issue 15): hours from receipt to completion of March's issues, mean and median", () => {
    // I1 一般 03-04 09:00 → 03-06 10:00 = 49 h; I5 一般 03-08 16:00 → 03-14 09:00 = 6 d − 7 h = 137 h;
    // I2 紧急 03-05 10:00 → 03-06 12:00 = 26 h; I6 紧急 03-12 09:00 → 18:00 = 9 h;
    // I4 重大 03-07 08:00 → 03-08 09:00 = 25 h; I7 重大 03-20 10:00 → 03-22 10:00 = 48 h; I3, I8 open;
    // P1 completed in March but received in February: not in March.
    const r = report.resolution;
    expect(r.byUrgency.一般.completed).toBe(2);
    expect(r.byUrgency.一般.meanHours).toBeCloseTo(93, 9); // (49 + 137) / 2
    expect(r.byUrgency.一般.medianHours).toBeCloseTo(93, 9);
    expect(r.byUrgency.紧急.meanHours).toBeCloseTo(17.5, 9); // (26 + 9) / 2
    expect(r.byUrgency.重大.meanHours).toBeCloseTo(36.5, 9); // (25 + 48) / 2
    expect(r.all.completed).toBe(6);
    expect(r.all.meanHours).toBeCloseTo(49, 9); // (49 + 137 + 26 + 9 + 25 + 48) / 6 = 294 / 6
    expect(r.all.medianHours).toBeCloseTo(37, 9); // 9 25 26 48 49 137 → (26 + 48) / 2
    expect(r.byUrgency.紧急.medianHours).toBeCloseTo(17.5, 9); // two values: their mean
    expect(r.byUrgency.重大.medianHours).toBeCloseTo(36.5, 9);
  });

  it("问题解决周期 per team (issue 15): 部门/团队 in code-point order (在 U+5728 < 电 U+7535)", () => {
    expect(report.resolution.byTeam).toEqual([
      // I1 49 h, I2 26 h (I3, I8 open): mean = median = (49 + 26) / 2 = 37.5.
      { team: "在线客服部", completed: 2, meanHours: 37.5, medianHours: 37.5 },
      // I4 25 h, I5 137 h, I6 9 h, I7 48 h (the 投诉处理 group is the same team): mean 219 / 4 = 54.75;
      // median of 9 25 48 137 = (25 + 48) / 2 = 36.5.
      { team: "电话客服部", completed: 4, meanHours: expect.closeTo(54.75, 9), medianHours: expect.closeTo(36.5, 9) },
    ]);
  });

  it("问题解决周期 of 一般 in working time (issue 15): whole weekend days between receipt and completion left out", () => {
    // I1 Mon 03-04 09:00 → Wed 03-06 10:00: only Tue 03-05 lies between, a working day → 49 h.
    // I5 Fri 03-08 16:00 → Thu 03-14 09:00: Sat 9, Sun 10, Mon 11, Tue 12, Wed 13 between; Sat, Sun off →
    // 137 − 2 × 24 = 89 h. Mean = median = (49 + 89) / 2 = 69.
    const w = report.resolution.normalWorking;
    expect(w.completed).toBe(2);
    expect(w.meanHours).toBeCloseTo(69, 9);
    expect(w.medianHours).toBeCloseTo(69, 9);
    // With holidays Tue 03-12, Sat 03-09 (already a weekend day: counted once) and 03-12 listed twice, as WORKDAY
    // and NETWORKDAYS read the list: I5 loses Sat, Sun, Tue = 3 days → 137 − 72 = 65 h; I1 keeps 49 h.
    const holidays = [MAR + 12, MAR + 9, MAR + 12];
    const withHolidays = resolutionFigures(issues, { start: MAR + 1, end: APR + 1 }, holidays).normalWorking;
    expect(withHolidays.meanHours).toBeCloseTo(57, 9); // (49 + 65) / 2
    expect(withHolidays.medianHours).toBeCloseTo(57, 9);
  });

  it("未重新处理 (issue 15, 002 step 5): 不满意 issues of March that were closed anyway", () => {
    // I1 (2, 已完成) and I2 (3, 已关闭) count; I3 (1, 处理中) was reopened; I6 is 满意; P1 is February's.
    expect(report.notReopened).toBe(2);
  });

  it("re-check sample (§4.3): ⌈10% × 11⌉ = 2, seed = the month", () => {
    // Sorted ids FB-2024-0101 … 0111 (index 0–10). seedrandom("2024-03") gives 0.55406613…, 0.91879374…:
    // i = 0: j = 0 + ⌊0.55406613 × 11⌋ = 6 → FB-2024-0107; i = 1: j = 1 + ⌊0.91879374 × 10⌋ = 10 → FB-2024-0111.
    expect(report.recheck).toEqual({
      seed: "2024-03",
      share: 0.1,
      population: 11,
      ids: ["FB-2024-0107", "FB-2024-0111"],
    });
  });

  it("improvement drafts (§7): one per problem, highest impact first", () => {
    const due = APR + 30; // end of next month: 2024-04-30 = 45412
    const recheck = APR + 30 + 30; // EDATE(04-30, 1) = 05-30 = 45442
    const common = { dueDate: due, status: "未开始", recheckDate: recheck };
    // impact = shortfall (distance from the threshold / threshold, at most 1) × customers; ties keep the origin
    // order 低分维度, 高频问题, 指标未达标, 共性问题, 重大投诉.
    const drafts = report.improvements;
    expect(drafts.map((d) => [d.origin, d.subject])).toEqual([
      ["指标未达标", "电话客服部/维修/电话/平均响应时长"], // min(1, (3610 − 15) / 15) = 1 × 3 customers = 3
      ["共性问题", "产品质量/空调A"], // I1 I2 I3 I8: customers C…0304001 (twice), C…0305001, C…0329001 = 3
      ["高频问题", "响应慢"], // 2 rows
      ["高频问题", "态度差"], // 2 rows
      ["重大投诉", "电话客服部/服务态度"], // I4 (blank customer) + I7 (C20240320001) = 2
      ["指标未达标", "电话客服部/维修/电话/满意度平均分"], // (4.5 − 2.75) / 4.5 × 4 feedback = 1.5556
      ["指标未达标", "在线客服部/售前咨询/在线客服/一次性解决率"], // (0.85 − 0.5) / 0.85 × 3 = 1.2353
      ["指标未达标", "在线客服部/售前咨询/在线客服/满意度平均分"], // 1 / 4.5 × 4 = 0.8889
      ["指标未达标", "上门服务组/维修/上门服务/满意度平均分"], // 1 / 4.5 × 3 = 0.6667
      ["低分维度", "问题解决效果"], // (0.7 − 0.65) / 0.7 × 4 valid = 0.2857
    ]);
    // 电话客服部/投诉处理/-: FCR 0% misses, but on 1 issue < 3: not drafted.
    expect(drafts.map((d) => d.impact)).toEqual([
      3,
      3,
      2,
      2,
      2,
      expect.closeTo((1.75 / 4.5) * 4, 12),
      expect.closeTo((0.35 / 0.85) * 3, 12),
      expect.closeTo((1 / 4.5) * 4, 12),
      expect.closeTo((1 / 4.5) * 3, 12),
      expect.closeTo((0.05 / 0.7) * 4, 12),
    ]);
    expect(drafts[4]).toEqual({
      origin: "重大投诉",
      subject: "电话客服部/服务态度",
      ...common,
      ownerDept: "技术部", // I4's own 责任部门 (I7 has none)
      impact: 2,
      problem: "重大投诉 电话客服部 服务态度：本月 2 条",
      evidence: "电话客服部/服务态度 紧急程度 重大 2 条：2024-SVC-004、2024-SVC-007",
    });
    expect(drafts[0]).toMatchObject({
      ...common,
      ownerDept: "客服部",
      problem: "电话客服部 维修 电话：平均响应时长未达标",
      evidence: "电话客服部/维修/电话/平均响应时长 实际 3610.0 秒 > 目标 15 秒",
    });
    expect(drafts[1]).toMatchObject({
      ownerDept: "产品部",
      problem: "空调A：产品质量问题本月 4 条",
      evidence: "产品质量/空调A 本月 4 条问题 ≥ 3",
    });
    // 2/6 = 33.3% ≥ 30%; the other TOP 5 keywords are 1/6 = 16.7%. Owner: problem types 服务态度 (0101),
    // 响应时效 (0102): tie → 响 U+54CD first → 响应时效, unmapped → 客服部.
    expect(drafts[2]).toMatchObject({ ownerDept: "客服部", evidence: "响应慢 出现于 2/6 条负面反馈（33.3%）≥ 30%" });
    expect(drafts[9]).toMatchObject({
      evidence: "问题解决效果 得分率 65.0% < 70%",
      problem: "问题解决效果得分率 65.0%，低于 70%",
    });
  });

  it("at most maxDrafts drafted rows in the month: 5 added, the rest summarized", () => {
    // IMP-202403-02 is already the 问题解决效果 draft (known) and counts toward the 6: room for 5 new.
    expect(report.improvementPlan).toEqual({ added: 5, known: 1, omitted: [{ origin: "指标未达标", count: 4 }] });
  });

  it("merging the drafts: the existing 问题解决效果 row is kept as typed, 5 rows added after IMP-202403-07", () => {
    const options = { maxNew: 6, owners: new Map([["技术部", "技术主管"]]) };
    const merged = mergeImprovementDrafts(improvements, report.improvements, "2024-03", options);
    expect(merged.rows.slice(0, 5)).toEqual(improvements);
    expect(merged.added.map((r) => [r["id"], r["origin"], r["owner"]])).toEqual([
      ["IMP-202403-08", "指标未达标", undefined], // 客服部 has no owner in this map
      ["IMP-202403-09", "共性问题", undefined],
      ["IMP-202403-10", "高频问题", undefined],
      ["IMP-202403-11", "高频问题", undefined],
      ["IMP-202403-12", "重大投诉", "技术主管"],
    ]);
    expect(merged.added.map((r) => r["evidence"])).not.toContain("问题解决效果 得分率 65.0% < 70%");
    expect(mergeImprovementDrafts(merged.rows, report.improvements, "2024-03", options).added).toEqual([]);
  });

  it("previous month (2024-02) and the changes", () => {
    const p = report.previous;
    // E10 only: overall = 0.4/3 × 11 + 0.3 × 7 = 1.4666… + 2.1 = 3.5666…; weighted 3.5667 < 4 → CSAT 0.
    expect(p.evaluations.total).toBe(1);
    expect(p.evaluations.overallRate).toBeCloseTo((4.4 / 3 + 2.1) / 5, 12);
    expect(p.evaluations.csat).toBe(0);
    expect(p.evaluations.coverage).toBe(1); // 1 valid / P2 (completed 02-27)
    // P1 done 03-01 10:00 after due 02-29 09:00 → 是; P2 → 否.
    expect(p.sla).toMatchObject({ total: 2, overdue: 1, onTimeRate: 0.5 });
    expect(p.followups).toEqual({ total: 1, needsFollowUp: 0, closed: 0, timely: 1, overdue: 0, npsIndex: 1 });
    expect(p.feedback).toEqual({ total: 1, negative: 0, avgScore: 4 });
    const change = Object.fromEntries(report.comparison.map((c) => [c.key, c.change]));
    expect(change["evaluations.total"]).toBe(8); // 9 − 1
    expect(change["evaluations.validityRate"]).toBeCloseTo(4 / 9 - 1, 12);
    expect(change["evaluations.overallRate"]).toBeCloseTo(0.055, 12); // 0.768333 − 0.713333
    expect(change["evaluations.csat"]).toBe(0.5);
    expect(change["evaluations.coverage"]).toBeCloseTo(4 / 7 - 1, 12);
    expect(change["sla.total"]).toBe(6);
    expect(change["sla.overdue"]).toBe(3);
    expect(change["sla.onTimeRate"]).toBeCloseTo(3 / 7 - 1 / 2, 12);
    expect(change["followups.total"]).toBe(4);
    expect(change["followups.npsIndex"]).toBeCloseTo(-0.8, 12);
    expect(change["feedback.avgScore"]).toBeCloseTo(-0.8, 12);
  });

  it("trend: from February (the first month with an evaluation) to March", () => {
    expect(report.trend.map((p) => [p.month, p.valid])).toEqual([
      ["2024-02", 1],
      ["2024-03", 4],
    ]);
    expect(report.trend[0]?.overallRate).toBeCloseTo((4.4 / 3 + 2.1) / 5, 12);
    expect(report.trend[1]?.overallRate).toBeCloseTo((5 / 3 + 2.175) / 5, 12);
  });

  it("JSON: null for no data, the issue's keys present", () => {
    const json = toReportJson(report);
    expect(json.monitoring[0]?.customers).toBeNull();
    expect(json.monitoring[2]?.channel).toBeNull();
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        "month",
        "evaluations",
        "monitoring",
        "sla",
        "followups",
        "topKeywords",
        "recheck",
        "improvements",
      ]),
    );
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("the latest month with data is April (E11, C7, FB-0120)", () => {
    expect(latestMonthWithData(tables)).toBe("2024-04");
  });
});
