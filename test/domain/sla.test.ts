import { dueAt, onTimeRate, overdue, responseSeconds } from "../../src/domain/sla";
import { DEFAULT_RULES } from "../../src/domain/settings";

const rules = DEFAULT_RULES; // 一般 3 working days, 紧急 24 h, 重大 4 h
// Mon 2024-01-01 = 45292; 09:00 = 0.375 (exact in binary).
const MON_0900 = 45292.375;
const SAT_1000 = 45297 + 10 / 24;

describe("dueAt (DOMAIN §3.1)", () => {
  const cases: [string, { receivedAt?: number | string; urgency?: string }, number[], number | undefined][] = [
    ["一般, Sat 10:00 → Wed 10:00 (Excel WORKDAY)", { receivedAt: SAT_1000, urgency: "一般" }, [], 45301 + 10 / 24],
    ["一般, Mon 09:00 → Thu 09:00", { receivedAt: MON_0900, urgency: "一般" }, [], 45295.375],
    ["一般, Mon 09:00 with Tue a holiday → Fri 09:00", { receivedAt: MON_0900, urgency: "一般" }, [45293], 45296.375],
    ["紧急: receivedAt + 24/24", { receivedAt: MON_0900, urgency: "紧急" }, [], MON_0900 + 24 / 24],
    ["紧急 ignores weekends: Sat 10:00 + 1 day", { receivedAt: SAT_1000, urgency: "紧急" }, [], SAT_1000 + 24 / 24],
    ["重大: receivedAt + 4/24", { receivedAt: MON_0900, urgency: "重大" }, [], MON_0900 + 4 / 24],
    ["unknown urgency", { receivedAt: MON_0900, urgency: "低" }, [], undefined],
    ["blank urgency", { receivedAt: MON_0900 }, [], undefined],
    ["blank receivedAt", { urgency: "一般" }, [], undefined],
    ["receivedAt typed as text", { receivedAt: "2024-01-01", urgency: "一般" }, [], undefined],
  ];
  it.each(cases)("%s", (_name, issue, holidays, expected) => {
    expect(dueAt(issue, rules, holidays)).toBe(expected);
  });

  it("uses the configured hours", () => {
    const custom = { ...rules, slaUrgentHours: 12, slaMajorHours: 2, slaNormalWorkdays: 1 };
    expect(dueAt({ receivedAt: MON_0900, urgency: "紧急" }, custom, [])).toBe(MON_0900 + 12 / 24);
    expect(dueAt({ receivedAt: MON_0900, urgency: "重大" }, custom, [])).toBe(MON_0900 + 2 / 24);
    expect(dueAt({ receivedAt: SAT_1000, urgency: "一般" }, custom, [])).toBeCloseTo(45299 + 10 / 24, 9);
  });
});

describe("responseSeconds", () => {
  const cases: [string, { receivedAt?: number; firstResponseAt?: number }, number | undefined][] = [
    ["45 s later", { receivedAt: MON_0900, firstResponseAt: 45292 + (9 * 3600 + 45) / 86400 }, 45],
    ["1 h later = 3600", { receivedAt: MON_0900, firstResponseAt: 45292 + 10 / 24 }, 3600],
    ["30 s before = -30", { receivedAt: MON_0900, firstResponseAt: 45292 + (9 * 3600 - 30) / 86400 }, -30],
    ["same time = 0", { receivedAt: MON_0900, firstResponseAt: MON_0900 }, 0],
    ["no response", { receivedAt: MON_0900 }, undefined],
    ["no receipt", { firstResponseAt: MON_0900 }, undefined],
  ];
  it.each(cases)("%s", (_name, issue, expected) => {
    expect(responseSeconds(issue)).toBe(expected);
  });

  it("rounds halves away from zero like Excel ROUND: ±0.5 s → ±1", () => {
    expect(responseSeconds({ receivedAt: 0, firstResponseAt: 0.5 / 86400 })).toBe(1);
    expect(responseSeconds({ receivedAt: 0.5 / 86400, firstResponseAt: 0 })).toBe(-1);
  });
});

describe("overdue (DOMAIN §3.1)", () => {
  const normal = { receivedAt: MON_0900, urgency: "一般" }; // due Thu 45295.375
  const major = { receivedAt: MON_0900, urgency: "重大" }; // due MON_0900 + 4/24 (13:00)
  const urgent = { receivedAt: MON_0900, urgency: "紧急" }; // due Tue 45293.375
  const LATER = 45400;
  const cases: [string, Parameters<typeof overdue>[0], number, string | undefined][] = [
    ["一般 completed exactly at the deadline → 否", { ...normal, completedAt: 45295.375 }, LATER, "否"],
    ["一般 completed 1 h late → 是", { ...normal, completedAt: 45295 + 10 / 24 }, LATER, "是"],
    ["一般 completed early → 否 even if asOf is earlier", { ...normal, completedAt: 45293 }, 45292.5, "否"],
    ["一般 open, asOf before the deadline → unknown", normal, 45295 + 8 / 24, undefined],
    ["一般 open, asOf at the deadline → unknown", normal, 45295.375, undefined],
    ["一般 open, asOf after the deadline → 是", normal, 45296, "是"],
    ["一般 first response does not count", { ...normal, firstResponseAt: 45292.4 }, 45296, "是"],
    ["重大 first response at 12:00 → 否", { ...major, firstResponseAt: 45292.5 }, LATER, "否"],
    ["重大 first response exactly at the deadline → 否", { ...major, firstResponseAt: MON_0900 + 4 / 24 }, LATER, "否"],
    ["重大 first response at 14:00 → 是", { ...major, firstResponseAt: 45292 + 14 / 24 }, LATER, "是"],
    ["重大 late completion does not count", { ...major, firstResponseAt: 45292.5, completedAt: 45300 }, LATER, "否"],
    ["重大 no response, asOf 10:00 → unknown", { ...major, completedAt: 45292.4 }, 45292 + 10 / 24, undefined],
    ["重大 no response, asOf 18:00 → 是", { ...major, completedAt: 45292.4 }, 45292.75, "是"],
    ["紧急 completed 23 h later → 否", { ...urgent, completedAt: 45293 + 8 / 24 }, LATER, "否"],
    ["紧急 completed 25 h later → 是", { ...urgent, completedAt: 45293 + 10 / 24 }, LATER, "是"],
    ["no urgency → unknown", { receivedAt: MON_0900, completedAt: 45300 }, LATER, undefined],
    ["no receivedAt → unknown", { urgency: "一般", completedAt: 45300 }, LATER, undefined],
  ];
  it.each(cases)("%s", (_name, issue, asOf, expected) => {
    expect(overdue(issue, asOf, DEFAULT_RULES, [])).toBe(expected);
  });
});

describe("onTimeRate", () => {
  const cases: [string, (string | number | undefined)[], number | undefined][] = [
    ["2 否 of 3 known = 2/3", ["是", "否", "否", undefined, "x"], 2 / 3],
    ["all on time = 1", ["否", "否"], 1],
    ["all late = 0", ["是"], 0],
    ["nothing known", [undefined, ""], undefined],
    ["empty", [], undefined],
  ];
  it.each(cases)("%s", (_name, flags, expected) => {
    expect(onTimeRate(flags)).toBe(expected);
  });
});
