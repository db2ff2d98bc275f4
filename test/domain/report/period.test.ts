import { draftMonth, parsePeriod, previousPeriod, shiftPeriod } from "../../../src/domain/report/period";

// Serials: 2024-01-01 = 45292 (a Monday), 2024-03-01 = 45352, 2024-04-01 = 45383, 2025-01-01 = 45658.
describe("parsePeriod (issue 15)", () => {
  it.each([
    ["2024-W10", "week", 45355, 45362], // Mon 2024-03-04 … Sun 03-10
    ["2024-W01", "week", 45292, 45299], // 2024 starts on a Monday
    ["2025-W01", "week", 45656, 45663], // ISO week 1 of 2025 starts Mon 2024-12-30
    ["2020-W53", "week", 44193, 44200], // 2020 has 53 ISO weeks: Mon 2020-12-28
    ["2024-03", "month", 45352, 45383],
    ["2024Q1", "quarter", 45292, 45383],
    ["2024Q4", "quarter", 45566, 45658], // 2024-10-01 … 2025-01-01
    ["2024-03-01~2024-03-15", "range", 45352, 45367], // both days included
    ["2024-03-05~2024-03-05", "range", 45356, 45357],
  ])("%s → %s [%d, %d)", (key, kind, start, end) => {
    expect(parsePeriod(key)).toEqual({ kind, key, start, end });
  });

  it.each(["2021-W53", "2024-W00", "2024-13", "2024Q5", "2024-02-30~2024-03-01", "2024-03-15~2024-03-01", "March"])(
    "%s is refused with the accepted forms",
    (key) => {
      expect(() => parsePeriod(key)).toThrow(RangeError);
    },
  );
});

describe("the previous period of the same length", () => {
  it.each([
    ["2024-W10", "2024-W09"],
    ["2024-W01", "2023-W52"],
    ["2021-W01", "2020-W53"],
    ["2024-03", "2024-02"],
    ["2024-01", "2023-12"],
    ["2024Q1", "2023Q4"],
    ["2024Q3", "2024Q2"],
    ["2024-03-01~2024-03-15", "2024-02-15~2024-02-29"], // 15 days before, leap February
    ["2024-03-05~2024-03-05", "2024-03-04~2024-03-04"],
  ])("%s → %s", (key, previous) => {
    expect(previousPeriod(key)).toBe(previous);
  });

  it("shifts by any number of periods", () => {
    expect(shiftPeriod("2024-W10", -11)).toBe("2023-W51");
    expect(shiftPeriod("2024Q1", 5)).toBe("2025Q2");
  });
});

test("a period's drafts belong to the month of its last day", () => {
  expect(draftMonth("2024-W09")).toBe("2024-03"); // Mon 02-26 … Sun 03-03
  expect(draftMonth("2024Q1")).toBe("2024-03");
  expect(draftMonth("2024-03-20~2024-04-02")).toBe("2024-04");
  expect(draftMonth("2024-02")).toBe("2024-02");
});
