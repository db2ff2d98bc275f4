import { improvementSectionRows } from "../../src/workbook/report/improvement-section";

const zh = (entry: { readonly zh: string }) => entry.zh;

test("the report's improvement section: drafts in the plan, and those left out per origin", () => {
  const rows = improvementSectionRows(
    {
      added: 3,
      known: 7,
      omitted: [
        { origin: "重大投诉", count: 4 },
        { origin: "共性问题", count: 2 },
      ],
    },
    zh,
  );
  expect(rows).toEqual([
    [],
    ["八、改进清单"],
    ["已列入改进清单", 10], // 3 added by this run + 7 already there
    ["未列入(超过每次上限)", 6],
    [undefined, "重大投诉", 4],
    [undefined, "共性问题", 2],
  ]);
});
