import { improvementSectionRows } from "../../src/workbook/report/improvement-section";

const zh = (entry: { readonly zh: string }) => entry.zh;

test("the report's improvement section: drafts in the plan, those left out per origin, the measures due", () => {
  const rows = improvementSectionRows(
    {
      added: 3,
      known: 7,
      omitted: [
        { origin: "重大投诉", count: 4 },
        { origin: "共性问题", count: 2 },
      ],
      rechecks: [
        { id: "IMP-202401-01", problem: "问题解决效果偏低", result: "问题解决效果 得分率 60.0% → 80.0%，已改善" },
      ],
    },
    zh,
  );
  expect(rows).toEqual([
    [],
    ["十、改进清单"],
    ["已列入改进清单", 10], // 3 added by this run + 7 already there
    ["未列入(超过每次上限)", 6],
    [undefined, "重大投诉", 4],
    [undefined, "共性问题", 2],
    ["本期到期复评的改进措施"],
    ["改进编号", "问题描述", "复评结果"],
    ["IMP-202401-01", "问题解决效果偏低", "问题解决效果 得分率 60.0% → 80.0%，已改善"],
  ]);
});

test("no measure due: the section says so", () => {
  const rows = improvementSectionRows({ added: 0, known: 0, omitted: [] }, zh);
  expect(rows.slice(-1)).toEqual([["(无)"]]);
});
