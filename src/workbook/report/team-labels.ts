/** The one-team report's words (issue 15 item 1), beside report-labels.ts. */
export const TEAM_LABELS = {
  team: { zh: "团队", en: "Team" },
  scope: {
    zh: "范围：{team}（其问题、关联的评估与回访、其反馈）",
    en: "Scope: {team} (its issues, the evaluations and calls linked to them, its feedback)",
  },
  sheetSuffix: { zh: "团队", en: "team" },
} as const;
