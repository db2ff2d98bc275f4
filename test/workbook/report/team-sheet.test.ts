import { teamSheetName } from "../../../src/workbook/report/team-sheet";

test.each([
  ["月报 2024-03", "电话客服部", "月报 2024-03 电话客服部"],
  ["月报 2024-03", "王**", "月报 2024-03 王＊＊"], // a masked team: `*` is no sheet-name character
  ["季报 2024Q1", "A/B:C?[D]\\", "季报 2024Q1 A_B_C__D__"],
  ["月报 2024-03", "team'", "月报 2024-03 team_"], // no apostrophe at the end
])("%s + %s → %s", (sheet, team, name) => {
  expect(teamSheetName(sheet, team)).toBe(name);
  expect([...name].length).toBeLessThanOrEqual(31);
});

test("a team too long for Excel's 31 characters is cut, and two long teams alike at first get two sheets", () => {
  const sheet = "报告 2024-03-01~2024-03-15";
  const name = teamSheetName(sheet, "After-sales support");
  expect(name).toMatch(/^报告 2024-03-01~2024-03-15 Aft~[0-9a-z]{2}$/u);
  expect([...name]).toHaveLength(31);
  expect(teamSheetName(sheet, "After-sales support north")).not.toBe(teamSheetName(sheet, "After-sales support south"));
});
