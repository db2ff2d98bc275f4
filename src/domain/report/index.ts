/** The monthly report (DOMAIN.md §2–§7): figures, keywords, re-check sample and improvement drafts. */
export { responseTarget, targetMisses, RESPONSE_TARGET_CHANNELS } from "./targets";
export type { TargetMisses } from "./targets";
export { compareHeadlines, HEADLINES } from "./comparison";
export type { Headline, HeadlineChange, HeadlineKind } from "./comparison";
export { evaluationFigures } from "./evaluation-figures";
export type { DimensionFigure, EvaluationFigures, EvaluationOptions, StratumCount } from "./evaluation-figures";
export { measured, measuredPercent, thresholdPercent } from "./evidence-format";
export { feedbackFigures } from "./feedback-figures";
export type { FeedbackFigures } from "./feedback-figures";
export { followupFigures } from "./followup-figures";
export type { FollowupFigures } from "./followup-figures";
export { improvementDrafts } from "./improvement-drafts";
export type { DraftSources, ImprovementDraft } from "./improvement-drafts";
export { draftKey, EVIDENCE_LEAD, IMPROVEMENT_ORIGIN } from "./improvement-origin";
export type { DraftOrigin, ImprovementOrigin } from "./improvement-origin";
export { improvementId, mergeImprovementDrafts } from "./merge-improvements";
export type { MergedImprovements } from "./merge-improvements";
export { MONITORING_KEYWORDS, monitoringSummary } from "./monitoring";
export type { MonitoringInput, MonitoringRow } from "./monitoring";
export { teamOwners, teamsNamedIn } from "./monitoring-owners";
export type { TeamOwner } from "./monitoring-owners";
export { edate, endOfNextMonth, monthOfCell, previousMonth, shiftMonth } from "./month";
export {
  negativeFeedback,
  TOP_KEYWORDS,
  TOP_SUGGESTIONS,
  textsOf,
  topKeywordsOfMonth,
  topSuggestions,
} from "./month-keywords";
export { latestMonthWithData, monthReport, overallRateTrend, recheckPopulation } from "./month-report";
export type { MonthReport, MonthReportOptions, RecheckFigures, TrendPoint } from "./month-report";
export { DEFAULT_OWNER_DEPTS, ownerDeptFor } from "./owner-depts";
export type { OwnerDeptMapping } from "./owner-depts";
export { recheckSample, recheckSampleSize } from "./recheck-sample";
export { MONTH_FIELD } from "./report-tables";
export type { ReportTables } from "./report-tables";
export { toReportJson } from "./report-json";
export type { Jsonify } from "./report-json";
export { slaFigures } from "./sla-figures";
export type { SlaFigures, Urgency, UrgencyFigures } from "./sla-figures";
