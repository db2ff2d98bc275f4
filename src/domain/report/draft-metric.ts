/**
 * The figure that raised an improvement draft, measured again in any month (issue 15 item 3, source 000 §2.4,
 * 004 §2.4): what a re-check compares before → after. The draft is read back from its 来源 and the subject at the
 * start of its 依据 (`draftKey`).
 */
import type { KeywordExtractor } from "../keywords/extract-keywords";
import { periodRange } from "./period";
import type { RecordRow } from "../schema/types";
import { URGENCY } from "../schema/values";
import type { Settings } from "../settings";
import { inRange, textOf } from "./cells";
import { evaluationFigures } from "./evaluation-figures";
import { measured, measuredPercent } from "./evidence-format";
import { EVIDENCE_LEAD, IMPROVEMENT_ORIGIN, type DraftOrigin } from "./improvement-origin";
import { monitoringSummary, type MonitoringRow } from "./monitoring";
import { negativeFeedback } from "./month-keywords";
import type { ReportTables } from "./report-tables";

/** A draft's figure in one month: its value (undefined without data) and whether it meets its threshold. */
export interface MetricValue {
  readonly value: number | undefined;
  readonly meets: boolean;
}

export interface DraftMetric {
  /** What is measured, e.g. `问题解决效果 得分率`. */
  readonly label: string;
  readonly format: (value: number) => string;
  readonly measure: (month: string) => MetricValue;
}

const ORIGINS = new Set<string>(Object.keys(EVIDENCE_LEAD));
const BLANK = "-";

/** The origin and subject of a drafted improvement row; undefined for 人工添加 and rows whose 依据 was rewritten. */
export function draftOf(row: RecordRow): { origin: DraftOrigin; subject: string } | undefined {
  const origin = textOf(row["origin"]);
  const evidence = textOf(row["evidence"]);
  if (origin === undefined || evidence === undefined || !ORIGINS.has(origin)) return undefined;
  const lead = ` ${EVIDENCE_LEAD[origin as DraftOrigin]}`;
  const at = evidence.indexOf(lead);
  return at > 0 ? { origin: origin as DraftOrigin, subject: evidence.slice(0, at) } : undefined;
}

const unblank = (text: string | undefined) => (text === BLANK ? undefined : text);

/** Months' figures computed once per month for all the rows being re-checked. */
export class MetricSource {
  private readonly monitoring = new Map<string, MonitoringRow[]>();

  constructor(
    readonly tables: ReportTables,
    readonly settings: Settings,
    readonly keywords: KeywordExtractor,
  ) {}

  monitoringOf(month: string): MonitoringRow[] {
    let rows = this.monitoring.get(month);
    if (rows === undefined) {
      rows = monitoringSummary(this.tables, this.settings, month, this.keywords);
      this.monitoring.set(month, rows);
    }
    return rows;
  }

  issuesOf(month: string): RecordRow[] {
    const range = periodRange(month);
    return this.tables.issues.filter((r) => inRange(r["receivedAt"], range));
  }
}

const TARGET_FIGURES = {
  平均响应时长: { value: (r: MonitoringRow) => r.avgResponseSeconds, miss: "response", digits: 1, unit: " 秒" },
  一次性解决率: { value: (r: MonitoringRow) => r.fcrRate, miss: "fcr", digits: -1, unit: "" },
  满意度平均分: { value: (r: MonitoringRow) => r.avgSatisfaction, miss: "satisfaction", digits: 2, unit: "" },
} as const;

function targetMetric(subject: string, source: MetricSource): DraftMetric | undefined {
  const parts = subject.split("/");
  if (parts.length < 4) return undefined;
  const figure = TARGET_FIGURES[parts[parts.length - 1] as keyof typeof TARGET_FIGURES] as
    (typeof TARGET_FIGURES)[keyof typeof TARGET_FIGURES] | undefined;
  if (figure === undefined) return undefined;
  const [channel, stage] = [parts[parts.length - 2], parts[parts.length - 3]].map(unblank);
  const team = unblank(parts.slice(0, -3).join("/"));
  return {
    label: `${parts.slice(0, -1).join(" ")} ${parts[parts.length - 1] ?? ""}`,
    format: (v) => (figure.digits < 0 ? measuredPercent(v) : measured(v, figure.digits) + figure.unit),
    measure: (month) => {
      const row = source.monitoringOf(month).find((r) => r.team === team && r.stage === stage && r.channel === channel);
      const value = row === undefined ? undefined : figure.value(row);
      return { value, meets: value !== undefined && row?.misses[figure.miss] === false };
    },
  };
}

function countMetric(label: string, max: number, count: (month: string) => number): DraftMetric {
  return {
    label,
    format: (v) => `${String(v)} 条`,
    measure: (month) => {
      const value = count(month);
      return { value, meets: value <= max };
    },
  };
}

/**
 * How the figure behind a draft is measured in a month (issue 15 item 3): 低分维度 the dimension's score rate (meets:
 * ≥ lowRate); 高频问题 the keyword's share of the month's negative feedback (meets: < highFrequencyShare); 指标未达标
 * the monitoring group's figure (meets: no longer missing its target); 共性问题 the issues of the category and product
 * received in the month (meets: < commonIssueMin); 重大投诉 the team × category's 重大 issues (meets: none).
 * Undefined when the subject cannot be read (e.g. a 重大投诉 drafted per issue before issue 15).
 */
export function draftMetric(origin: DraftOrigin, subject: string, source: MetricSource): DraftMetric | undefined {
  const { rules } = source.settings;
  switch (origin) {
    case IMPROVEMENT_ORIGIN.lowDimension:
      return {
        label: `${subject} 得分率`,
        format: measuredPercent,
        measure: (month) => {
          const dim = evaluationFigures(source.tables, source.settings, month).dimensions.find(
            (d) => d.label === subject,
          );
          const value = dim?.rate;
          return { value, meets: value !== undefined && value >= rules.lowRate };
        },
      };
    case IMPROVEMENT_ORIGIN.frequentProblem:
      return {
        label: `「${subject}」占负面反馈`,
        format: measuredPercent,
        measure: (month) => {
          const rows = negativeFeedback(source.tables.feedback, rules, month);
          const hits = rows.filter((r) => source.keywords(textOf(r["text"]) ?? "").includes(subject)).length;
          const value = rows.length === 0 ? undefined : hits / rows.length;
          return { value, meets: value !== undefined && value < rules.highFrequencyShare };
        },
      };
    case IMPROVEMENT_ORIGIN.targetMissed:
      return targetMetric(subject, source);
    case IMPROVEMENT_ORIGIN.commonIssue: {
      const cut = subject.indexOf("/");
      if (cut < 0) return undefined;
      const [category, product] = [subject.slice(0, cut), subject.slice(cut + 1)];
      return countMetric(
        `${product} ${category}问题`,
        rules.commonIssueMin - 1,
        (month) =>
          source.issuesOf(month).filter((r) => textOf(r["category"]) === category && textOf(r["product"]) === product)
            .length,
      );
    }
    case IMPROVEMENT_ORIGIN.majorComplaint: {
      const cut = subject.lastIndexOf("/");
      if (cut < 0) return undefined;
      const [team, category] = [subject.slice(0, cut), subject.slice(cut + 1)].map(unblank);
      return countMetric(
        `${subject.replaceAll("/", " ")} 重大投诉`,
        0,
        (month) =>
          source
            .issuesOf(month)
            .filter(
              (r) =>
                textOf(r["urgency"]) === URGENCY.major &&
                textOf(r["team"]) === team &&
                textOf(r["category"]) === category,
            ).length,
      );
    }
  }
}
