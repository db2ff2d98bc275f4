import { periodOptions } from "../../src/taskpane/panels/report/period-options";

test("months, their quarters and the ISO weeks overlapping them, latest first", () => {
  const months = ["2024-03", "2024-01"];
  expect(periodOptions("month", months)).toEqual(["2024-03", "2024-01"]);
  expect(periodOptions("quarter", months)).toEqual(["2024Q1"]);
  // January 2024: Mon 01-01 … Wed 01-31 → W01–W05; March: Fri 03-01 is in W09, Sun 03-31 in W13.
  expect(periodOptions("week", ["2024-01"])).toEqual(["2024-W05", "2024-W04", "2024-W03", "2024-W02", "2024-W01"]);
  expect(periodOptions("week", ["2024-03"])).toEqual(["2024-W13", "2024-W12", "2024-W11", "2024-W10", "2024-W09"]);
  expect(periodOptions("range", months)).toEqual([]);
});
