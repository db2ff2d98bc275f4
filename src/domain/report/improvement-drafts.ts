/**
 * Improvement drafts of a month (DOMAIN.md §7, source 000 §2.4, 002 step 6, 004 §2.4): one per low-score
 * dimension, frequent problem keyword, missed monitoring target, common issue and major complaint.
 */
import type { KeywordExtractor } from "../keywords/extract-keywords";
import { compareText, type KeywordCount } from "../keywords/top-keywords";
import { draftMonth, parsePeriod } from "./period";
import { periodWords } from "./period-words";
import type { RecordRow } from "../schema/types";
import { IMPROVEMENT_STATUS, URGENCY } from "../schema/values";
import type { Settings } from "../settings";
import { inRange, textOf } from "./cells";
import type { DimensionFigure } from "./evaluation-figures";
import { measured, measuredPercent, thresholdPercent } from "./evidence-format";
import { IMPROVEMENT_ORIGIN, draftKey, type DraftOrigin } from "./improvement-origin";
import type { MonitoringRow } from "./monitoring";
import { edate, endOfNextMonth } from "./month";
import { DEFAULT_OWNER_DEPTS, ownerDeptFor, type OwnerDeptMapping } from "./owner-depts";

export interface ImprovementDraft {
  readonly origin: DraftOrigin;
  /** What the draft is about: a dimension label, a keyword, `team/stage/channel/figure`, `category/product`, `team/category`. */
  readonly subject: string;
  readonly problem: string;
  /** Starts with `draftKey(origin, subject)`. */
  readonly evidence: string;
  readonly ownerDept: string;
  /** How far from target (a share, at most 1) × how many customers: the drafts' order. */
  readonly impact: number;
  /** The last day of the next month (date serial). */
  readonly dueDate: number;
  readonly status: typeof IMPROVEMENT_STATUS.notStarted;
  /** EDATE(dueDate, 1). */
  readonly recheckDate: number;
}

/** What the drafts are made from: figures the month report has already computed, and the issue log. */
export interface DraftSources {
  readonly dimensions: readonly DimensionFigure[];
  /** Valid evaluations of the month: the customers behind a dimension's rate. */
  readonly validEvaluations: number;
  readonly monitoring: readonly MonitoringRow[];
  /** The TOP 5 keywords of the month's negative texts (`negativeTexts`). */
  readonly topKeywords: readonly KeywordCount[];
  /** The month's negative feedback rows (`negativeFeedback`), the denominator of the 高频问题 share. */
  readonly negativeFeedback: readonly RecordRow[];
  /** All issues; those received in the month are used. */
  readonly issues: readonly RecordRow[];
}

type DraftBody = Omit<ImprovementDraft, "origin" | "evidence" | "status" | "dueDate" | "recheckDate"> & {
  readonly figure: string;
};

const BLANK = "-";
/** Issue ids listed in a 重大投诉 draft's 依据 before the rest are only counted. */
export const MAJOR_IDS_SHOWN = 20;

/** The relative distance from a target, capped at 1 (a figure twice as bad as its target is as bad as it gets). */
const shortfall = (distance: number, target: number) => (target > 0 ? Math.min(1, Math.max(0, distance / target)) : 1);

/** Distinct customerId among the rows; each blank one counts as one customer (DOMAIN.md §5). */
function customersOf(rows: readonly RecordRow[]): number {
  const ids = new Set<string>();
  let blank = 0;
  for (const row of rows) {
    const id = textOf(row["customerId"]);
    if (id === undefined) blank += 1;
    else ids.add(id);
  }
  return ids.size + blank;
}

function lowDimensionDrafts(sources: DraftSources, settings: Settings, depts: OwnerDeptMapping) {
  const { lowRate } = settings.rules;
  return sources.dimensions
    .filter((d) => d.low && d.rate !== undefined)
    .map((d): DraftBody => ({
      subject: d.label,
      problem: `${d.label}得分率 ${measuredPercent(d.rate ?? 0)}，低于 ${thresholdPercent(lowRate)}`,
      figure: `${measuredPercent(d.rate ?? 0)} < ${thresholdPercent(lowRate)}`,
      ownerDept: ownerDeptFor(d.label, depts),
      impact: shortfall(lowRate - (d.rate ?? 0), lowRate) * sources.validEvaluations,
    }));
}

/** The most frequent non-blank value of `key` among the rows (ties by name), or undefined. */
function mostCommon(rows: readonly RecordRow[], key: string): string | undefined {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = textOf(row[key]);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
}

function frequentProblemDrafts(
  sources: DraftSources,
  settings: Settings,
  keywords: KeywordExtractor,
  depts: OwnerDeptMapping,
) {
  const n = sources.negativeFeedback.length;
  const share = settings.rules.highFrequencyShare;
  return sources.topKeywords.flatMap((k): DraftBody[] => {
    const rows = sources.negativeFeedback.filter((r) => {
      const text = textOf(r["text"]);
      return text !== undefined && keywords(text).includes(k.keyword);
    });
    if (n === 0 || rows.length / n < share) return [];
    const part = `${String(rows.length)}/${String(n)}`;
    return [
      {
        subject: k.keyword,
        problem: `负面反馈高频问题「${k.keyword}」：${part} 条`,
        figure: `${part} 条负面反馈（${measuredPercent(rows.length / n)}）≥ ${thresholdPercent(share)}`,
        ownerDept: ownerDeptFor(mostCommon(rows, "problemType"), depts),
        impact: rows.length,
      },
    ];
  });
}

function targetDrafts(monitoring: readonly MonitoringRow[], settings: Settings, depts: OwnerDeptMapping) {
  const { rules } = settings;
  const min = rules.minGroupIssues;
  const drafts: DraftBody[] = [];
  for (const row of monitoring) {
    const group = [row.team ?? BLANK, row.stage ?? BLANK, row.channel ?? BLANK];
    const issueCustomers = row.customers ?? row.issues;
    const add = (label: string, figure: string, topic: string | undefined, impact: number) =>
      drafts.push({
        subject: [...group, label].join("/"),
        problem: `${group.join(" ")}：${label}未达标`,
        figure,
        ownerDept: ownerDeptFor(topic, depts),
        impact,
      });
    const target = row.responseTarget;
    if (row.issues >= min && row.misses.response && row.avgResponseSeconds !== undefined && target !== undefined) {
      const figure = `${measured(row.avgResponseSeconds, 1)} 秒 > 目标 ${String(target)} 秒`;
      add("平均响应时长", figure, "响应速度", shortfall(row.avgResponseSeconds - target, target) * issueCustomers);
    }
    if (row.issues >= min && row.misses.fcr && row.fcrRate !== undefined) {
      const figure = `${measuredPercent(row.fcrRate)} < 目标 ${thresholdPercent(rules.targetFcr)}`;
      add(
        "一次性解决率",
        figure,
        undefined,
        shortfall(rules.targetFcr - row.fcrRate, rules.targetFcr) * issueCustomers,
      );
    }
    if (row.feedback >= min && row.misses.satisfaction && row.avgSatisfaction !== undefined) {
      const target = rules.targetSatisfaction;
      const figure = `${measured(row.avgSatisfaction, 2)} < 目标 ${String(target)}`;
      add("满意度平均分", figure, undefined, shortfall(target - row.avgSatisfaction, target) * row.feedback);
    }
  }
  return drafts;
}

/** Rows grouped by the text of `keys` (blank as `-`), in first-seen order. */
function groupBy(rows: readonly RecordRow[], keys: readonly string[]): Map<string, RecordRow[]> {
  const groups = new Map<string, RecordRow[]>();
  for (const row of rows) {
    const key = keys.map((k) => textOf(row[k]) ?? BLANK).join("/");
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

function commonIssueDrafts(issues: readonly RecordRow[], settings: Settings, depts: OwnerDeptMapping, when: string) {
  const min = settings.rules.commonIssueMin;
  const named = issues.filter((r) => textOf(r["category"]) !== undefined && textOf(r["product"]) !== undefined);
  return [...groupBy(named, ["category", "product"])]
    .filter(([, rows]) => rows.length >= min)
    .map(([subject, rows]): DraftBody => {
      const category = textOf(rows[0]?.["category"]);
      const product = textOf(rows[0]?.["product"]) ?? BLANK;
      return {
        subject,
        problem: `${product}：${category ?? BLANK}问题${when} ${String(rows.length)} 条`,
        figure: `${String(rows.length)} 条问题 ≥ ${String(min)}`,
        ownerDept: ownerDeptFor(category, depts),
        impact: customersOf(rows),
      };
    });
}

/** One draft per team × category of the month's 重大 issues with an id, the ids in its 依据. */
function majorComplaintDrafts(issues: readonly RecordRow[], depts: OwnerDeptMapping, when: string) {
  const major = issues.filter((r) => textOf(r["id"]) !== undefined && textOf(r["urgency"]) === URGENCY.major);
  return [...groupBy(major, ["team", "category"])].map(([subject, rows]): DraftBody => {
    const ids = rows.map((r) => textOf(r["id"]) ?? "");
    const shown = ids.slice(0, MAJOR_IDS_SHOWN).join("、");
    const rest = ids.length > MAJOR_IDS_SHOWN ? ` 等 ${String(ids.length)} 条` : "";
    const count = String(ids.length);
    return {
      subject,
      problem: `重大投诉 ${subject.replaceAll("/", " ")}：${when} ${count} 条`,
      figure: `${URGENCY.major} ${count} 条：${shown}${rest}`,
      ownerDept: mostCommon(rows, "ownerDept") ?? ownerDeptFor(textOf(rows[0]?.["category"]), depts),
      impact: customersOf(rows),
    };
  });
}

/**
 * The improvement drafts of `month` (DOMAIN.md §7, issue 15: one draft per problem): 低分维度 (each dimension with
 * rate < lowRate), 高频问题 (each TOP 5 keyword found in ≥ highFrequencyShare of the month's negative feedback
 * rows: the TOP 5 may come from evaluation comments and follow-up problems too, the share is the feedback's), 指标未达标 (each missed figure of each monitoring row whose figure rests on ≥ minGroupIssues records:
 * issues for response and FCR, feedback rows for satisfaction), 共性问题 (category + product shared by
 * ≥ commonIssueMin issues received in the month, blanks excluded), 重大投诉 (the month's 重大 issues with an id,
 * one draft per team × category, the ids in the 依据, at most MAJOR_IDS_SHOWN listed). Problem texts name the
 * period by its kind (本周/本月/本季度/本期); the 依据 of a 共性问题 keeps 本月, the word that identifies its row.
 *
 * impact = shortfall × customers, where shortfall is the figure's distance from its threshold relative to the
 * threshold, capped at 1 (1 for the counted origins: each keyword row, common issue and major complaint is a customer
 * with the problem) and customers are the valid evaluations (dimension), the keyword's rows, the group's distinct
 * customers (response, FCR, common issue, major complaint; a blank customerId counts once) or feedback rows
 * (satisfaction). Drafts come highest impact first; ties keep the origin order above.
 *
 * 依据 is `draftKey(origin, subject)` followed by the figure. ownerDept: the mapping of the dimension label, of
 * the most common problemType of the negative feedback containing the keyword, of 响应速度 for a response target,
 * of the category; a major complaint group takes its issues' most common 责任部门 when they have one. dueDate =
 * `endOfNextMonth` of the period's `draftMonth`, recheckDate = `edate(dueDate, 1)`, status 未开始.
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function improvementDrafts(
  sources: DraftSources,
  settings: Settings,
  month: string,
  keywords: KeywordExtractor,
  depts: OwnerDeptMapping = DEFAULT_OWNER_DEPTS,
): ImprovementDraft[] {
  const range = parsePeriod(month);
  const when = periodWords(range.kind, "zh-CN").current;
  const issues = sources.issues.filter((r) => inRange(r["receivedAt"], range));
  const dueDate = endOfNextMonth(draftMonth(month));
  const recheckDate = edate(dueDate, 1);
  const bodies: [DraftOrigin, DraftBody[]][] = [
    [IMPROVEMENT_ORIGIN.lowDimension, lowDimensionDrafts(sources, settings, depts)],
    [IMPROVEMENT_ORIGIN.frequentProblem, frequentProblemDrafts(sources, settings, keywords, depts)],
    [IMPROVEMENT_ORIGIN.targetMissed, targetDrafts(sources.monitoring, settings, depts)],
    [IMPROVEMENT_ORIGIN.commonIssue, commonIssueDrafts(issues, settings, depts, when)],
    [IMPROVEMENT_ORIGIN.majorComplaint, majorComplaintDrafts(issues, depts, when)],
  ];
  return bodies
    .flatMap(([origin, list]) =>
      list.map(({ figure, ...body }) => ({
        origin,
        ...body,
        evidence: `${draftKey(origin, body.subject)} ${figure}`,
        dueDate,
        status: IMPROVEMENT_STATUS.notStarted,
        recheckDate,
      })),
    )
    .sort((a, b) => b.impact - a.impact);
}
