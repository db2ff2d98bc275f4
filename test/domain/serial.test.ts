import {
  dayOf,
  formatSerial,
  monthKey,
  monthRange,
  serialFromParts,
  serialToParts,
  weekday,
} from "../../src/domain/serial";

describe("serialFromParts", () => {
  // Known Excel serials (1900 date system).
  const cases: [string, [number, number, number, number?, number?, number?], number][] = [
    ["2024-01-01 (Excel: DATE(2024,1,1) = 45292)", [2024, 1, 1], 45292],
    ["1900-03-01 (Excel: 61)", [1900, 3, 1], 61],
    ["2000-01-01 (Excel: 36526)", [2000, 1, 1], 36526],
    ["2024-02-29 = 45292 + 31 + 28", [2024, 2, 29], 45351],
    ["2024-03-01 = 45351 + 1", [2024, 3, 1], 45352],
    ["2025-01-01 = 45292 + 366", [2025, 1, 1], 45658],
    ["2024-01-01 12:00 = 45292 + 0.5", [2024, 1, 1, 12], 45292.5],
    ["2024-01-01 09:00 = 45292 + 9/24 = 45292.375", [2024, 1, 1, 9, 0, 0], 45292.375],
    ["2024-01-01 13:30 = 45292 + 13.5/24 = 45292.5625", [2024, 1, 1, 13, 30], 45292.5625],
    ["month 13 rolls over: 2024-13-01 = 2025-01-01", [2024, 13, 1], 45658],
  ];
  it.each(cases)("%s", (_name, parts, expected) => {
    expect(serialFromParts(...parts)).toBe(expected);
  });

  it("adds seconds as a day fraction: 00:00:45 = 45/86400", () => {
    expect(serialFromParts(2024, 1, 1, 0, 0, 45)).toBeCloseTo(45292 + 45 / 86400, 12);
  });
});

describe("serialToParts", () => {
  const cases: [string, number, ReturnType<typeof serialToParts>][] = [
    ["45292 = 2024-01-01 00:00:00", 45292, { year: 2024, month: 1, day: 1, hour: 0, minute: 0, second: 0 }],
    ["45292.5 = 12:00", 45292.5, { year: 2024, month: 1, day: 1, hour: 12, minute: 0, second: 0 }],
    ["45351.5625 = 2024-02-29 13:30", 45351.5625, { year: 2024, month: 2, day: 29, hour: 13, minute: 30, second: 0 }],
    [
      "23:59:59.6 rounds to the next day",
      45292 + 86399.6 / 86400,
      { year: 2024, month: 1, day: 2, hour: 0, minute: 0, second: 0 },
    ],
    [
      "10:00:44.6 rounds to 10:00:45",
      45292 + (36000 + 44.6) / 86400,
      { year: 2024, month: 1, day: 1, hour: 10, minute: 0, second: 45 },
    ],
  ];
  it.each(cases)("%s", (_name, serial, expected) => {
    expect(serialToParts(serial)).toEqual(expected);
  });
});

describe("dayOf and weekday", () => {
  const cases: [string, number, number, number][] = [
    ["2024-01-01 is a Monday", 45292, 45292, 1],
    ["2024-01-06 10:00 is a Saturday", 45297 + 10 / 24, 45297, 6],
    ["2024-01-07 is a Sunday", 45298.99, 45298, 0],
    ["2000-01-01 is a Saturday", 36526, 36526, 6],
    ["serial 1: Excel WEEKDAY(1) = 1 (Sunday)", 1, 1, 0],
  ];
  it.each(cases)("%s", (_name, serial, day, wd) => {
    expect(dayOf(serial)).toBe(day);
    expect(weekday(serial)).toBe(wd);
  });
});

describe("monthKey and monthRange", () => {
  const keys: [number, string][] = [
    [45292, "2024-01"],
    [45351.99, "2024-02"], // 2024-02-29 23:45
    [45352, "2024-03"],
    [45657.5, "2024-12"], // 2024-12-31 12:00
  ];
  it.each(keys)("monthKey(%p) = %p", (serial, key) => {
    expect(monthKey(serial)).toBe(key);
  });

  const ranges: [string, number, number][] = [
    ["2024-01", 45292, 45323], // 45292 + 31
    ["2024-02", 45323, 45352], // 45323 + 29 (leap year)
    ["2024-12", 45627, 45658], // 45658 - 31
  ];
  it.each(ranges)("monthRange(%p)", (month, start, end) => {
    expect(monthRange(month)).toEqual({ start, end });
  });

  it.each(["2024-13", "2024-1", "24-01", ""])("rejects %p", (month) => {
    expect(() => monthRange(month)).toThrow(RangeError);
  });
});

describe("formatSerial", () => {
  const cases: [number, boolean, string][] = [
    [45292, false, "2024-01-01"],
    [45292.5625, true, "2024-01-01 13:30"],
    [45292.5625, false, "2024-01-01"],
    [45297 + 10 / 24, true, "2024-01-06 10:00"],
    [45292 + 86399.6 / 86400, true, "2024-01-02 00:00"],
  ];
  it.each(cases)("formatSerial(%p, %p) = %p", (serial, withTime, text) => {
    expect(formatSerial(serial, withTime)).toBe(text);
  });
});
