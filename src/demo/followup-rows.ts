/**
 * Demo rows of the follow-up calls (DOMAIN.md §1.3): all five scenarios, calls 0–9 days after the service so calls
 * in and out of each scenario's window (§3.2) occur, and calls that need follow-up, closed or still open.
 */
import type { RecordRow } from "../domain/schema/types";
import { SCENARIO, URGENCY } from "../domain/schema/values";
import { dayOf } from "./calendar";
import type { DemoContext } from "./context";
import { YearSequence, streamFor } from "./context";
import type { IssueFact } from "./issue-rows";
import { FOLLOWUP_SUGGESTIONS, NO_ACTION_RESOLUTION, OPEN_RESOLUTION, RESOLUTIONS } from "./issue-texts";
import { opinion } from "./phrases";
import type { Rng } from "./random";
import { weighted } from "./random";

const ALL_SCENARIOS = Object.values(SCENARIO);
const DAYS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const uniformDelay = weighted(DAYS.map((d) => [d, 1] as const));
/** Days from service to call per scenario: most inside the window of §3.2, some early or late. */
const CALL_DELAY: Readonly<Record<string, (rng: Rng) => number>> = {
  [SCENARIO.afterSales]: weighted(DAYS.map((d, i) => [d, [2, 4, 8, 20, 22, 18, 10, 8, 5, 3][i] ?? 1] as const)),
  [SCENARIO.complaint]: weighted(DAYS.map((d, i) => [d, [8, 34, 26, 14, 7, 4, 3, 2, 1, 1][i] ?? 1] as const)),
  [SCENARIO.newCustomer]: weighted(DAYS.map((d, i) => [d, [6, 10, 14, 14, 12, 10, 10, 9, 8, 7][i] ?? 1] as const)),
};

function scenarioOf(rng: Rng, fact: IssueFact): string {
  if (rng.chance(0.1)) return rng.pick(ALL_SCENARIOS);
  if (fact.urgency === URGENCY.major && rng.chance(0.5)) return SCENARIO.majorChange;
  if (fact.group.stage === "投诉处理" || fact.category === "服务态度") return SCENARIO.complaint;
  if (fact.group.stage === "保养巡检") return SCENARIO.maintenance;
  if (fact.customer.segment === "新客户" && rng.chance(0.6)) return SCENARIO.newCustomer;
  return SCENARIO.afterSales;
}

function problemShare(overall: number | undefined): number {
  if (overall === undefined) return 0.4;
  if (overall <= 6) return 0.85;
  return overall === 7 ? 0.5 : 0.22;
}

/** Calls about 40% of the issues, in order of call date, ids `FU-YYYY-NNNN`. */
export function generateFollowups(ctx: DemoContext, facts: readonly IssueFact[]): RecordRow[] {
  const rng = streamFor(ctx, "followups");
  const callers = [...ctx.staff.of("电话客服部"), ...ctx.staff.of("售后支持组")];
  const calls: { fact: IssueFact; scenario: string; serviceDate: number; callDate: number }[] = [];
  for (const fact of facts) {
    if (!rng.chance(0.4)) continue;
    const scenario = scenarioOf(rng, fact);
    const serviceDate = Math.floor(fact.completedAt ?? fact.receivedAt);
    calls.push({ fact, scenario, serviceDate, callDate: serviceDate + (CALL_DELAY[scenario] ?? uniformDelay)(rng) });
  }
  calls.sort((a, b) => a.callDate - b.callDate);
  const ids = new YearSequence("FU-", 4);
  return calls.map(({ fact, scenario, serviceDate, callDate }) => {
    const latent = fact.satisfaction !== undefined ? 2 * fact.satisfaction - 0.3 : rng.between(6, 9.5);
    const overall = rng.chance(0.04) ? undefined : rng.score(latent, 1.1, 1, 10);
    const half = (overall ?? 8) / 2;
    const said = rng.chance(problemShare(overall)) ? opinion(rng, "negative") : undefined;
    const problem = said && (said.complaint ? `客户反映${said.text}` : said.text);
    const needs = problem !== undefined || (overall !== undefined && overall <= 7);
    const u = rng.next();
    let resolution: string | undefined;
    let closedAt: number | undefined;
    if (needs && u < 0.7) [resolution, closedAt] = [rng.pick(RESOLUTIONS), callDate + rng.int(0, 6)];
    else if (needs && u < 0.85) resolution = OPEN_RESOLUTION;
    else if (!needs && u < 0.5) [resolution, closedAt] = [NO_ACTION_RESOLUTION, callDate];
    return {
      id: ids.id(dayOf(callDate).year),
      issueId: fact.id,
      customerName: fact.customer.name,
      contact: rng.chance(0.02) ? undefined : fact.customer.contactPerson,
      scenario,
      serviceDate,
      callDate,
      caller: rng.pick(callers).name,
      overall,
      f_attitude: rng.score(half + 0.2, 0.6, 1, 5),
      f_expertise: rng.score(half + 0.1, 0.6, 1, 5),
      f_efficiency: rng.score(half - (fact.late ? 0.5 : 0), 0.6, 1, 5),
      f_resolution: rng.score(half - (fact.resolvedFirst === false ? 0.5 : 0), 0.6, 1, 5),
      problem,
      problemType: said ? (said.complaint?.followupType ?? "其他") : undefined,
      suggestion: rng.chance(0.45) ? rng.pick(FOLLOWUP_SUGGESTIONS) : undefined,
      resolution,
      closedAt,
    };
  });
}
