/**
 * Benchmark of the monthly monitoring summary (DOMAIN.md §5, issue 4): the domain code on 100,000 issues and
 * 100,000 feedback rows against arquero 7 doing the same group-by (team × stage × channel: counts, distinct
 * customers, mean response time, FCR, major complaints, feedback count and mean score) in the same run.
 * The lead's bench runner writes the result into bench/results.json.
 */
import * as aq from "arquero";
import type { Params, Struct } from "arquero/dist/types/table/types";
import { generateDemoData } from "../src/demo/demo-data";
import { createKeywordExtractor } from "../src/domain/keywords/extract-keywords";
import { loadJiebaSegmenter } from "../src/domain/keywords/jieba-node";
import { monitoringSummary, negativeFeedback, textsOf } from "../src/domain/report";
import { listSpec } from "../src/domain/schema/lists";
import type { RecordRow } from "../src/domain/schema/types";
import { monthRange } from "../src/domain/serial";
import { DEFAULT_SETTINGS } from "../src/domain/settings";

const ROWS = 100_000;
/** The busiest month of the demo data (January 2024 holds about 40% of it). */
const MONTH = "2024-01";

export interface ReportBench {
  readonly report: {
    readonly rows: number;
    readonly month: string;
    readonly runs: number;
    /** Median of `runs` domain runs, keywords included; one keyword cache shared by the runs. */
    readonly domainMs: number;
    /** Median of `runs` arquero runs. */
    readonly arqueroMs: number;
    /** The first domain run with an empty keyword cache: every distinct negative text segmented once. */
    readonly domainColdMs: number;
    /** Median of domain runs without keywords: the group-by alone. */
    readonly domainGroupOnlyMs: number;
    /** Building the arquero tables from the rows (not in arqueroMs). */
    readonly arqueroLoadMs: number;
    readonly groups: number;
    readonly distinctNegativeTexts: number;
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round((value ?? 0) * 100) / 100;
}

function timed<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

function column(rows: readonly RecordRow[], key: string): (string | number | null)[] {
  return rows.map((r) => r[key] ?? null);
}

function arqueroTables(issues: readonly RecordRow[], feedback: readonly RecordRow[]) {
  const issueKeys = ["receivedAt", "firstResponseAt", "team", "stage", "channel", "customerId"];
  const feedbackKeys = ["servedAt", "team", "stage", "channel", "score"];
  return {
    issues: aq.table({
      ...Object.fromEntries(issueKeys.map((k) => [k, column(issues, k)])),
      fcr: column(issues, "firstContactResolved"),
      urgency: column(issues, "urgency"),
    }),
    feedback: aq.table(Object.fromEntries(feedbackKeys.map((k) => [k, column(feedback, k)]))),
  };
}

/** The monitoring group-by in arquero: the month's issues and feedback by team × stage × channel, joined. */
function arqueroSummary(tables: ReturnType<typeof arqueroTables>, month: string): object[] {
  const { start, end } = monthRange(month);
  const { op } = aq;
  const issues = tables.issues
    .params({ start, end })
    .filter((d: Struct, $: Params) => d.receivedAt >= $.start && d.receivedAt < $.end)
    .derive({
      resp: (d: Struct) => (d.firstResponseAt == null ? null : op.round((d.firstResponseAt - d.receivedAt) * 86400)),
      yes: (d: Struct) => (d.fcr === "是" ? 1 : 0),
      known: (d: Struct) => (d.fcr === "是" || d.fcr === "否" ? 1 : 0),
      major: (d: Struct) => (d.urgency === "重大" ? 1 : 0),
    })
    .groupby("team", "stage", "channel")
    .rollup({
      issues: op.count(),
      customers: op.distinct("customerId"),
      avgResponseSeconds: op.mean("resp"),
      yes: op.sum("yes"),
      known: op.sum("known"),
      majorComplaints: op.sum("major"),
    })
    .derive({ fcrRate: (d: Struct) => (d.known > 0 ? d.yes / d.known : null) });
  const feedback = tables.feedback
    .params({ start, end })
    .filter((d: Struct, $: Params) => d.servedAt >= $.start && d.servedAt < $.end)
    .groupby("team", "stage", "channel")
    .rollup({ feedback: op.count(), avgSatisfaction: op.mean("score") });
  const keys = ["team", "stage", "channel"];
  return issues
    .join_full(feedback, [keys, keys])
    .orderby(...keys)
    .objects();
}

/**
 * Runs the benchmark (`runs` ≥ 5 of each, interleaved) on the demo data: 100,000 issues and the first 100,000
 * of their feedback rows, month 2024-01.
 * @throws Error when the two summaries do not have the same groups (the comparison would be meaningless).
 */
export function benchReport(runs = 7): ReportBench {
  const data = generateDemoData({ issues: ROWS, seed: "bench" });
  const input = { issues: data.issues, feedback: data.feedback.slice(0, ROWS), improvements: data.improvements };
  const settings = { ...DEFAULT_SETTINGS, holidays: data.holidays };
  const segmenter = loadJiebaSegmenter(listSpec("lexicon").values);
  const keywords = createKeywordExtractor(segmenter, listSpec("stopWords").values);
  const load = timed(() => arqueroTables(input.issues, input.feedback));
  const cold = timed(() => monitoringSummary(input, settings, MONTH, keywords));
  const domain: number[] = [];
  const groupOnly: number[] = [];
  const arquero: number[] = [];
  let arqueroRows = 0;
  for (let i = 0; i < Math.max(5, runs); i += 1) {
    domain.push(timed(() => monitoringSummary(input, settings, MONTH, keywords)).ms);
    groupOnly.push(timed(() => monitoringSummary(input, settings, MONTH, () => [])).ms);
    const a = timed(() => arqueroSummary(load.result, MONTH));
    arquero.push(a.ms);
    arqueroRows = a.result.length;
  }
  if (arqueroRows !== cold.result.length) {
    throw new Error(`arquero found ${String(arqueroRows)} groups, the domain ${String(cold.result.length)}`);
  }
  const negatives = new Set(textsOf(negativeFeedback(input.feedback, settings.rules, MONTH), "text"));
  return {
    report: {
      rows: ROWS,
      month: MONTH,
      runs: domain.length,
      domainMs: median(domain),
      arqueroMs: median(arquero),
      domainColdMs: Math.round(cold.ms * 100) / 100,
      domainGroupOnlyMs: median(groupOnly),
      arqueroLoadMs: Math.round(load.ms * 100) / 100,
      groups: cold.result.length,
      distinctNegativeTexts: negatives.size,
    },
  };
}
