import { demoSeed } from "../../../src/demo/demo-seed";
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";
import { OfficeHost } from "../../../src/hosts/office/office-host";
import { generateReport } from "../../../src/use-cases/generate-report";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";
import { ExcelStandIn } from "./excel-stand-in";

/**
 * In Excel (Office.js), a one-team report is written as its own sheet beside the all-teams report, which keeps its
 * cells, and its formulas read the team's cell and reach evaluations through 关联问题编号.
 */
const formulas = (excel: ExcelStandIn, sheet: string) =>
  excel.model
    .sheet(sheet)
    .rows.flatMap((row) => (row ?? []).flatMap((cell) => (cell?.formula === undefined ? [] : [cell.formula])));

test("a team's report in Excel: its own sheet, formulas over the team's cell, the all-teams report unchanged", async () => {
  const excel = new ExcelStandIn();
  const host = new OfficeHost(excel.run);
  await setUpWorkbook(host, { lang: "zh-CN", seed: demoSeed({ issues: 60, seed: "team-office" }) });
  const options = { month: "2024-02", lang: "zh-CN", loadSegmenter: loadJiebaSegmenter } as const;
  const all = await generateReport(host, options);
  const before = formulas(excel, all.sheet);
  const team = await generateReport(new OfficeHost(excel.run), { ...options, team: "电话客服部" });
  expect(team.sheet).toBe("月报 2024-02 电话客服部");
  expect(formulas(excel, all.sheet)).toEqual(before);
  const written = formulas(excel, team.sheet);
  expect(written.find((f) => f.includes("EvaluationLog[[#Data],[关联问题编号]]"))).toContain("SUMPRODUCT(");
  expect(written.some((f) => f.includes("SEARCH("))).toBe(true);
  // The issue count takes the team as one more criterion, read from the team's cell beside the period bounds.
  const issues = written.find((f) => f.startsWith("=COUNTIFS(IssueLog[[#Data],[接收时间]]") && f.includes("部门/团队"));
  expect(issues).toMatch(/IssueLog\[\[#Data\],\[部门\/团队\]\],"="&SUBSTITUTE\(.*\$B\$\d+&""/u);
}, 120_000);
