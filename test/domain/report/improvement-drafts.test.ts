import type { KeywordExtractor } from "../../../src/domain/keywords/extract-keywords";
import { improvementDrafts, type DraftSources } from "../../../src/domain/report/improvement-drafts";
import type { MonitoringRow } from "../../../src/domain/report/monitoring";
import { DEFAULT_OWNER_DEPTS, ownerDeptFor } from "../../../src/domain/report/owner-depts";
import type { RecordRow } from "../../../src/domain/schema/types";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";

const MAR = 45351; // MAR + d = 2024-03-d
const words: KeywordExtractor = (text) => [...new Set(text.split(" "))];
const empty: DraftSources = { dimensions: [], monitoring: [], topKeywords: [], negativeFeedback: [], issues: [] };

function drafts(sources: Partial<DraftSources>, settings = DEFAULT_SETTINGS) {
  return improvementDrafts({ ...empty, ...sources }, settings, "2024-03", words);
}

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
    const [draft] = drafts({ dimensions: [{ key: "x", label: "服务态度", mean: 3, rate: 0.6, low: true }] });
    expect(draft).toEqual({
      origin: "低分维度",
      subject: "服务态度",
      problem: "服务态度得分率 60.0%，低于 70%",
      evidence: "服务态度 得分率 60.0% < 70%",
      ownerDept: "客服部",
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

  it("target misses: one draft per missed figure, in row order", () => {
    const monitoring = [
      row({
        avgResponseSeconds: 20,
        fcrRate: 0.8,
        avgSatisfaction: 4.25,
        misses: { response: true, fcr: true, satisfaction: true },
      }),
      row({ team: undefined, channel: undefined, fcrRate: 0.9 }),
    ];
    expect(drafts({ monitoring }).map((d) => [d.subject, d.evidence, d.problem])).toEqual([
      [
        "A组/维修/电话/平均响应时长",
        "A组/维修/电话/平均响应时长 实际 20.0 秒 > 目标 15 秒",
        "A组 维修 电话：平均响应时长未达标",
      ],
      [
        "A组/维修/电话/一次性解决率",
        "A组/维修/电话/一次性解决率 实际 80.0% < 目标 85%",
        "A组 维修 电话：一次性解决率未达标",
      ],
      [
        "A组/维修/电话/满意度平均分",
        "A组/维修/电话/满意度平均分 实际 4.25 < 目标 4.5",
        "A组 维修 电话：满意度平均分未达标",
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

  it("major complaints: each 重大 issue of the month with an id", () => {
    const issues: RecordRow[] = [
      { id: "2024-SVC-001", urgency: "重大", receivedAt: MAR + 1.5, category: "物流配送", team: "A组" },
      { id: "2024-SVC-002", urgency: "重大", receivedAt: MAR + 2, ownerDept: "其他" },
      { urgency: "重大", receivedAt: MAR + 3 }, // no id: skipped
      { id: "2024-SVC-004", urgency: "紧急", receivedAt: MAR + 3 },
    ];
    expect(drafts({ issues }).map((d) => [d.subject, d.problem, d.evidence, d.ownerDept])).toEqual([
      [
        "2024-SVC-001",
        "重大投诉 2024-SVC-001：A组 物流配送",
        "2024-SVC-001 紧急程度 重大，接收于 2024-03-01 12:00",
        "物流部",
      ],
      ["2024-SVC-002", "重大投诉 2024-SVC-002：", "2024-SVC-002 紧急程度 重大，接收于 2024-03-02 00:00", "其他"],
    ]);
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
    expect(result.map((d) => d.evidence)).toEqual(["专业能力 得分率 84.0% < 85.5%", "其他/P 本月 2 条问题 ≥ 2"]);
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
