/**
 * Improvement drafts of a month (DOMAIN.md §7, source 000 §2.4, 002 step 6, 004 §2.4): one per low-score
 * dimension, frequent problem keyword, missed monitoring target, common issue and major complaint.
 */
import type { KeywordExtractor } from "../keywords/extract-keywords";
import { compareText, type KeywordCount } from "../keywords/top-keywords";
import { formatSerial, monthRange } from "../serial";
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
  /** What the draft is about: a dimension label, a keyword, `team/stage/channel/figure`, `category/product`, an issue id. */
  readonly subject: string;
  readonly problem: string;
  /** Starts with `draftKey(origin, subject)`. */
  readonly evidence: string;
  readonly ownerDept: string;
  /** The last day of the next month (date serial). */
  readonly dueDate: number;
  readonly status: typeof IMPROVEMENT_STATUS.notStarted;
  /** EDATE(dueDate, 1). */
  readonly recheckDate: number;
}

/** What the drafts are made from: figures the month report has already computed, and the issue log. */
export interface DraftSources {
  readonly dimensions: readonly DimensionFigure[];
  readonly monitoring: readonly MonitoringRow[];
  /** The TOP 5 keywords of the month's negative feedback. */
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

function lowDimensionDrafts(dimensions: readonly DimensionFigure[], settings: Settings, depts: OwnerDeptMapping) {
  return dimensions
    .filter((d) => d.low && d.rate !== undefined)
    .map((d): DraftBody => ({
      subject: d.label,
      problem: `${d.label}得分率 ${measuredPercent(d.rate ?? 0)}，低于 ${thresholdPercent(settings.rules.lowRate)}`,
      figure: `${measuredPercent(d.rate ?? 0)} < ${thresholdPercent(settings.rules.lowRate)}`,
      ownerDept: ownerDeptFor(d.label, depts),
    }));
}

/** The most frequent non-blank problemType among the rows (ties by name), or undefined. */
function commonProblemType(rows: readonly RecordRow[]): string | undefined {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const type = textOf(row["problemType"]);
    if (type !== undefined) counts.set(type, (counts.get(type) ?? 0) + 1);
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
  return sources.topKeywords
    .filter((k) => n > 0 && k.count / n >= share)
    .map((k): DraftBody => {
      const rows = sources.negativeFeedback.filter((r) => {
        const text = textOf(r["text"]);
        return text !== undefined && keywords(text).includes(k.keyword);
      });
      const part = `${String(k.count)}/${String(n)}`;
      return {
        subject: k.keyword,
        problem: `负面反馈高频问题「${k.keyword}」：${part} 条`,
        figure: `${part} 条负面反馈（${measuredPercent(k.count / n)}）≥ ${thresholdPercent(share)}`,
        ownerDept: ownerDeptFor(commonProblemType(rows), depts),
      };
    });
}

function targetDrafts(monitoring: readonly MonitoringRow[], settings: Settings, depts: OwnerDeptMapping) {
  const { rules } = settings;
  const drafts: DraftBody[] = [];
  for (const row of monitoring) {
    const group = [row.team ?? BLANK, row.stage ?? BLANK, row.channel ?? BLANK];
    const add = (label: string, figure: string, topic: string | undefined) =>
      drafts.push({
        subject: [...group, label].join("/"),
        problem: `${group.join(" ")}：${label}未达标`,
        figure,
        ownerDept: ownerDeptFor(topic, depts),
      });
    if (row.misses.response && row.avgResponseSeconds !== undefined && row.responseTarget !== undefined) {
      const figure = `${measured(row.avgResponseSeconds, 1)} 秒 > 目标 ${String(row.responseTarget)} 秒`;
      add("平均响应时长", figure, "响应速度");
    }
    if (row.misses.fcr && row.fcrRate !== undefined) {
      add("一次性解决率", `${measuredPercent(row.fcrRate)} < 目标 ${thresholdPercent(rules.targetFcr)}`, undefined);
    }
    if (row.misses.satisfaction && row.avgSatisfaction !== undefined) {
      const figure = `${measured(row.avgSatisfaction, 2)} < 目标 ${String(rules.targetSatisfaction)}`;
      add("满意度平均分", figure, undefined);
    }
  }
  return drafts;
}

function commonIssueDrafts(issues: readonly RecordRow[], settings: Settings, depts: OwnerDeptMapping) {
  const groups = new Map<string, { category: string; product: string; count: number }>();
  for (const row of issues) {
    const category = textOf(row["category"]);
    const product = textOf(row["product"]);
    if (category === undefined || product === undefined) continue;
    const key = `${category}\u0000${product}`;
    const group = groups.get(key) ?? { category, product, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  const min = settings.rules.commonIssueMin;
  return [...groups.values()]
    .filter((g) => g.count >= min)
    .sort((a, b) => b.count - a.count || compareText(a.category, b.category) || compareText(a.product, b.product))
    .map((g): DraftBody => ({
      subject: `${g.category}/${g.product}`,
      problem: `${g.product}：${g.category}问题本月 ${String(g.count)} 条`,
      figure: `${String(g.count)} 条问题 ≥ ${String(min)}`,
      ownerDept: ownerDeptFor(g.category, depts),
    }));
}

function majorComplaintDrafts(issues: readonly RecordRow[], depts: OwnerDeptMapping) {
  const drafts: DraftBody[] = [];
  for (const row of issues) {
    const id = textOf(row["id"]);
    if (id === undefined || textOf(row["urgency"]) !== URGENCY.major) continue;
    const where = ["team", "stage", "channel", "category"].map((k) => textOf(row[k])).filter((t) => t !== undefined);
    const received = typeof row["receivedAt"] === "number" ? `，接收于 ${formatSerial(row["receivedAt"], true)}` : "";
    drafts.push({
      subject: id,
      problem: `重大投诉 ${id}：${where.join(" ")}`.trimEnd(),
      figure: `${URGENCY.major}${received}`,
      ownerDept: textOf(row["ownerDept"]) ?? ownerDeptFor(textOf(row["category"]), depts),
    });
  }
  return drafts;
}

/**
 * The improvement drafts of `month` (DOMAIN.md §7), in this order: 低分维度 (each dimension with rate < lowRate, in
 * dimension order), 高频问题 (each TOP 5 keyword whose count is ≥ highFrequencyShare of the month's negative
 * feedback rows, in rank order), 指标未达标 (each missed figure of each monitoring row: response, FCR,
 * satisfaction), 共性问题 (category + product shared by ≥ commonIssueMin issues received in the month, blanks
 * excluded; most issues first), 重大投诉 (each 重大 issue received in the month that has an id, in table order).
 * 依据 is `draftKey(origin, subject)` followed by the figure. ownerDept: the mapping of the dimension label, of
 * the most common problemType of the negative feedback containing the keyword, of 响应速度 for a response target,
 * of the category; a major complaint keeps the issue's own 责任部门 when it has one. dueDate = `endOfNextMonth`,
 * recheckDate = `edate(dueDate, 1)`, status 未开始.
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function improvementDrafts(
  sources: DraftSources,
  settings: Settings,
  month: string,
  keywords: KeywordExtractor,
  depts: OwnerDeptMapping = DEFAULT_OWNER_DEPTS,
): ImprovementDraft[] {
  const range = monthRange(month);
  const issues = sources.issues.filter((r) => inRange(r["receivedAt"], range));
  const dueDate = endOfNextMonth(month);
  const recheckDate = edate(dueDate, 1);
  const bodies: [DraftOrigin, DraftBody[]][] = [
    [IMPROVEMENT_ORIGIN.lowDimension, lowDimensionDrafts(sources.dimensions, settings, depts)],
    [IMPROVEMENT_ORIGIN.frequentProblem, frequentProblemDrafts(sources, settings, keywords, depts)],
    [IMPROVEMENT_ORIGIN.targetMissed, targetDrafts(sources.monitoring, settings, depts)],
    [IMPROVEMENT_ORIGIN.commonIssue, commonIssueDrafts(issues, settings, depts)],
    [IMPROVEMENT_ORIGIN.majorComplaint, majorComplaintDrafts(issues, depts)],
  ];
  return bodies.flatMap(([origin, list]) =>
    list.map(({ figure, ...body }) => ({
      origin,
      ...body,
      evidence: `${draftKey(origin, body.subject)} ${figure}`,
      dueDate,
      status: IMPROVEMENT_STATUS.notStarted,
      recheckDate,
    })),
  );
}
