/**
 * The one-team report (issue 15 item 1): the records of one 部门/团队 — its issues and feedback by their team, its
 * evaluations and follow-ups through 关联问题编号 to one of its issues (they have no team of their own).
 *
 * The team is matched as the report's live formulas match it (team-formulas.ts): the text the report shows, case
 * aside (COUNTIFS and SEARCH ignore case); when that text is masked (a name or phone typed as a team, DOMAIN.md
 * §4.4), each `*` stands for one hidden character, so `王**` selects every three-character team starting with 王.
 */
import type { CellValue, RecordRow } from "../schema/types";
import type { ImprovementDraft } from "./improvement-drafts";
import type { ReportTables } from "./report-tables";

/** The team a report is for, as the report shows it. */
export interface ReportTeam {
  readonly shown: string;
  readonly masked: boolean;
}

const text = (value: CellValue): string => (value === undefined ? "" : String(value));

/** Whether a team cell is the report's team. */
export function isTeam(value: CellValue, team: ReportTeam): boolean {
  const cell = [...text(value).toLowerCase()];
  const shown = [...team.shown.toLowerCase()];
  if (cell.length !== shown.length) return false;
  return shown.every((ch, i) => (team.masked && ch === "*") || ch === cell[i]);
}

/**
 * Whether a draft is the team's own: its subject starts with the team (a monitoring miss `team/stage/channel/…`,
 * 重大投诉 `team/category`). A draft on the team's figures that does not name it (a low dimension, a keyword, a
 * product's common problem) would read in the plan as one for every team, so a one-team report does not raise it.
 */
export function isTeamDraft(draft: Pick<ImprovementDraft, "subject">, team: ReportTeam): boolean {
  return isTeam(draft.subject.split("/")[0], team);
}

/** The tables narrowed to one team; the improvement plan stays whole (drafts are matched against all of it). */
export function teamTables(tables: ReportTables, team: ReportTeam): ReportTables {
  const issues = tables.issues.filter((row) => isTeam(row["team"], team));
  const ids = new Set(issues.map((row) => text(row["id"]).toLowerCase()).filter((id) => id !== ""));
  const linked = (row: RecordRow) => ids.has(text(row["issueId"]).toLowerCase());
  return {
    issues,
    evaluations: tables.evaluations.filter(linked),
    followups: tables.followups.filter(linked),
    feedback: tables.feedback.filter((row) => isTeam(row["team"], team)),
    improvements: tables.improvements,
  };
}
