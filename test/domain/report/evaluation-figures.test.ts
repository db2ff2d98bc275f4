import { SettingsError } from "../../../src/domain/errors";
import { evaluationFigures } from "../../../src/domain/report/evaluation-figures";
import type { RecordRow } from "../../../src/domain/schema/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/domain/settings";

const MAR = 45351; // MAR + d = 2024-03-d
/** Three equally weighted dimensions, to keep the arithmetic short. */
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  dimensions: [
    { key: "a", zh: "甲", en: "A", class: "核心", weight: 0.5 },
    { key: "b", zh: "乙", en: "B", class: "辅助", weight: 0.25 },
    { key: "c", zh: "丙", en: "C", class: "辅助", weight: 0.25 },
  ],
};
const ev = (a: number | undefined, b: number, c: number, extra: RecordRow = {}): RecordRow => ({
  customerId: "C1",
  serviceDate: MAR + 5,
  a,
  b,
  c,
  ...extra,
});

function figures(evaluations: RecordRow[], issues: RecordRow[] = [], s: Settings = settings) {
  return evaluationFigures({ evaluations, issues }, s, "2024-03");
}

describe("evaluationFigures (DOMAIN §2, §4)", () => {
  it("an empty month has counts 0 and no figures", () => {
    expect(figures([])).toMatchObject({
      total: 0,
      valid: 0,
      validityRate: undefined,
      validityLow: false,
      overall: undefined,
      overallRate: undefined,
      grade: undefined,
      benchmarkGap: undefined,
      csat: undefined,
      coverage: undefined,
      coverageLow: false,
      dimensions: [
        { key: "a", label: "甲", mean: undefined, rate: undefined, low: false },
        { key: "b", label: "乙", mean: undefined, rate: undefined, low: false },
        { key: "c", label: "丙", mean: undefined, rate: undefined, low: false },
      ],
    });
  });

  it("scores only valid rows of the month; invalid rows count under every reason", () => {
    const f = figures([
      ev(5, 4, 4), // ws 0.5×5 + 0.25×4 + 0.25×4 = 4.5
      ev(3, 2, 2), // ws 1.5 + 0.5 + 0.5 = 2.5
      ev(4, 4, 4, { fillSeconds: 5 }), // 同值作答 + 用时过短
      ev(undefined, 4, 4), // 信息不全
      ev(1, 1, 2, { serviceDate: MAR + 40 }), // April
    ]);
    expect(f).toMatchObject({
      total: 4,
      valid: 2,
      validityRate: 0.5,
      validityLow: true,
      invalid: { 同值作答: 1, 用时过短: 1, 信息不全: 1 },
      overall: 3.5, // 0.5×4 + 0.25×3 + 0.25×3
      overallRate: 0.7,
      grade: "待改进",
      csat: 0.5,
      lowDimensions: ["b", "c"], // rate 0.6 < 0.7; a: 0.8
    });
    expect(f.benchmarkGap).toBeCloseTo(-0.1, 12);
  });

  it.each([
    [[5, 5, 4], "优秀"], // 4.75 / 5 = 95%
    [[4, 4, 5], "良好"], // 4.25 / 5 = 85%
  ] as const)("grade of %p is %p", (s, expected) => {
    expect(figures([ev(s[0], s[1], s[2])]).grade).toBe(expected);
  });

  it("coverage = valid / issues completed in the month; strata", () => {
    const issues: RecordRow[] = [
      { completedAt: MAR + 3, customerType: "个人" },
      { completedAt: MAR + 4, customerType: "企业" },
      { completedAt: MAR + 9, customerType: "企业" },
      { completedAt: MAR + 40, customerType: "政府" }, // April
      { customerType: "政府" }, // open
    ];
    const f = figures(
      [
        ev(5, 4, 4, { customerType: "个人", serviceType: "维修" }),
        ev(4, 4, 4, { customerType: "个人", serviceType: "自定义" }), // 同值作答: still counted in strata
      ],
      issues,
    );
    expect(f.completedIssues).toBe(3);
    expect(f.coverage).toBeCloseTo(1 / 3, 12);
    expect(f.byCustomerType).toEqual([{ value: "个人", count: 2 }]);
    expect(f.byServiceType).toEqual([
      { value: "维修", count: 1 },
      { value: "自定义", count: 1 },
    ]);
    expect(f.missingStrata).toEqual({ customerTypes: ["企业"], serviceTypes: ["咨询", "投诉", "保养"] });
  });

  it("takes the service-type list from the options", () => {
    const f = evaluationFigures({ evaluations: [], issues: [] }, settings, "2024-03", { serviceTypes: ["甲", "其他"] });
    expect(f.missingStrata.serviceTypes).toEqual(["甲"]);
  });

  it("coverage below target is flagged", () => {
    const issues = Array.from({ length: 4 }, () => ({ completedAt: MAR + 3 }));
    expect(figures([ev(5, 4, 4)], issues).coverageLow).toBe(true); // 25% < 30%
  });

  it("throws SettingsError when weights do not sum to 100%", () => {
    const bad: Settings = { ...settings, dimensions: settings.dimensions.map((d) => ({ ...d, weight: 0.5 })) };
    expect(() => figures([ev(5, 4, 4)], [], bad)).toThrow(SettingsError);
  });
});
