import { slaFigures } from "../../../src/domain/report/sla-figures";
import type { RecordRow } from "../../../src/domain/schema/types";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";

// 2024-03-04 is a Monday = 45355; as of 2024-04-01 00:00 = 45383.
const MON = 45355;

describe("slaFigures (DOMAIN §3.1)", () => {
  it("judges overdue as of the end of the month and groups by urgency", () => {
    const issues: RecordRow[] = [
      { urgency: "一般", receivedAt: MON + 0.375, completedAt: MON + 3.375 }, // due Thu 09:00, met exactly → 否
      { urgency: "一般", receivedAt: MON + 0.375, completedAt: MON + 3.5 }, // → 是
      { urgency: "一般", receivedAt: 45380.5 }, // Fri 03-29 12:00, due 04-03: not known on 04-01 → neither
      { urgency: "紧急", receivedAt: MON + 0.375 }, // open, due 03-05 → 是
      { urgency: "紧急", receivedAt: MON + 0.375, completedAt: MON + 40 }, // completed in April after due → 是
      { urgency: "重大", receivedAt: MON + 0.375, firstResponseAt: MON + 0.5 }, // 3 h → 否
      { urgency: "低", receivedAt: MON + 1 }, // unknown urgency: total only
      { urgency: "重大", receivedAt: MON - 10 }, // February
    ];
    expect(slaFigures(issues, DEFAULT_SETTINGS, "2024-03")).toEqual({
      total: 7,
      overdue: 3,
      onTime: 2,
      onTimeRate: 0.4,
      byUrgency: {
        一般: { total: 3, overdue: 1, onTime: 1, onTimeRate: 0.5 },
        紧急: { total: 2, overdue: 2, onTime: 0, onTimeRate: 0 },
        重大: { total: 1, overdue: 0, onTime: 1, onTimeRate: 1 },
      },
    });
  });

  it("a month without issues has no on-time rate", () => {
    expect(slaFigures([], DEFAULT_SETTINGS, "2024-03")).toMatchObject({ total: 0, overdue: 0, onTimeRate: undefined });
  });

  it("uses the holidays", () => {
    const issue = { urgency: "一般", receivedAt: MON + 0.375, completedAt: MON + 3.5 }; // Thu 12:00
    const withHoliday = { ...DEFAULT_SETTINGS, holidays: [MON + 1] }; // Tue off → due Fri 09:00
    expect(slaFigures([issue], withHoliday, "2024-03").overdue).toBe(0);
  });
});
