import type { KeywordExtractor } from "../../../src/domain/keywords/extract-keywords";
import { improvementDrafts, type DraftSources } from "../../../src/domain/report/improvement-drafts";
import type { MonitoringRow } from "../../../src/domain/report/monitoring";
import { DEFAULT_OWNER_DEPTS, ownerDeptFor } from "../../../src/domain/report/owner-depts";
import type { RecordRow } from "../../../src/domain/schema/types";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";

const MAR = 45351; // MAR + d = 2024-03-d
const words: KeywordExtractor = (text) => [...new Set(text.split(" "))];
const empty: DraftSources = {
  dimensions: [],
  validEvaluations: 0,
  monitoring: [],
  topKeywords: [],
  negativeFeedback: [],
  issues: [],
};

function drafts(sources: Partial<DraftSources>, settings = DEFAULT_SETTINGS) {
  return improvementDrafts({ ...empty, ...sources }, settings, "2024-03", words);
}

const noMiss = { response: false, fcr: false, satisfaction: false };
const row = (over: Partial<MonitoringRow>): MonitoringRow => ({
  team: "A组",
  stage: "维修",
  channel: "电话",
  issues: 1,
  feedback: 1,
  customers: 1,
  avgResponseSeconds: undefined,
  fcrRate: undefined,
  avgSatisfaction: undefined,
  keywords: [],
  majorComplaints: 0,
  owner: undefined,
  dueDate: undefined,
  responseTarget: 15,
  misses: { response: false, fcr: false, satisfaction: false },
  ...over,
});

describe("improvementDrafts (DOMAIN §7)", () => {
  it("nothing to draft in a quiet month", () => {
    expect(drafts({})).toEqual([]);
  });

  it("every draft is due at the end of the next month, re-checked one month later, 未开始", () => {
    const [draft] = drafts({
      dimensions: [{ key: "x", label: "服务态度", mean: 3, rate: 0.6, low: true }],
      validEvaluations: 14,
    });
    expect(draft).toEqual({
      origin: "低分维度",
      subject: "服务态度",
      problem: "服务态度得分率 60.0%，低于 70%",
      evidence: "服务态度 得分率 60.0% < 70%",
      ownerDept: "客服部",
      impact: expect.closeTo(2, 12), // (0.7 − 0.6) / 0.7 × 14 valid evaluations
      dueDate: 45412, // 2024-04-30
      status: "未开始",
      recheckDate: 45442, // 2024-05-30
    });
  });

  it("high-frequency keywords: share of all negative rows, boundary included; owner by problem type", () => {
    const negative: RecordRow[] = [
      { text: "质量差 异响", problemType: "产品质量" },
      { text: "质量差", problemType: "产品质量" },
      { text: "慢", problemType: "服务态度" },
      ...Array.from({ length: 17 }, () => ({})), // blank texts count in the 20
    ];
    const result = drafts({
      negativeFeedback: negative,
      topKeywords: [
        { keyword: "质量差", count: 2 }, // 2/20 = 10% ≥ 10%
        { keyword: "慢", count: 1 }, // 5% < 10%
      ],
    });
    expect(result.map((d) => [d.origin, d.subject, d.ownerDept, d.evidence])).toEqual([
      ["高频问题", "质量差", "产品部", "质量差 出现于 2/20 条负面反馈（10.0%）≥ 10%"],
    ]);
  });

  it("target misses: one draft per missed figure of a group with ≥ 10 records, highest impact first", () => {
    const monitoring = [
      row({
        issues: 10,
        feedback: 10,
        customers: 8,
        avgResponseSeconds: 20,
        fcrRate: 0.8,
        avgSatisfaction: 4.25,
        misses: { response: true, fcr: true, satisfaction: true },
      }),
      row({ team: undefined, channel: undefined, fcrRate: 0.9 }),
      // 9 issues and 9 feedback rows: below the default minimum of 10, nothing drafted.
      row({
        team: "B组",
        issues: 9,
        feedback: 9,
        fcrRate: 0.1,
        avgSatisfaction: 1,
        misses: { ...noMiss, fcr: true, satisfaction: true },
      }),
    ];
    const result = drafts({ monitoring });
    // response: min(1, (20 − 15) / 15) × 8 customers = 2.667; FCR: (0.85 − 0.8) / 0.85 × 8 = 0.471;
    // satisfaction: (4.5 − 4.25) / 4.5 × 10 feedback rows = 0.556.
    expect(result.map((d) => d.impact)).toEqual([
      expect.closeTo((5 / 15) * 8, 12),
      expect.closeTo((0.25 / 4.5) * 10, 12),
      expect.closeTo((0.05 / 0.85) * 8, 12),
    ]);
    expect(result.map((d) => [d.subject, d.evidence, d.problem])).toEqual([
      [
        "A组/维修/电话/平均响应时长",
        "A组/维修/电话/平均响应时长 实际 20.0 秒 > 目标 15 秒",
        "A组 维修 电话：平均响应时长未达标",
      ],
      [
        "A组/维修/电话/满意度平均分",
        "A组/维修/电话/满意度平均分 实际 4.25 < 目标 4.5",
        "A组 维修 电话：满意度平均分未达标",
      ],
      [
        "A组/维修/电话/一次性解决率",
        "A组/维修/电话/一次性解决率 实际 80.0% < 目标 85%",
        "A组 维修 电话：一次性解决率未达标",
      ],
    ]);
  });

  it("common issues: ≥ 3 of the month with the same category and product, most first, blanks ignored", () => {
    const at = (category: string | undefined, product: string | undefined, day = 5) => ({
      category,
      product,
      receivedAt: MAR + day,
    });
    const issues = [
      ...Array.from({ length: 3 }, () => at("物流配送", "冰箱 X1")),
      ...Array.from({ length: 4 }, () => at("技术支持", "空调 A")),
      at("技术支持", "空调 A", 40), // April
      at("产品质量", "空调 A"),
      at(undefined, "空调 A"),
      at(undefined, "空调 A"),
      at("产品质量", undefined),
    ];
    expect(drafts({ issues }).map((d) => [d.subject, d.ownerDept, d.evidence])).toEqual([
      ["技术支持/空调 A", "技术部", "技术支持/空调 A 本月 4 条问题 ≥ 3"],
      ["物流配送/冰箱 X1", "物流部", "物流配送/冰箱 X1 本月 3 条问题 ≥ 3"],
    ]);
  });

  it("major complaints: one draft per team × category, the ids in the evidence", () => {
    const major = (n: number, team: string | undefined, category: string | undefined, over: RecordRow = {}) => ({
      id: `2024-SVC-${String(n).padStart(3, "0")}`,
      urgency: "重大",
      receivedAt: MAR + n,
      team,
      category,
      ...over,
    });
    const issues: RecordRow[] = [
      major(1, "A组", "物流配送", { customerId: "C1" }),
      major(2, "A组", "物流配送", { customerId: "C1", ownerDept: "其他" }),
      major(3, undefined, undefined),
      major(4, "A组", "物流配送", { customerId: "C2" }),
      { urgency: "重大", receivedAt: MAR + 3, team: "A组", category: "物流配送" }, // no id: skipped
      { id: "2024-SVC-009", urgency: "紧急", receivedAt: MAR + 3, team: "A组", category: "物流配送" },
      major(40, "A组", "物流配送"), // April
    ];
    expect(drafts({ issues }).map((d) => [d.subject, d.problem, d.evidence, d.ownerDept, d.impact])).toEqual([
      // Customers C1, C2 = 2; 责任部门: the only one typed, 其他.
      [
        "A组/物流配送",
        "重大投诉 A组 物流配送：本月 3 条",
        "A组/物流配送 紧急程度 重大 3 条：2024-SVC-001、2024-SVC-002、2024-SVC-004",
        "其他",
        2,
      ],
      // Blank team and category show as -; a blank customer counts as one; no 责任部门: the fallback 客服部.
      ["-/-", "重大投诉 - -：本月 1 条", "-/- 紧急程度 重大 1 条：2024-SVC-003", "客服部", 1],
    ]);
  });

  it("major complaints: at most 20 ids listed, then the count", () => {
    const issues = Array.from({ length: 23 }, (_, i) => ({
      id: `2024-SVC-${String(i + 1).padStart(3, "0")}`,
      urgency: "重大",
      receivedAt: MAR + 2,
      team: "A组",
      category: "其他",
    }));
    const [draft] = drafts({ issues });
    expect(draft?.evidence).toBe(
      `A组/其他 紧急程度 重大 23 条：${issues
        .slice(0, 20)
        .map((r) => r.id)
        .join("、")} 等 23 条`,
    );
  });

  it("uses the configured low-rate threshold and common-issue minimum", () => {
    const settings = { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, lowRate: 0.855, commonIssueMin: 2 } };
    const result = drafts(
      {
        dimensions: [{ key: "x", label: "专业能力", mean: 4.2, rate: 0.84, low: true }],
        issues: [1, 2].map(() => ({ category: "其他", product: "P", receivedAt: MAR + 2 })),
      },
      settings,
    );
    // Impact: the common issue's 2 blank customers = 2 before the dimension's shortfall × 0 valid evaluations.
    expect(result.map((d) => d.evidence)).toEqual(["其他/P 本月 2 条问题 ≥ 2", "专业能力 得分率 84.0% < 85.5%"]);
  });
});

describe("ownerDeptFor", () => {
  it.each([
    ["产品质量", "产品部"],
    ["技术支持", "技术部"],
    ["物流配送", "物流部"],
    ["服务态度", "客服部"],
    ["响应速度", "客服部"],
    ["其他", "客服部"],
    [undefined, "客服部"],
  ])("%p → %p", (topic, dept) => {
    expect(ownerDeptFor(topic)).toBe(dept);
  });

  it("is editable", () => {
    const mapping = { byTopic: new Map([...DEFAULT_OWNER_DEPTS.byTopic, ["其他", "质量部"]]), fallback: "总经办" };
    expect(ownerDeptFor("其他", mapping)).toBe("质量部");
    expect(ownerDeptFor("新分类", mapping)).toBe("总经办");
  });
});

describe("draft problem texts name the period by its kind (issue 15)", () => {
  const issues: RecordRow[] = [4, 5, 6].map((d) => ({
    id: `2024-SVC-00${String(d)}`,
    urgency: "重大",
    receivedAt: MAR + d, // 2024-03-04 … 03-06: ISO week 2024-W10
    team: "A组",
    category: "其他",
    product: "P",
  }));
  it.each([
    ["2024-W10", "本周"],
    ["2024-03", "本月"],
    ["2024Q1", "本季度"],
    ["2024-03-01~2024-03-15", "本期"],
  ])("%s says %s", (period, word) => {
    const result = improvementDrafts({ ...empty, issues }, DEFAULT_SETTINGS, period, words);
    expect(result.map((d) => d.problem).sort()).toEqual([`P：其他问题${word} 3 条`, `重大投诉 A组 其他：${word} 3 条`]);
    // The 共性问题 依据 keeps 本月: it is the key that finds the row again, whatever the report's rhythm.
    expect(result.find((d) => d.origin === "共性问题")?.evidence).toBe("其他/P 本月 3 条问题 ≥ 3");
  });
});
