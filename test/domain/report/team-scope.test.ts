import { isTeam, isTeamDraft, teamTables } from "../../../src/domain/report/team-scope";
import type { ReportTables } from "../../../src/domain/report/report-tables";

const plain = { shown: "A*组", masked: false };
const masked = { shown: "王**", masked: true };

test.each([
  ["A*组", plain, true],
  ["a*组", plain, true], // COUNTIFS and SEARCH ignore case
  ["AB组", plain, false], // a `*` typed in a team is itself
  ["A*组 ", plain, false],
  ["王女士", masked, true], // each masked `*` is one character
  ["王小明", masked, true],
  ["王小明组", masked, false],
  ["张女士", masked, false],
  [undefined, masked, false],
] as const)("isTeam(%p, %p) is %p", (cell, team, expected) => {
  expect(isTeam(cell, team)).toBe(expected);
});

test("a team's tables: its issues and feedback, the evaluations and calls linked to its issues", () => {
  const tables: ReportTables = {
    issues: [
      { id: "Q-1", team: "售后组" },
      { id: "q-2", team: "售后组" },
      { team: "售后组" }, // no id: nothing links to it
      { id: "Q-3", team: "电话组" },
    ],
    evaluations: [{ issueId: "Q-1" }, { issueId: "Q-2" }, { issueId: "Q-3" }, {}],
    followups: [{ issueId: "Q-3" }, { id: "F", issueId: "q-1" }],
    feedback: [{ team: "售后组", id: "FB-1" }, { team: "电话组" }],
    improvements: [{ id: "I-1" }],
  };
  const mine = teamTables(tables, { shown: "售后组", masked: false });
  expect(mine.issues).toHaveLength(3);
  expect(mine.evaluations).toEqual([{ issueId: "Q-1" }, { issueId: "Q-2" }]);
  expect(mine.followups).toEqual([{ id: "F", issueId: "q-1" }]);
  expect(mine.feedback).toEqual([{ team: "售后组", id: "FB-1" }]);
  expect(mine.improvements).toEqual([{ id: "I-1" }]); // drafts are still matched against the whole plan
});

test("a team raises only the drafts that name it", () => {
  const team = { shown: "售后组", masked: false };
  expect(isTeamDraft({ subject: "售后组/维修/电话/首次解决率" }, team)).toBe(true);
  expect(isTeamDraft({ subject: "售后组/产品质量" }, team)).toBe(true);
  expect(isTeamDraft({ subject: "服务态度" }, team)).toBe(false);
  expect(isTeamDraft({ subject: "电话组/维修/电话/首次解决率" }, team)).toBe(false);
});
