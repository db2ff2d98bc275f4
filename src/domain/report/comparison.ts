/**
 * The comparison with the previous month (DOMAIN.md §5: "every headline figure with its change").
 */
import type { EvaluationFigures } from "./evaluation-figures";
import type { FeedbackFigures } from "./feedback-figures";
import type { FollowupFigures } from "./followup-figures";
import type { SlaFigures } from "./sla-figures";

/** How a headline figure is shown: a count, a rate (fraction, shown as %) or a score/mean. */
export type HeadlineKind = "count" | "rate" | "score";

/** The month-level figures that are compared with the previous month. */
export interface Headline {
  readonly evaluations: EvaluationFigures;
  readonly sla: SlaFigures;
  readonly followups: FollowupFigures;
  readonly feedback: FeedbackFigures;
}

export interface HeadlineChange {
  /** `section.figure`, e.g. `evaluations.overallRate`. */
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly kind: HeadlineKind;
  readonly current: number | undefined;
  readonly previous: number | undefined;
  /** current − previous (a rate's change is in fraction points); undefined when either is. */
  readonly change: number | undefined;
}

interface HeadlineSpec {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly kind: HeadlineKind;
  readonly value: (h: Headline) => number | undefined;
}

/** The headline figures, in the order the report lists them. */
export const HEADLINES: readonly HeadlineSpec[] = [
  { key: "evaluations.total", zh: "评估数", en: "Evaluations", kind: "count", value: (h) => h.evaluations.total },
  { key: "evaluations.valid", zh: "有效评估数", en: "Valid", kind: "count", value: (h) => h.evaluations.valid },
  {
    key: "evaluations.validityRate",
    zh: "有效率",
    en: "Validity rate",
    kind: "rate",
    value: (h) => h.evaluations.validityRate,
  },
  {
    key: "evaluations.overall",
    zh: "加权总分",
    en: "Overall score",
    kind: "score",
    value: (h) => h.evaluations.overall,
  },
  {
    key: "evaluations.overallRate",
    zh: "综合得分率",
    en: "Overall score rate",
    kind: "rate",
    value: (h) => h.evaluations.overallRate,
  },
  { key: "evaluations.csat", zh: "CSAT", en: "CSAT", kind: "rate", value: (h) => h.evaluations.csat },
  { key: "evaluations.coverage", zh: "样本覆盖率", en: "Coverage", kind: "rate", value: (h) => h.evaluations.coverage },
  { key: "sla.total", zh: "问题数", en: "Issues", kind: "count", value: (h) => h.sla.total },
  { key: "sla.overdue", zh: "超时数", en: "Overdue", kind: "count", value: (h) => h.sla.overdue },
  { key: "sla.onTimeRate", zh: "按时率", en: "On-time rate", kind: "rate", value: (h) => h.sla.onTimeRate },
  { key: "followups.total", zh: "回访数", en: "Calls", kind: "count", value: (h) => h.followups.total },
  {
    key: "followups.needsFollowUp",
    zh: "需跟进",
    en: "Need follow-up",
    kind: "count",
    value: (h) => h.followups.needsFollowUp,
  },
  { key: "followups.closed", zh: "已闭环", en: "Closed", kind: "count", value: (h) => h.followups.closed },
  { key: "followups.timely", zh: "及时回访", en: "Timely calls", kind: "count", value: (h) => h.followups.timely },
  { key: "followups.npsIndex", zh: "NPS指数", en: "NPS index", kind: "rate", value: (h) => h.followups.npsIndex },
  { key: "feedback.total", zh: "反馈数", en: "Feedback", kind: "count", value: (h) => h.feedback.total },
  { key: "feedback.negative", zh: "负面反馈数", en: "Negative", kind: "count", value: (h) => h.feedback.negative },
  {
    key: "feedback.avgScore",
    zh: "反馈平均分",
    en: "Average feedback score",
    kind: "score",
    value: (h) => h.feedback.avgScore,
  },
];

/** Each headline figure of `current` beside `previous` with its change (DOMAIN.md §5). */
export function compareHeadlines(current: Headline, previous: Headline): HeadlineChange[] {
  return HEADLINES.map(({ value, ...spec }) => {
    const now = value(current);
    const before = value(previous);
    return {
      ...spec,
      current: now,
      previous: before,
      change: now === undefined || before === undefined ? undefined : now - before,
    };
  });
}
