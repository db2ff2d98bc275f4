import fc from "fast-check";
import { weekday } from "../../src/domain/serial";
import { addWorkdays, workdaysAfter } from "../../src/domain/working-days";

// Week of 2024-01-01: Mon 45292, Tue 45293, Wed 45294, Thu 45295, Fri 45296, Sat 45297, Sun 45298, Mon 45299.
const MON = 45292;
const WED = 45294;
const FRI = 45296;
const SAT = 45297;

describe("addWorkdays (Excel WORKDAY(INT(s), n, h) + MOD(s, 1))", () => {
  const cases: [string, number, number, number[], number][] = [
    ["Sat 10:00 + 3 = Wed 10:00 (DOMAIN §3.1)", SAT + 10 / 24, 3, [], 45301 + 10 / 24],
    ["Mon 09:00 + 3 = Thu 09:00", MON + 0.375, 3, [], 45295.375],
    ["Mon 09:00 + 3 with Wed a holiday = Fri 09:00", MON + 0.375, 3, [WED], 45296.375],
    ["a holiday given with a time counts by its day", MON + 0.375, 3, [WED + 0.5], 45296.375],
    [
      "Fri 15:30 + 1 = Mon 15:30 (Excel: WORKDAY(2024-01-05, 1) = 2024-01-08)",
      FRI + 15.5 / 24,
      1,
      [],
      45299 + 15.5 / 24,
    ],
    ["Sun + 1 = Mon", 45298, 1, [], 45299],
    ["n = 0 keeps a Saturday unchanged", SAT + 0.25, 0, [], SAT + 0.25],
    ["Fri + 5 = next Fri", FRI, 5, [], 45303],
    ["n is truncated like Excel: 2.9 = 2", MON, 2.9, [], 45294],
    ["n = -1 from Mon = previous Fri", 45299.25, -1, [], FRI + 0.25],
  ];
  it.each(cases)("%s", (_name, start, n, holidays, expected) => {
    expect(addWorkdays(start, n, holidays)).toBeCloseTo(expected, 9);
  });
});

describe("workdaysAfter (Excel NETWORKDAYS(INT(from)+1, INT(to), h), at least 0)", () => {
  const cases: [string, number, number, number[], number][] = [
    ["Mon 09:00 → Thu 08:00: Tue, Wed, Thu = 3", MON + 0.375, 45295 + 8 / 24, [], 3],
    ["same day = 0", MON + 0.25, MON + 0.75, [], 0],
    ["to before from = 0", 45295, MON, [], 0],
    ["Fri → Mon: Mon = 1", FRI, 45299, [], 1],
    ["Mon → Thu with Wed a holiday: Tue, Thu = 2", MON, 45295, [WED], 2],
    ["a holiday on a Saturday changes nothing: Fri → Mon = 1", FRI, 45299, [SAT], 1],
    ["a holiday listed twice counts once: 3 − 1 = 2", MON, 45295, [WED, WED + 0.5], 2],
    ["two full weeks: Mon → Mon+14 = 10", MON, MON + 14, [], 10],
    ["Sat → Sat+21 = 15 (3 weeks)", SAT, SAT + 21, [], 15],
  ];
  it.each(cases)("%s", (_name, from, to, holidays, expected) => {
    expect(workdaysAfter(from, to, holidays)).toBe(expected);
  });
});

describe("working-day properties", () => {
  const day = fc.integer({ min: 45000, max: 47000 });
  const secondOfDay = fc.integer({ min: 0, max: 86399 });
  const holidays = fc.array(fc.integer({ min: 45000, max: 47200 }), { maxLength: 30 });

  it("addWorkdays(s, n ≥ 1) lands on a working day and keeps the time of day", () => {
    fc.assert(
      fc.property(day, secondOfDay, fc.integer({ min: 1, max: 60 }), holidays, (d, sec, n, hs) => {
        const start = d + sec / 86400;
        const due = addWorkdays(start, n, hs);
        const dueDay = Math.floor(due);
        expect([0, 6]).not.toContain(weekday(dueDay));
        expect(hs).not.toContain(dueDay);
        expect(due - dueDay).toBeCloseTo(start - d, 9);
        expect(dueDay).toBeGreaterThan(d);
      }),
    );
  });

  it("workdaysAfter(s, addWorkdays(s, n)) = n", () => {
    fc.assert(
      fc.property(day, secondOfDay, fc.integer({ min: 0, max: 60 }), holidays, (d, sec, n, hs) => {
        const start = d + sec / 86400;
        expect(workdaysAfter(start, addWorkdays(start, n, hs), hs)).toBe(n);
      }),
    );
  });

  it("workdaysAfter agrees with counting day by day", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -10, max: 80 }), holidays, (from, span, hs) => {
        let expected = 0;
        for (let d = from + 1; d <= from + span; d += 1) {
          if (weekday(d) !== 0 && weekday(d) !== 6 && !hs.includes(d)) expected += 1;
        }
        expect(workdaysAfter(from, from + span, hs)).toBe(expected);
      }),
    );
  });
});
