/**
 * The monthly monitoring summary (DOMAIN.md §5, source 004 table 1): one row per team × stage × channel with an
 * issue or a feedback row in the month. One pass over each table with Map accumulators.
 */
import type { KeywordExtractor } from "../keywords/extract-keywords";
import { countKeywords, compareText, rankKeywords } from "../keywords/top-keywords";
import { periodRange } from "./period";
import type { RecordRow } from "../schema/types";
import { URGENCY, YES_NO } from "../schema/values";
import type { Settings } from "../settings";
import { responseSeconds } from "../sla";
import { numberOf, textOf } from "./cells";
import { teamOwners } from "./monitoring-owners";
import { responseTarget, targetMisses, type TargetMisses } from "./targets";

const YES: string = YES_NO.yes;
const NO: string = YES_NO.no;
const MAJOR: string = URGENCY.major;

/** Keywords shown per monitoring row (DOMAIN.md §5 "the 3 most frequent problem keywords"). */
export const MONITORING_KEYWORDS = 3;

export interface MonitoringRow {
  readonly team: string | undefined;
  readonly stage: string | undefined;
  readonly channel: string | undefined;
  /** The group's issues (by receivedAt) and feedback rows (by servedAt) in the month. */
  readonly issues: number;
  readonly feedback: number;
  readonly customers: number | undefined;
  readonly avgResponseSeconds: number | undefined;
  readonly fcrRate: number | undefined;
  readonly avgSatisfaction: number | undefined;
  readonly keywords: readonly string[];
  readonly majorComplaints: number | undefined;
  readonly owner: string | undefined;
  readonly dueDate: number | undefined;
  /** The channel's response target in seconds, undefined when the channel has none. */
  readonly responseTarget: number | undefined;
  readonly misses: TargetMisses;
  /** Group texts the privacy filter masked (their `*` stand for hidden characters, private-report.ts). */
  readonly masked?: { readonly team: boolean; readonly stage: boolean; readonly channel: boolean };
}

export interface MonitoringInput {
  readonly issues: readonly RecordRow[];
  readonly feedback: readonly RecordRow[];
  readonly improvements: readonly RecordRow[];
}

class GroupTotals {
  issues = 0;
  feedback = 0;
  readonly customerIds = new Set<string>();
  blankCustomers = 0;
  responseSum = 0;
  responseCount = 0;
  fcrYes = 0;
  fcrNo = 0;
  major = 0;
  scoreSum = 0;
  scoreCount = 0;
  readonly negativeTexts: string[] = [];

  constructor(
    readonly team: string | undefined,
    readonly stage: string | undefined,
    readonly channel: string | undefined,
  ) {}
}

/** Groups by team → stage → channel ("" for blank): nested maps, so no key string is built per row. */
type GroupIndex = Map<string, Map<string, Map<string, GroupTotals>>>;

function child<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function groupOf(index: GroupIndex, row: RecordRow): GroupTotals {
  const team = textOf(row["team"]);
  const stage = textOf(row["stage"]);
  const channel = textOf(row["channel"]);
  const byStage = child(index, team ?? "", () => new Map<string, Map<string, GroupTotals>>());
  const byChannel = child(byStage, stage ?? "", () => new Map<string, GroupTotals>());
  return child(byChannel, channel ?? "", () => new GroupTotals(team, stage, channel));
}

function addIssue(g: GroupTotals, row: RecordRow): void {
  g.issues += 1;
  const customer = textOf(row["customerId"]);
  if (customer === undefined) g.blankCustomers += 1;
  else g.customerIds.add(customer);
  const seconds = responseSeconds(row);
  if (seconds !== undefined) {
    g.responseSum += seconds;
    g.responseCount += 1;
  }
  const fcr = textOf(row["firstContactResolved"]);
  if (fcr === YES) g.fcrYes += 1;
  else if (fcr === NO) g.fcrNo += 1;
  if (textOf(row["urgency"]) === MAJOR) g.major += 1;
}

function addFeedback(g: GroupTotals, row: RecordRow, negativeMax: number): void {
  g.feedback += 1;
  const score = numberOf(row["score"]);
  if (score === undefined) return;
  g.scoreSum += score;
  g.scoreCount += 1;
  const text = textOf(row["text"]);
  if (score <= negativeMax && text !== undefined) g.negativeTexts.push(text);
}

/** Blank last, otherwise code-point order. */
function compareBlankLast(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return compareText(a, b);
}

function mean(sum: number, count: number): number | undefined {
  return count === 0 ? undefined : sum / count;
}

/**
 * The monitoring summary of `month` (DOMAIN.md §5), sorted by team, stage and channel (code-point order, blank
 * last). Issues belong to the month by receivedAt, feedback by servedAt; rows whose date is not a number belong to
 * no month. Per group: customers = distinct customerId of its issues (each blank one counts as one customer);
 * avgResponseSeconds = mean `responseSeconds` where defined; fcrRate = 是 / (是 + 否); avgSatisfaction = mean
 * feedback score; keywords = TOP 3 of the texts of its feedback with score ≤ negativeScoreMax (§6, counted per
 * row); majorComplaints = issues with urgency 重大; owner and dueDate from `teamOwners`; target misses from
 * `targetMisses`. Without issues, customers, avgResponseSeconds, fcrRate and majorComplaints are undefined; a
 * figure without data is undefined, never 0.
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function monitoringSummary(
  input: MonitoringInput,
  settings: Settings,
  month: string,
  keywords: KeywordExtractor,
): MonitoringRow[] {
  const { start, end } = periodRange(month);
  const { rules } = settings;
  const index: GroupIndex = new Map();
  for (const row of input.issues) {
    const at = row["receivedAt"];
    if (typeof at === "number" && at >= start && at < end) addIssue(groupOf(index, row), row);
  }
  for (const row of input.feedback) {
    const at = row["servedAt"];
    if (typeof at === "number" && at >= start && at < end)
      addFeedback(groupOf(index, row), row, rules.negativeScoreMax);
  }
  const groups = [...index.values()].flatMap((byStage) => [...byStage.values()].flatMap((m) => [...m.values()]));
  const totals = groups.sort(
    (a, b) =>
      compareBlankLast(a.team, b.team) || compareBlankLast(a.stage, b.stage) || compareBlankLast(a.channel, b.channel),
  );
  const teams = [...new Set(totals.map((g) => g.team).filter((t): t is string => t !== undefined))];
  const owners = teamOwners(input.improvements, month, teams);
  return totals.map((g) => {
    const hasIssues = g.issues > 0;
    const figures = {
      avgResponseSeconds: mean(g.responseSum, g.responseCount),
      fcrRate: mean(g.fcrYes, g.fcrYes + g.fcrNo),
      avgSatisfaction: mean(g.scoreSum, g.scoreCount),
    };
    const target = responseTarget(g.channel, rules);
    const owner = g.team === undefined ? undefined : owners.get(g.team);
    return {
      team: g.team,
      stage: g.stage,
      channel: g.channel,
      issues: g.issues,
      feedback: g.feedback,
      customers: hasIssues ? g.customerIds.size + g.blankCustomers : undefined,
      ...figures,
      keywords: rankKeywords(countKeywords(g.negativeTexts, keywords), MONITORING_KEYWORDS).map((k) => k.keyword),
      majorComplaints: hasIssues ? g.major : undefined,
      owner: owner?.owner,
      dueDate: owner?.dueDate,
      responseTarget: target,
      misses: targetMisses(figures, target, rules),
    };
  });
}
