import { followupFigures } from "../../../src/domain/report/followup-figures";
import type { RecordRow } from "../../../src/domain/schema/types";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";

const MON = 45355; // 2024-03-04, a Monday

describe("followupFigures (DOMAIN §3.2)", () => {
  it.each<[string, RecordRow, Partial<Record<"needsFollowUp" | "closed" | "timely" | "overdue", number>>]>([
    [
      "售后闭环 on day 4, overall 9",
      { scenario: "售后闭环", serviceDate: MON, callDate: MON + 4, overall: 9 },
      {
        timely: 1,
      },
    ],
    [
      "overall 7 → needs; closed before re-contact due (Thu)",
      { scenario: "售后闭环", serviceDate: MON, callDate: MON + 1, overall: 7, closedAt: MON + 4 },
      { needsFollowUp: 1, closed: 1 },
    ],
    [
      "problem → needs; closed after due (Fri, 3 working days after Mon is Thu)",
      { scenario: "定期维护", callDate: MON, serviceDate: MON, overall: 10, problem: "x", closedAt: MON + 4 },
      { needsFollowUp: 1, closed: 1, timely: 1, overdue: 1 },
    ],
    [
      "needs and never closed: overdue as of the month end",
      { scenario: "投诉处理", serviceDate: MON, callDate: MON + 1, overall: 3 },
      { needsFollowUp: 1, timely: 1, overdue: 1 },
    ],
    [
      "needs, open, re-contact due after the month end: not overdue yet",
      { scenario: "投诉处理", serviceDate: MON + 23, callDate: MON + 24, overall: 3 }, // Thu 03-28 → due Tue 04-02
      { needsFollowUp: 1, timely: 1 },
    ],
  ])("%s", (_name, call, counts) => {
    const f = followupFigures([call], DEFAULT_SETTINGS, "2024-03");
    expect(f).toMatchObject({ total: 1, needsFollowUp: 0, closed: 0, timely: 0, overdue: 0, ...counts });
  });

  it("counts calls by callDate and computes the NPS index", () => {
    const calls: RecordRow[] = [9, 10, 6, 8, undefined].map((overall) => ({ callDate: MON, overall }));
    calls.push({ callDate: MON - 5, overall: 1 }); // February
    const f = followupFigures(calls, DEFAULT_SETTINGS, "2024-03");
    expect(f.total).toBe(5);
    expect(f.npsIndex).toBeCloseTo(2 / 4 - 1 / 4, 12);
  });

  it("a month without calls", () => {
    expect(followupFigures([], DEFAULT_SETTINGS, "2024-03")).toEqual({
      total: 0,
      needsFollowUp: 0,
      closed: 0,
      timely: 0,
      overdue: 0,
      npsIndex: undefined,
    });
  });
});
