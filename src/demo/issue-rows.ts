/** Demo rows of the issue log (DOMAIN.md §1.1), with the SLA outcomes of §3.1 in every variant. */
import type { RecordRow } from "../domain/schema/types";
import { ISSUE_STATUS, URGENCY, YES_NO } from "../domain/schema/values";
import { DEFAULT_RULES } from "../domain/settings";
import { SECONDS_PER_DAY } from "./calendar";
import type { DemoContext } from "./context";
import { sortedMoments, streamFor } from "./context";
import type { Group } from "./groups";
import { TEAM_PROFILES, drawCategory, drawIssueGroup, ownerDeptOf } from "./groups";
import {
  DESCRIPTIONS,
  FORMULA_LIKE_DESCRIPTIONS,
  FORMULA_LIKE_SUGGESTIONS,
  INTERIM_ACTIONS,
  ISSUE_SUGGESTIONS,
  PLANS,
} from "./issue-texts";
import type { Customer, Staff } from "./parties";
import { sampleMoment } from "./period";
import type { Rng } from "./random";
import { weighted } from "./random";

/** What the other tables need to know about an issue. */
export interface IssueFact {
  readonly id: string | undefined;
  readonly receivedAt: number;
  readonly completedAt: number | undefined;
  readonly urgency: string | undefined;
  readonly group: Group;
  readonly category: string;
  readonly customer: Customer;
  readonly handler: Staff;
  readonly satisfaction: number | undefined;
  readonly resolvedFirst: boolean | undefined;
  /** The SLA was missed (known so far). */
  readonly late: boolean;
}

// The last band is 一般 too: urgency is required, and the demo passes its own validation. (A separate band keeps
// every other draw where it was.)
const drawUrgency = weighted<string>([
  [URGENCY.normal, 68.6],
  [URGENCY.urgent, 21.6],
  [URGENCY.major, 7.8],
  [URGENCY.normal, 2],
]);

const RULES = DEFAULT_RULES;
const DEPT_CODE = RULES.deptCode;
const HOUR = 1 / 24;
const toSecond = (serial: number): number => Math.round(serial * SECONDS_PER_DAY) / SECONDS_PER_DAY;

/**
 * Seconds from receipt to first response: seconds on chat and phone (quicker in fast teams, so group averages fall
 * on both sides of the targets of DOMAIN.md §5), minutes to two hours elsewhere. 重大 issues that come in by e-mail,
 * visit or social media sometimes start late, or around the 4 h limit.
 */
function responseSeconds(rng: Rng, group: Group, urgency: string | undefined): number {
  const fast = TEAM_PROFILES[group.team].fast;
  if (group.channel === "在线客服" || group.channel === "APP") {
    if (rng.chance(fast ? 0.02 : 0.06)) return rng.int(40, 300);
    return fast ? rng.int(5, 35) : rng.int(10, 70);
  }
  if (group.channel === "电话") {
    if (rng.chance(0.015)) return rng.int(30, 180);
    return fast ? rng.int(5, 18) : rng.int(8, 35);
  }
  if (urgency === URGENCY.major) {
    const u = rng.next();
    const limit = RULES.slaMajorHours * 3600;
    if (u < 0.15) return rng.int(limit - 600, limit + 600);
    if (u < 0.4) return rng.int(limit + 60, limit + 6 * 3600);
  }
  return Math.round(rng.logBetween(60, 7200));
}

interface Outcome {
  readonly completedAt: number | undefined;
  readonly late: boolean;
}

/** Completion before, exactly at, or after the deadline, or still open. */
function outcome(
  ctx: DemoContext,
  rng: Rng,
  urgency: string | undefined,
  received: number,
  responded?: number,
): Outcome {
  const recent = received > ctx.period.end - 7;
  if (rng.chance(recent ? 0.4 : 0.08)) return { completedAt: undefined, late: false };
  const start = (responded ?? received) + 60 / SECONDS_PER_DAY;
  if (urgency === URGENCY.major) {
    const completedAt = toSecond(start + rng.logBetween(1, 72) * HOUR);
    return { completedAt, late: responded === undefined || responded > received + RULES.slaMajorHours / 24 };
  }
  const day = Math.floor(received);
  const due =
    urgency === URGENCY.urgent
      ? received + RULES.slaUrgentHours / 24
      : ctx.calendar.addWorkdays(day, RULES.slaNormalWorkdays) + (received - day);
  const u = rng.next();
  if (u < 0.02) return { completedAt: due, late: false };
  if (u < 0.74) return { completedAt: toSecond(start + rng.next() * (due - start)), late: false };
  return { completedAt: toSecond(due + rng.logBetween(600, 5 * SECONDS_PER_DAY) / SECONDS_PER_DAY), late: true };
}

function description(rng: Rng, category: string, customer: Customer): string {
  if (rng.chance(0.012)) return rng.pick(FORMULA_LIKE_DESCRIPTIONS);
  const line = customer.product.line;
  const templates = DESCRIPTIONS[category] ?? DESCRIPTIONS["其他"] ?? [];
  return rng.pick(templates)({ product: line.name, symptom: rng.pick(line.symptoms) }, rng);
}

function suggestion(rng: Rng): string | undefined {
  if (rng.chance(0.01)) return rng.pick(FORMULA_LIKE_SUGGESTIONS);
  return rng.chance(0.45) ? rng.pick(ISSUE_SUGGESTIONS) : undefined;
}

/** 是否一次解决: known for most completed issues (the team's rate), 否 or blank while open. */
function firstContact(rng: Rng, done: boolean, rate: number): boolean | undefined {
  if (!done) return rng.chance(0.4) ? false : undefined;
  return rng.chance(0.05) ? undefined : rng.chance(rate);
}

/** Issue ids `YYYY-SVC-NNN` ascending by receipt per year; about 5% left blank for the app to fill. */
class IssueIds {
  private readonly next = new Map<number, number>();

  id(rng: Rng, year: number): string | undefined {
    if (rng.chance(0.05)) return undefined;
    const seq = (this.next.get(year) ?? 0) + 1;
    this.next.set(year, seq);
    return `${year}-${DEPT_CODE}-${String(seq).padStart(3, "0")}`;
  }
}

/** `count` issues over the period, in order of receipt. */
export function generateIssues(ctx: DemoContext, count: number): { rows: RecordRow[]; facts: IssueFact[] } {
  const rng = streamFor(ctx, "issues");
  const { period, calendar, staff, customers } = ctx;
  const moments = sortedMoments(count, () =>
    sampleMoment(rng, period, calendar, { offDayAccept: 0.45, afterHours: 0.12 }),
  );
  const ids = new IssueIds();
  const rows: RecordRow[] = [];
  const facts: IssueFact[] = [];
  for (const receivedAt of moments) {
    const group = drawIssueGroup(rng);
    const profile = TEAM_PROFILES[group.team];
    let urgency = drawUrgency(rng);
    if (group.noMajor && urgency === URGENCY.major) urgency = URGENCY.urgent;
    const category = drawCategory(rng, group.stage);
    const customer = customers.contact(receivedAt);
    const team = rng.chance(0.9) ? group.team : rng.pick(["上门服务组", "技术支持组"] as const);
    const handler = rng.pick(staff.of(team));
    const responded = rng.chance(0.04)
      ? undefined
      : receivedAt + responseSeconds(rng, group, urgency) / SECONDS_PER_DAY;
    const { completedAt, late } = outcome(ctx, rng, urgency, receivedAt, responded);
    const done = completedAt !== undefined;
    const resolvedFirst = firstContact(rng, done, profile.fcr);
    const mood = 4.4 + profile.mood - (late ? 0.8 : 0) - (resolvedFirst === false ? 0.6 : 0);
    const satisfaction = done && rng.chance(0.88) ? rng.score(mood, 0.9, 1, 5) : undefined;
    const reopened = satisfaction !== undefined && satisfaction <= 3;
    const planned = done || rng.chance(0.6);
    const plans = PLANS[category] ?? PLANS["其他"] ?? [];
    const id = ids.id(rng, period.month(period.monthIndex(receivedAt)).year);
    rows.push({
      id,
      receivedAt,
      channel: group.channel,
      stage: group.stage,
      team: group.team,
      customerId: rng.chance(0.03) ? undefined : customer.id,
      customerName: customer.name,
      customerType: customer.type,
      contact: rng.chance(0.02) ? undefined : customer.contact,
      product: rng.chance(0.03) ? undefined : customer.product.text,
      description: description(rng, category, customer),
      category,
      urgency,
      firstResponseAt: responded,
      interimAction: rng.chance(0.85)
        ? rng.pick(INTERIM_ACTIONS[category] ?? INTERIM_ACTIONS["其他"] ?? [])
        : undefined,
      ownerDept: ownerDeptOf(rng, category),
      handler: rng.chance(0.03) ? undefined : handler.name,
      plan: planned ? rng.pick(plans) : undefined,
      reviewer: planned && rng.chance(0.9) ? staff.lead(group.team).name : undefined,
      completedAt,
      firstContactResolved: resolvedFirst === undefined ? undefined : resolvedFirst ? YES_NO.yes : YES_NO.no,
      satisfaction,
      suggestion: suggestion(rng),
      status: !done || reopened ? ISSUE_STATUS.open : rng.chance(0.35) ? ISSUE_STATUS.closed : ISSUE_STATUS.done,
    });
    facts.push({
      id,
      receivedAt,
      completedAt,
      urgency,
      group,
      category,
      customer,
      handler,
      satisfaction,
      resolvedFirst,
      late,
    });
  }
  return { rows, facts };
}
