import { periodName, periodWords } from "../../../src/domain/report/period-words";

describe("a report names its period by its kind (issue 15)", () => {
  it.each([
    ["week", "本周", "上周", "this week", "last week"],
    ["month", "本月", "上月", "this month", "last month"],
    ["quarter", "本季度", "上季度", "this quarter", "last quarter"],
    ["range", "本期", "上期", "this period", "the previous period"],
  ] as const)("%s: %s / %s, %s / %s", (kind, zhNow, zhBefore, enNow, enBefore) => {
    expect(periodWords(kind, "zh-CN")).toEqual({ current: zhNow, previous: zhBefore });
    expect(periodWords(kind, "en-US")).toEqual({ current: enNow, previous: enBefore });
  });

  it.each([
    ["2024-03", "2024年3月", "2024-03"],
    ["2024-W10", "2024年第10周", "2024-W10"],
    ["2024-W01", "2024年第1周", "2024-W01"],
    ["2024Q1", "2024年第1季度", "2024Q1"],
    ["2024-03-01~2024-03-15", "2024年3月1日至2024年3月15日", "2024-03-01 to 2024-03-15"],
  ])("%s is %s / %s", (key, zh, en) => {
    expect(periodName(key, "zh-CN")).toBe(zh);
    expect(periodName(key, "en-US")).toBe(en);
  });
});
