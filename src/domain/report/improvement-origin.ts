/**
 * Origins of an improvement-plan row (DOMAIN.md §1.5, §7) and the fixed word that follows the subject in its
 * 依据, which is how a regenerated draft finds the row drafted before (`draftKey`).
 */
export const IMPROVEMENT_ORIGIN = {
  lowDimension: "低分维度",
  frequentProblem: "高频问题",
  targetMissed: "指标未达标",
  commonIssue: "共性问题",
  majorComplaint: "重大投诉",
  manual: "人工添加",
} as const;

export type ImprovementOrigin = (typeof IMPROVEMENT_ORIGIN)[keyof typeof IMPROVEMENT_ORIGIN];
export type DraftOrigin = Exclude<ImprovementOrigin, typeof IMPROVEMENT_ORIGIN.manual>;

/** The word after `subject + " "` in a draft's 依据, one per origin. */
export const EVIDENCE_LEAD: Readonly<Record<DraftOrigin, string>> = {
  低分维度: "得分率",
  高频问题: "出现于",
  指标未达标: "实际",
  共性问题: "本月",
  重大投诉: "紧急程度",
};

/**
 * The start of a draft's 依据 that identifies it within its month and origin (DOMAIN.md §7 "same month + origin
 * + subject = same row"): `subject + " " + EVIDENCE_LEAD[origin]`, e.g. `问题解决效果 得分率`.
 */
export function draftKey(origin: DraftOrigin, subject: string): string {
  return `${subject} ${EVIDENCE_LEAD[origin]}`;
}
