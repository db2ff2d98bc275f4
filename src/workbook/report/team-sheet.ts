/**
 * The one-team report's sheet: its own, `报告 2024-03 售后一组`, beside the all-teams `报告 2024-03`, so a team's
 * report never replaces the whole report (nor another team's). Excel's sheet names hold at most 31 characters and
 * none of : \ / ? * [ ] — a masked team's `*` becomes `＊`, another forbidden character `_`. A team too long for the
 * name is cut and ends in `~` and two characters from the whole name, so two long teams do not share a sheet.
 */
const MAX_SHEET_NAME = 31;

/** Two base-36 characters from the whole text. */
function tag(text: string): string {
  let h = 0;
  for (const ch of text) h = (h * 31 + (ch.codePointAt(0) ?? 0)) % 1296;
  return h.toString(36).padStart(2, "0");
}

export function teamSheetName(reportSheet: string, team: string): string {
  const shown = [...team.replace(/\*/g, "＊").replace(/[:\\/?[\]]/g, "_")];
  const room = MAX_SHEET_NAME - [...reportSheet].length - 1;
  const fitted = shown.length <= room ? shown.join("") : `${shown.slice(0, room - 3).join("")}~${tag(team)}`;
  return `${reportSheet} ${fitted}`.replace(/'$/, "_");
}
