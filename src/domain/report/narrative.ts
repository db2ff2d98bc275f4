/**
 * The report's summary paragraphs in the style of 000 §2.4 ("本次维修服务总体满意度得分4.2分(得分率84%)，其中'备件充足性'
 * 维度得分3.8分(最低)，客户反馈'…'，建议由物流部…5月31日前完成"), written from the report's own figures (its JSON), so
 * every number in the text is one the report shows.
 */
import type { Lang } from "../schema/types";
import { serialToParts } from "../serial";
import type { Dimension } from "../settings";
import type { MonthReport } from "./month-report";
import { parsePeriod } from "./period";
import { periodName, periodWords } from "./period-words";
import type { Jsonify } from "./report-json";

export type ReportFigures = Jsonify<MonthReport>;

export interface NarrativeOptions {
  readonly lang: Lang;
  /** The dimensions with their zh/en names (Settings). */
  readonly dimensions: readonly Dimension[];
  /** Below this many valid evaluations there is no grade (Settings minSample). */
  readonly minSample: number;
  /** The low-score threshold (Settings lowRate), named in the text. */
  readonly lowRate: number;
  /** Measures named in the text, at most. @default 3 */
  readonly measures?: number;
  /** The team of a one-team report, as the report shows it: named with the period. */
  readonly team?: string;
}

const ORIGIN_EN: Readonly<Record<string, string>> = {
  低分维度: "the low-score dimension",
  高频问题: "the frequent problem",
  指标未达标: "the missed target of",
  共性问题: "the common problem",
  重大投诉: "the major complaint",
};
const GRADE_EN: Readonly<Record<string, string>> = { 优秀: "excellent", 良好: "good", 待改进: "needs improvement" };

/** A score to 2 decimals, a rate in % to 1 decimal, a change in percentage points to 1 decimal. */
export const formatScore = (x: number) => x.toFixed(2);
export const formatPercent = (x: number) => `${(x * 100).toFixed(1)}%`;
const points = (x: number) => Math.abs(x * 100).toFixed(1);

function dayName(serial: number, lang: Lang): string {
  const p = serialToParts(serial);
  return lang === "zh-CN"
    ? `${p.year}年${p.month}月${p.day}日`
    : `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/**
 * The summary paragraphs of a period's report, naming the period by its kind (本周/本月/本季度/本期): scope and data
 * quality; the overall score, its rate, grade (or 样本不足) and change from the period before; the lowest (or
 * low-score) dimensions with their scores and the customers' most frequent problems in their own words; the first
 * drafted measures with department and date.
 */
export function reportNarrative(r: ReportFigures, options: NarrativeOptions): string[] {
  const zh = options.lang === "zh-CN";
  const e = r.evaluations;
  const name = (key: string, fallback: string) => {
    const d = options.dimensions.find((x) => x.key === key);
    return d ? (zh ? d.zh : d.en) : fallback;
  };
  const month =
    periodName(r.month, options.lang) +
    (options.team === undefined ? "" : zh ? `，${options.team}` : ` (${options.team})`);
  const when = periodWords(parsePeriod(r.month).kind, options.lang);
  const paragraphs: string[] = [];

  // 1. Background and scope.
  const coverage =
    e.coverage === null
      ? ""
      : zh
        ? `，样本覆盖率${formatPercent(e.coverage)}`
        : `, a sample coverage of ${formatPercent(e.coverage)}`;
  const validity =
    e.validityRate === null
      ? ""
      : zh
        ? `(有效率${formatPercent(e.validityRate)})`
        : ` (validity ${formatPercent(e.validityRate)})`;
  const sla =
    r.sla.onTimeRate === null
      ? ""
      : zh
        ? `；受理问题${r.sla.total}件，按时处理率${formatPercent(r.sla.onTimeRate)}`
        : `; ${r.sla.total} issues were received, ${formatPercent(r.sla.onTimeRate)} handled on time`;
  paragraphs.push(
    zh
      ? `${month}共收到满意度评估${e.total}份，有效${e.valid}份${validity}${coverage}${sla}。`
      : `In ${month}, ${e.total} satisfaction evaluations were received, ${e.valid} valid${validity}${coverage}${sla}.`,
  );

  // 2. Overall score, grade, change; the lowest dimensions; the customers' words.
  if (e.overall !== null && e.overallRate !== null) {
    const tooFew = e.valid < options.minSample;
    const grade = tooFew
      ? zh
        ? "样本不足，暂不评级"
        : "too few evaluations for a grade"
      : zh
        ? (e.grade ?? "")
        : (GRADE_EN[e.grade ?? ""] ?? "");
    const before = r.previous.evaluations.overallRate;
    const change =
      before === null
        ? ""
        : e.overallRate >= before
          ? zh
            ? `，较${when.previous}上升${points(e.overallRate - before)}个百分点`
            : `, up ${points(e.overallRate - before)} percentage points on ${when.previous}`
          : zh
            ? `，较${when.previous}下降${points(e.overallRate - before)}个百分点`
            : `, down ${points(e.overallRate - before)} percentage points on ${when.previous}`;
    const scored = e.dimensions.filter((d) => d.mean !== null && d.rate !== null);
    const low = scored.filter((d) => d.low);
    const lowest = [...scored].sort((a, b) => (a.mean ?? 0) - (b.mean ?? 0))[0];
    const dim = (d: (typeof scored)[number]) =>
      zh
        ? `“${name(d.key, d.label)}”维度得分${formatScore(d.mean ?? 0)}分(得分率${formatPercent(d.rate ?? 0)})`
        : `"${name(d.key, d.label)}" at ${formatScore(d.mean ?? 0)} (${formatPercent(d.rate ?? 0)})`;
    const threshold = `${Math.round(options.lowRate * 1000) / 10}%`;
    const dims =
      low.length > 0
        ? zh
          ? `其中${low.map(dim).join("、")}，低于${threshold}，为低分维度`
          : `${low.map(dim).join(" and ")} ${low.length > 1 ? "are" : "is"} below ${threshold}`
        : lowest
          ? zh
            ? `各维度得分率均不低于${threshold}，最低为${dim(lowest)}`
            : `no dimension is below ${threshold}; the lowest is ${dim(lowest)}`
          : "";
    const words = r.topKeywords.slice(0, 3);
    const voice =
      words.length === 0
        ? ""
        : zh
          ? `；客户反馈的高频问题为${words.map((k) => `“${k.keyword}”(${k.count}次)`).join("、")}`
          : `; customers most often mention ${words.map((k) => `"${k.keyword}" (${k.count})`).join(", ")}`;
    paragraphs.push(
      zh
        ? `${when.current}服务总体满意度得分${formatScore(e.overall)}分(得分率${formatPercent(e.overallRate)}，${grade})${change}。${dims}${voice}。`
        : `The overall satisfaction score is ${formatScore(e.overall)} of 5 (${formatPercent(e.overallRate)}, ${grade})${change}. ${capital(dims)}${voice}.`,
    );
  } else {
    paragraphs.push(
      zh ? `${when.current}没有可计分的有效评估。` : `No valid evaluation could be scored ${when.current}.`,
    );
  }

  // 3. The first measures, with department and date.
  const measures = r.improvements.slice(0, options.measures ?? 3);
  /** A low-score dimension's draft is about its Chinese name: the English text names it in English. */
  const subject = (m: (typeof measures)[number]) => {
    const d = options.dimensions.find((x) => m.origin === "低分维度" && x.zh === m.subject);
    return d && !zh ? d.en : m.subject;
  };
  if (measures.length > 0) {
    const items = measures.map((m) =>
      zh
        ? `由${m.ownerDept}负责改进“${m.subject}”(${m.origin})，${dayName(m.dueDate, options.lang)}前完成`
        : `${m.ownerDept} to address ${ORIGIN_EN[m.origin] ?? m.origin} "${subject(m)}" by ${dayName(m.dueDate, options.lang)}`,
    );
    const more = r.improvements.length - measures.length;
    const rest =
      more <= 0 ? "" : zh ? `；另有${more}项措施见改进清单` : `; ${more} more measures are in the improvement plan`;
    paragraphs.push(zh ? `建议${items.join("；")}${rest}。` : `Suggested: ${items.join("; ")}${rest}.`);
  }
  return paragraphs;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
