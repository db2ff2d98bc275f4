/**
 * The one-team report's sheet: its own, `报告 2024-03 售后一组`, beside the all-teams `报告 2024-03`, so a team's
 * report never replaces the whole report (nor another team's). Excel's sheet names hold at most 31 characters and
 * none of : \ / ? * [ ] — a masked team's `*` becomes `＊`, another forbidden character `_`, a long team is cut.
 */
const MAX_SHEET_NAME = 31;

export function teamSheetName(reportSheet: string, team: string): string {
  const shown = team.replace(/\*/g, "＊").replace(/[:\\/?[\]]/g, "_");
  const room = MAX_SHEET_NAME - reportSheet.length - 1;
  return `${reportSheet} ${[...shown].slice(0, Math.max(room, 1)).join("")}`.replace(/^'|'$/g, "_");
}
