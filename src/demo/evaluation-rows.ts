/**
 * Demo rows of the satisfaction evaluations (DOMAIN.md §1.2): correlated dimension scores, and each kind of invalid
 * answer of §4.1 (同值作答, 用时过短, 信息不全). Months differ on purpose: the first has a low-score dimension and a
 * poor validity rate, the last has few evaluations (coverage below target), so reports show every state.
 */
import type { CellValue, RecordRow } from "../domain/schema/types";
import { DEFAULT_DIMENSIONS, DEFAULT_RULES } from "../domain/settings";
import { dayOf } from "./calendar";
import type { DemoContext } from "./context";
import { YearSequence, streamFor } from "./context";
import { TEAM_PROFILES, serviceTypeOf } from "./groups";
import type { IssueFact } from "./issue-rows";
import type { Complaint, Mood } from "./phrases";
import { opinion } from "./phrases";
import type { Rng } from "./random";
import { weighted } from "./random";

/** Shift of each dimension's mean score per month of a three-month cycle. */
const MONTH_BIAS: Readonly<Record<string, readonly number[]>> = {
  d_response: [-0.4, -0.7, 0.1],
  d_attitude: [0.1, 0.2, 0.4],
  d_expertise: [0.2, 0.3, 0.5],
  d_resolution: [-0.3, -0.1, 0.3],
  d_convenience: [-1, -0.5, 0],
};
/** Share of issues evaluated and of invalid answers per month of the cycle (mean 1 over a cycle). */
const EVALUATED = [1.4, 1.2, 0.4];
const INVALID = [1.6, 1, 0.4];
/** Latent satisfaction is capped so that not every happy customer answers all 5s. */
const BASE_CAP = 4.5;

const drawMethod = weighted([
  ["在线问卷", 55],
  ["电话回访", 35],
  ["当面沟通", 10],
]);

type Flaw = "straight" | "fast" | "blankScore" | "blankStaff" | undefined;

function drawFlaw(rng: Rng, factor: number): Flaw {
  const u = rng.next() / factor;
  if (u < 0.04) return "straight";
  if (u < 0.08) return "fast";
  if (u < 0.1) return "blankScore";
  if (u < 0.11) return "blankStaff";
  return undefined;
}

const FLAWS: readonly Flaw[] = ["straight", "fast", "blankScore", "blankStaff"];

/** Rows that get each flaw for sure, so even a small data set has every kind of invalid answer. */
function forcedFlaws(rng: Rng, count: number): Map<number, Flaw> {
  const forced = new Map<number, Flaw>();
  if (count < 4 * FLAWS.length) return forced;
  for (const flaw of FLAWS) {
    let index = rng.int(0, count - 1);
    while (forced.has(index)) index = rng.int(0, count - 1);
    forced.set(index, flaw);
  }
  return forced;
}

/** `pattern` by month index, scaled so its mean over the period's months is 1. */
function monthFactors(pattern: readonly number[], months: number): number[] {
  const raw = Array.from({ length: months }, (_, i) => pattern[i % pattern.length] ?? 1);
  const mean = raw.reduce((a, b) => a + b, 0) / months;
  return raw.map((f) => f / mean);
}

function scores(rng: Rng, fact: IssueFact, month: number, flaw: Flaw): (number | undefined)[] {
  const latent = fact.satisfaction ?? rng.between(3.4, 4.7) + TEAM_PROFILES[fact.group.team].mood;
  const base = Math.min(BASE_CAP, latent + 0.3 * rng.normal());
  if (flaw === "straight") {
    const same = rng.score(base, 0.8, 1, 5);
    return DEFAULT_DIMENSIONS.map(() => same);
  }
  const values: (number | undefined)[] = DEFAULT_DIMENSIONS.map((d) => {
    let mean = base + (MONTH_BIAS[d.key]?.[month % 3] ?? 0);
    if (d.key === "d_response" && fact.late) mean -= 0.7;
    if (d.key === "d_resolution" && fact.resolvedFirst === false) mean -= 0.7;
    return rng.score(mean, 0.7, 1, 5);
  });
  if (flaw === "blankScore") values[rng.int(0, values.length - 1)] = undefined;
  return values;
}

function comment(rng: Rng, values: readonly (number | undefined)[], flaw: Flaw): string | undefined {
  if (rng.chance(flaw === "straight" || flaw === "fast" ? 0.7 : 0.28)) return undefined;
  let lowest = 6;
  let weakest: Complaint["dimension"] | undefined;
  values.forEach((v, i) => {
    if (v !== undefined && v < lowest) {
      lowest = v;
      weakest = DEFAULT_DIMENSIONS[i]?.key as Complaint["dimension"];
    }
  });
  const mood: Mood = lowest <= 2 ? "negative" : lowest === 3 ? "mixed" : "positive";
  return opinion(rng, mood, weakest).text;
}

/** Evaluations of about 55% of the issues, in order of service date, ids `EV-YYYY-NNNN`. */
export function generateEvaluations(ctx: DemoContext, facts: readonly IssueFact[]): RecordRow[] {
  const rng = streamFor(ctx, "evaluations");
  const { period } = ctx;
  const evaluated = monthFactors(EVALUATED, period.months.length);
  const invalid = monthFactors(INVALID, period.months.length);
  const chosen: { fact: IssueFact; serviceDate: number; month: number }[] = [];
  for (const fact of facts) {
    const serviceDate = Math.floor(fact.completedAt ?? fact.receivedAt);
    const month = period.monthIndex(serviceDate);
    if (rng.chance(0.55 * (evaluated[month] ?? 1))) chosen.push({ fact, serviceDate, month });
  }
  chosen.sort((a, b) => a.serviceDate - b.serviceDate);
  const forced = forcedFlaws(rng, chosen.length);
  const ids = new YearSequence("EV-", 4);
  return chosen.map(({ fact, serviceDate, month }, index) => {
    const flaw = forced.get(index) ?? drawFlaw(rng, invalid[month] ?? 1);
    const method = flaw === "fast" ? "在线问卷" : drawMethod(rng);
    let fillSeconds: number | undefined;
    const minimum = DEFAULT_RULES.minFillSeconds;
    if (flaw === "fast") fillSeconds = rng.int(12, minimum - 1);
    else if (method === "在线问卷") fillSeconds = Math.round(rng.logBetween(minimum, 600));
    const values = scores(rng, fact, month, flaw);
    const row: Record<string, CellValue> = {
      id: ids.id(dayOf(serviceDate).year),
      issueId: fact.id,
      customerId: fact.customer.id,
      customerType: fact.customer.type,
      serviceType: serviceTypeOf(fact.group.stage, fact.category),
      serviceDate,
      // 服务人员工号 is optional; 客户编号 is required, so the demo leaves this one blank instead.
      staffId: rng.chance(0.02) || flaw === "blankStaff" ? undefined : fact.handler.id,
      method,
      fillSeconds,
    };
    DEFAULT_DIMENSIONS.forEach((d, i) => (row[d.key] = values[i]));
    row.comment = comment(rng, values, flaw);
    return row;
  });
}
