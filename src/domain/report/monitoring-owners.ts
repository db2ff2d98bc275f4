/**
 * 改进措施负责人 and 完成时限 of the monitoring table (DOMAIN.md §5): taken from the improvement plan (§1.5).
 */
import { textOf } from "./cells";
import { monthOfCell } from "./month";
import type { RecordRow } from "../schema/types";

export interface TeamOwner {
  readonly owner: string;
  readonly dueDate: number | undefined;
}

/**
 * The teams an improvement row's 问题描述 names: each team whose name occurs in the text, longest names first, an
 * occurrence inside a longer team's name not counting (`在线客服部…` names 在线客服部, not also 客服部).
 */
export function teamsNamedIn(problem: string, teams: readonly string[]): string[] {
  const byLength = [...teams].sort((a, b) => b.length - a.length);
  const named: string[] = [];
  let rest = problem;
  for (const team of byLength) {
    if (team !== "" && rest.includes(team)) {
      named.push(team);
      rest = rest.replaceAll(team, "\u0000");
    }
  }
  return named;
}

/**
 * The owner of each team for month `month` (DOMAIN.md §5 "from the newest improvement-plan row of M for that
 * team"). Rule: among the improvement rows whose 来源月份 is `month` and whose 问题描述 names the team
 * (`teamsNamedIn`) and whose 责任人 is not blank, the last one in table order (the newest) gives 责任人 and 完成时限
 * (undefined when its 完成时限 is not a date). Rows without a 责任人 are not assigned yet and are skipped, so fresh
 * drafts never blank out a person's assignment. Teams with no such row are absent from the map.
 */
export function teamOwners(
  improvements: readonly RecordRow[],
  month: string,
  teams: readonly string[],
): Map<string, TeamOwner> {
  const owners = new Map<string, TeamOwner>();
  if (teams.length === 0) return owners;
  for (const row of improvements) {
    const owner = textOf(row["owner"]);
    const problem = textOf(row["problem"]);
    if (owner === undefined || problem === undefined || monthOfCell(row["month"]) !== month) continue;
    const due = row["dueDate"];
    for (const team of teamsNamedIn(problem, teams)) {
      owners.set(team, { owner, dueDate: typeof due === "number" ? due : undefined });
    }
  }
  return owners;
}

/**
 * The monitoring rows with 改进措施负责人 and 完成时限 taken from `improvements` (`teamOwners`): the report passes
 * the plan with this report's new drafts in it, so a group's owner is known on the first run (issue 15).
 */
export function withTeamOwners<R extends { readonly team: string | undefined }>(
  rows: readonly R[],
  improvements: readonly RecordRow[],
  month: string,
): (R & { owner: string | undefined; dueDate: number | undefined })[] {
  const teams = [...new Set(rows.map((r) => r.team).filter((t): t is string => t !== undefined))];
  const owners = teamOwners(improvements, month, teams);
  return rows.map((row) => {
    const owner = row.team === undefined ? undefined : owners.get(row.team);
    return { ...row, owner: owner?.owner, dueDate: owner?.dueDate };
  });
}
