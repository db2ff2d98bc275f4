import { generateDemoData } from "../../src/demo/demo-data";
import { UNSURVEYED_REGION } from "../../src/demo/strata";
import { listSpec } from "../../src/domain/schema";

/** The demo's 区域 and 服务等级 (issue 15): plausible, one per customer, and 西北 left without an evaluation. */
const data = generateDemoData({ issues: 300, seed: "demo" });

test("every issue and evaluation has a region and a service level from the lists, about 15% VIP", () => {
  const regions = listSpec("region").values;
  for (const row of [...data.issues, ...data.evaluations]) {
    expect(regions).toContain(row.region);
    expect(["普通", "VIP"]).toContain(row.serviceLevel);
  }
  const vip = data.issues.filter((r) => r.serviceLevel === "VIP").length / data.issues.length;
  expect(vip).toBeGreaterThan(0.08);
  expect(vip).toBeLessThan(0.22);
  expect(new Set(data.issues.map((r) => r.region)).size).toBeGreaterThanOrEqual(5);
});

test("a customer has the same region and level on every issue and evaluation", () => {
  const of = new Map<unknown, string>();
  for (const row of [...data.issues, ...data.evaluations]) {
    if (row.customerId === undefined) continue;
    const strata = `${String(row.region)}/${String(row.serviceLevel)}`;
    expect([row.customerId, of.get(row.customerId) ?? strata]).toEqual([row.customerId, strata]);
    of.set(row.customerId, strata);
  }
});

test("西北 has issues but no evaluation: a stratum the report names as not covered", () => {
  expect(data.issues.filter((r) => r.region === UNSURVEYED_REGION).length).toBeGreaterThan(2);
  expect(data.evaluations.filter((r) => r.region === UNSURVEYED_REGION)).toEqual([]);
});
