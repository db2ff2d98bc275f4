/**
 * The month report (DOMAIN.md §2–§7, issue 4): every figure the report sheet and its JSON show, computed from
 * the record tables. The as-of time of the report is the end of the month (`periodRange(month).end`).
 */
import { createKeywordExtractor, type KeywordExtractor, type StopWords } from "../keywords/extract-keywords";
import type { Segmenter } from "../keywords/segmenter";
import { topKeywordsWith, type KeywordCount } from "../keywords/top-keywords";
import { monthKey } from "../serial";
import type { Settings } from "../settings";
import { inRange, textOf } from "./cells";
import { compareHeadlines, type Headline, type HeadlineChange } from "./comparison";
import { evaluationFigures, type EvaluationFigures } from "./evaluation-figures";
import { feedbackFigures, type FeedbackFigures } from "./feedback-figures";
import { followupFigures, type FollowupFigures } from "./followup-figures";
import { parseDeptOwners } from "./dept-owners";
import { MetricSource } from "./draft-metric";
import { improvementDrafts, type ImprovementDraft } from "./improvement-drafts";
import type { DraftOrigin } from "./improvement-origin";
import { mergeImprovementDrafts, selectNewDrafts, type DraftSelection } from "./merge-improvements";
import { withTeamOwners } from "./monitoring-owners";
import { monitoringSummary, type MonitoringRow } from "./monitoring";
import { draftMonth, parsePeriod, periodRange, previousPeriod, shiftPeriod, type Period } from "./period";
import { maskReport, privateKeywordExtractor, reportPrivacyFilter, roleTitles } from "./private-report";
import {
  createSuggestionExtractor,
  negativeFeedback,
  negativeTexts,
  TOP_KEYWORDS,
  topSuggestions,
} from "./month-keywords";
import type { OwnerDeptMapping } from "./owner-depts";
import { recheckSample } from "./recheck-sample";
import { notReopenedCount, resolutionFigures, type ResolutionReport } from "./resolution-figures";
import { recheckItems, type RecheckItem } from "./recheck-verdicts";
import { sampleCoverage, type CoverageStratum, type SampleCoverage } from "./sample-coverage";
import { MONTH_FIELD, type ReportTables } from "./report-tables";
import { slaFigures, type SlaFigures } from "./sla-figures";

export interface MonthReportOptions {
  /** Seed of the re-check sample. @default the month, e.g. `2024-03` */
  readonly seed?: string;
  /** The Lists sheet's 服务类型 values (missing strata). @default the default list */
  readonly serviceTypes?: readonly string[];
  /** Topic → 责任部门 of the drafts. @default DEFAULT_OWNER_DEPTS */
  readonly ownerDepts?: OwnerDeptMapping;
  /** Months in the overall-rate trend, ending with the report month. @default 12 */
  readonly trendMonths?: number;
  /** A keyword extractor to reuse (with its cache) instead of one made from the segmenter and stop words. */
  readonly keywords?: KeywordExtractor;
  /** The Lists sheet's 区域, 服务等级 and 客户类型 values: the order of the coverage strata. */
  readonly strataLists?: Partial<Readonly<Record<CoverageStratum, readonly string[]>>>;
  /** Which drafts the report raises (a one-team report: those naming its team). @default every draft */
  readonly keepDraft?: (draft: ImprovementDraft) => boolean;
}

export interface RecheckFigures {
  readonly seed: string;
  readonly share: number;
  /** The distinct ids of the month's feedback rows the sample was drawn from. */
  readonly population: number;
  readonly ids: readonly string[];
}

export interface TrendPoint {
  readonly month: string;
  readonly valid: number;
  readonly overallRate: number | undefined;
}

export interface ImprovementPlanSummary {
  /** Drafts added to the plan by this report. */
  readonly added: number;
  /** Drafts already in the plan. */
  readonly known: number;
  /** Drafts left out because the month reached Settings `maxDrafts`, per origin (origins in draft order). */
  readonly omitted: readonly { readonly origin: DraftOrigin; readonly count: number }[];
}

function planSummary(selection: DraftSelection): ImprovementPlanSummary {
  const omitted = new Map<DraftOrigin, number>();
  for (const d of selection.omitted) omitted.set(d.origin, (omitted.get(d.origin) ?? 0) + 1);
  return {
    added: selection.fresh.length,
    known: selection.known,
    omitted: [...omitted].map(([origin, count]) => ({ origin, count })),
  };
}

export interface MonthReport extends Headline {
  /** The period's key (`2024-W10`, `2024-03`, `2024Q1`, `2024-03-01~2024-03-15`); named month for compatibility. */
  readonly month: string;
  /** The period: kind, key and its half-open serial bounds. */
  readonly period: Period;
  readonly previousMonth: string;
  /** The end of the month: overdue flags are judged as of this serial. */
  readonly asOf: number;
  readonly evaluations: EvaluationFigures;
  readonly monitoring: readonly MonitoringRow[];
  readonly sla: SlaFigures;
  readonly followups: FollowupFigures;
  readonly feedback: FeedbackFigures;
  readonly topKeywords: readonly KeywordCount[];
  readonly topSuggestions: readonly KeywordCount[];
  readonly recheck: RecheckFigures;
  /** Every draft the month's figures raise, highest impact first (`improvementDrafts`). */
  readonly improvements: readonly ImprovementDraft[];
  /** Which drafts this report adds to the plan, and a summary of the rest (`selectNewDrafts`). */
  readonly improvementPlan: ImprovementPlanSummary;
  /** 问题解决周期 of the month's issues. */
  readonly resolution: ResolutionReport;
  /** The month's issues whose result is 不满意 but which are closed (未重新处理). */
  readonly notReopened: number;
  /** Improvement rows due for re-check this month, with before → after and verdict (`recheckItems`). */
  readonly rechecks: readonly RecheckItem[];
  /** Sample coverage by 区域, 服务等级 and 客户类型, with the strata not covered (`sampleCoverage`). */
  readonly coverage: SampleCoverage;
  /** The previous month's headline figures. */
  readonly previous: Headline;
  readonly comparison: readonly HeadlineChange[];
  /** The overall score rate per month, oldest first, from the first month with an evaluation. */
  readonly trend: readonly TrendPoint[];
}

function headline(tables: ReportTables, settings: Settings, month: string, options: MonthReportOptions): Headline {
  return {
    evaluations: evaluationFigures(tables, settings, month, options),
    sla: slaFigures(tables.issues, settings, month),
    followups: followupFigures(tables.followups, settings, month),
    feedback: feedbackFigures(tables.feedback, settings.rules, month),
  };
}

/**
 * The overall score rate of the `months` months ending with `month` (DOMAIN.md §5 "a chart of the monthly
 * trend"), oldest first; leading months without evaluations are left out.
 * @throws SettingsError when the dimension weights do not sum to 100%.
 */
export function overallRateTrend(tables: ReportTables, settings: Settings, month: string, months = 12): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (let offset = 1 - months; offset <= 0; offset += 1) {
    const m = shiftPeriod(month, offset);
    const figures = evaluationFigures(tables, settings, m);
    if (points.length > 0 || figures.total > 0) {
      points.push({ month: m, valid: figures.valid, overallRate: figures.overallRate });
    }
  }
  return points;
}

/** The distinct non-blank ids of the month's feedback rows (by servedAt), the re-check population (§4.3). */
export function recheckPopulation(tables: ReportTables, month: string): string[] {
  const range = periodRange(month);
  const ids = new Set<string>();
  for (const row of tables.feedback) {
    const id = textOf(row["id"]);
    if (id !== undefined && inRange(row["servedAt"], range)) ids.add(id);
  }
  return [...ids];
}

/**
 * The month report of `month` (DOMAIN.md §2–§7): evaluation, monitoring, SLA, follow-up and feedback figures,
 * TOP 5 problem keywords, TOP 3 suggestions, the re-check sample (seed: `options.seed`, else the month), the
 * improvement drafts (not yet merged into the plan: see `mergeImprovementDrafts`), the previous month's headline
 * with changes, and the overall-rate trend. Each distinct text is segmented once. No name or number is a keyword,
 * and every text is masked (`maskReport`, DOMAIN.md §4.4).
 * @throws SettingsError when the dimension weights do not sum to 100%.
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function monthReport(
  tables: ReportTables,
  settings: Settings,
  month: string,
  segmenter: Segmenter,
  stopWords: StopWords,
  options: MonthReportOptions = {},
): MonthReport {
  const privacy = reportPrivacyFilter(tables);
  const keywords = privateKeywordExtractor(options.keywords ?? createKeywordExtractor(segmenter, stopWords), privacy);
  const current = headline(tables, settings, month, options);
  const before = previousPeriod(month);
  const previous = headline(tables, settings, before, options);
  const figures = monitoringSummary(tables, settings, month, keywords);
  const topKeywords = topKeywordsWith(negativeTexts(tables, settings, month), TOP_KEYWORDS, keywords);
  const seed = options.seed ?? month;
  const population = recheckPopulation(tables, month);
  const sources = {
    dimensions: current.evaluations.dimensions,
    validEvaluations: current.evaluations.valid,
    monitoring: figures,
    topKeywords,
    negativeFeedback: negativeFeedback(tables.feedback, settings.rules, month),
    issues: tables.issues,
  };
  const drafts = improvementDrafts(sources, settings, month, keywords, options.ownerDepts).filter(
    options.keepDraft ?? (() => true),
  );
  const { maxDrafts, deptOwners } = settings.rules;
  const planMonth = draftMonth(month);
  const owners = parseDeptOwners(deptOwners);
  const merged = mergeImprovementDrafts(tables.improvements, drafts, planMonth, { maxNew: maxDrafts, owners });
  const monitoring = withTeamOwners(figures, merged.rows, planMonth);
  return maskReport(
    {
      month,
      period: parsePeriod(month),
      previousMonth: before,
      asOf: periodRange(month).end,
      ...current,
      monitoring,
      topKeywords,
      topSuggestions: topSuggestions(
        tables,
        month,
        createSuggestionExtractor(keywords, (clause) => privacy.text(clause) === clause),
      ),
      recheck: {
        seed,
        share: settings.rules.recheckShare,
        population: population.length,
        ids: recheckSample(population, settings.rules.recheckShare, seed),
      },
      improvements: drafts,
      improvementPlan: planSummary(selectNewDrafts(tables.improvements, drafts, planMonth, maxDrafts)),
      resolution: resolutionFigures(tables.issues, periodRange(month), settings.holidays),
      notReopened: notReopenedCount(tables.issues, periodRange(month)),
      rechecks: recheckItems(tables.improvements, month, new MetricSource(tables, settings, keywords)),
      coverage: sampleCoverage(tables, settings, periodRange(month), options.strataLists),
      previous,
      comparison: compareHeadlines(current, previous),
      trend: overallRateTrend(tables, settings, month, options.trendMonths),
    },
    privacy,
    roleTitles(owners.values()),
  );
}

/**
 * The latest month with any record (DOMAIN.md §5; the ribbon button's fallback): the month of the greatest date
 * among issues' receivedAt, evaluations' serviceDate, follow-ups' callDate and feedback's servedAt. Undefined when
 * no table has a dated row.
 */
export function latestMonthWithData(tables: Omit<ReportTables, "improvements">): string | undefined {
  let latest: number | undefined;
  for (const [table, field] of Object.entries(MONTH_FIELD) as [keyof typeof MONTH_FIELD, string][]) {
    for (const row of tables[table]) {
      const at = row[field];
      if (typeof at === "number" && Number.isFinite(at) && at >= 61 && (latest === undefined || at > latest)) {
        latest = at;
      }
    }
  }
  return latest === undefined ? undefined : monthKey(latest);
}
