import { sampleCoverage } from "../../../src/domain/report/sample-coverage";
import type { RecordRow } from "../../../src/domain/schema/types";
import { DEFAULT_DIMENSIONS, DEFAULT_RULES } from "../../../src/domain/settings";

const settings = { rules: DEFAULT_RULES, dimensions: DEFAULT_DIMENSIONS };
const MARCH = { start: 45352, end: 45383 };
const scores = { d_response: 4, d_attitude: 5, d_expertise: 4, d_resolution: 3, d_convenience: 4 };
const issue = (completedAt: number, region?: string, serviceLevel?: string, customerType?: string): RecordRow => ({
  completedAt,
  region,
  serviceLevel,
  customerType,
});
const evaluation = (serviceDate: number, region?: string, serviceLevel?: string, extra = {}): RecordRow => ({
  customerId: "C20240301001",
  serviceDate,
  region,
  serviceLevel,
  customerType: "个人",
  ...scores,
  ...extra,
});

test("per stratum: completed issues, valid evaluations, rate; the uncovered strata named", () => {
  const issues = [
    issue(45360, "华东", "VIP", "企业"),
    issue(45361, "华东", "普通", "个人"),
    issue(45362, "西北", "普通", "个人"),
    issue(45340, "华南", "VIP"), // completed in February: not counted
    issue(45363), // no region, level or type
  ];
  const evaluations = [
    evaluation(45365, "华东", "普通"),
    evaluation(45366, "华东", "普通", { fillSeconds: 5 }), // 用时过短: invalid, not counted
    evaluation(45367, "华南", "普通"), // a region without issues this month
  ];
  const c = sampleCoverage({ issues, evaluations }, settings, MARCH, { region: ["华南", "华东", "西北"] });
  // by hand: 华东 2 issues / 1 valid evaluation = 50%; 西北 1 / 0 = 0%; 华南 0 / 1 = no rate (no issues)
  expect(c.region).toEqual([
    { value: "华南", issues: 0, evaluations: 1, rate: undefined },
    { value: "华东", issues: 2, evaluations: 1, rate: 0.5 },
    { value: "西北", issues: 1, evaluations: 0, rate: 0 },
  ]);
  // no list given: values by text; VIP 1 / 0, 普通 2 / 2
  expect(c.serviceLevel.map((s) => [s.value, s.issues, s.evaluations])).toEqual([
    ["VIP", 1, 0],
    ["普通", 2, 2],
  ]);
  expect(c.uncovered).toEqual([
    { stratum: "region", value: "西北" },
    { stratum: "serviceLevel", value: "VIP" },
    { stratum: "customerType", value: "企业" },
  ]);
  expect(c.recorded).toBe(true);
});

test("values equal but for case are one stratum, as COUNTIFS counts them", () => {
  const c = sampleCoverage(
    { issues: [issue(45360, undefined, "VIP"), issue(45361, undefined, "vip")], evaluations: [] },
    settings,
    MARCH,
  );
  expect(c.serviceLevel).toEqual([{ value: "VIP", issues: 2, evaluations: 0, rate: 0 }]);
});

test("no region or service level in the period: not recorded, no strata of them", () => {
  const c = sampleCoverage({ issues: [issue(45360, undefined, undefined, "个人")], evaluations: [] }, settings, MARCH);
  expect([c.recorded, c.region, c.serviceLevel]).toEqual([false, [], []]);
  expect(c.customerType).toEqual([{ value: "个人", issues: 1, evaluations: 0, rate: 0 }]);
});
