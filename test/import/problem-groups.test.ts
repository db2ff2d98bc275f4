import type { ImportProblem } from "../../src/import/import-types";
import { groupProblems } from "../../src/import/problem-groups";

const problem = (row: number, column: string, value: string | undefined, reason: ImportProblem["reason"]) =>
  ({ file: "t.csv", row, column, value, expected: "", reason }) as ImportProblem;
const category = { kind: "notInList", list: "issueCategory", values: ["产品质量", "服务态度"] } as const;

test("1,000 rows with the same value outside a list are one group with its count and first five rows", () => {
  const problems = [
    ...Array.from({ length: 1000 }, (_, i) => problem(i + 2, "问题类别 (D)", "专业能力", category)),
    problem(5, "问题类别 (D)", "物流", category),
    problem(3, "受理时间 (B)", "昨天", { kind: "notDate", time: true }),
    problem(9, "受理时间 (B)", "前天", { kind: "notDate", time: true }),
  ];
  expect(groupProblems(problems).map((g) => [g.column, g.value, g.count, g.rows])).toEqual([
    ["问题类别 (D)", "专业能力", 1000, [2, 3, 4, 5, 6]],
    ["受理时间 (B)", "昨天", 2, [3, 9]],
    ["问题类别 (D)", "物流", 1, [5]],
  ]);
});
