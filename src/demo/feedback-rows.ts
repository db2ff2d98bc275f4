/**
 * Demo rows of the feedback detail (DOMAIN.md §1.4): verbatim customer words from the shared phrase pool, scores
 * that differ by team and month, and follow-up progress for the low scores.
 */
import type { RecordRow } from "../domain/schema/types";
import { PROGRESS } from "../domain/schema/values";
import { dayOf } from "./calendar";
import type { DemoContext } from "./context";
import { YearSequence, sortedMoments, streamFor } from "./context";
import type { Group } from "./groups";
import { TEAM_PROFILES, drawFeedbackGroup } from "./groups";
import type { Mood } from "./phrases";
import { opinion } from "./phrases";
import { sampleMoment } from "./period";
import type { Rng } from "./random";
import { weighted } from "./random";

/** Mean score shift per month of a three-month cycle. */
const MONTH_SHIFT = [-0.1, -0.3, 0.1];

const FORMULA_LIKE_FEEDBACK: readonly string[] = [
  "-客服态度差，再也不买了",
  "=差评",
  "+1 同意楼上，响应慢",
  "@客服 你们到底管不管",
];

const drawProgress = weighted([
  [PROGRESS.pending, 25],
  [PROGRESS.inProgress, 30],
  [PROGRESS.done, 45],
]);

function sourceOf(rng: Rng, group: Group, score: number | undefined): string {
  if (group.channel === "社交媒体" && rng.chance(0.8)) return "社交媒体";
  if (group.channel === "电商平台" && rng.chance(0.8)) return "电商评论";
  const complaint = score !== undefined && score <= 2 ? 30 : 5;
  return weighted([
    ["满意度问卷", 40],
    ["电话回访", 25],
    ["投诉", complaint],
    ["工单备注", 20],
  ])(rng);
}

function moodOf(rng: Rng, score: number | undefined): Mood {
  if (score === undefined) return rng.pick(["negative", "mixed", "positive"] as const);
  if (score <= 2) return "negative";
  if (score === 3) return rng.chance(0.5) ? "negative" : "mixed";
  if (score === 4) return rng.chance(0.6) ? "positive" : "mixed";
  return "positive";
}

function progressOf(rng: Rng, score: number | undefined, recent: boolean): string | undefined {
  if (score !== undefined && score < 3) return recent && rng.chance(0.5) ? PROGRESS.pending : drawProgress(rng);
  if (score === 3) return rng.chance(0.5) ? drawProgress(rng) : undefined;
  return rng.chance(0.15) ? PROGRESS.done : undefined;
}

/** `count` feedback rows over the period, in order of service time, ids `FB-YYYY-NNNN`. */
export function generateFeedback(ctx: DemoContext, count: number): RecordRow[] {
  const rng = streamFor(ctx, "feedback");
  const { period, calendar, staff, customers } = ctx;
  const moments = sortedMoments(count, () =>
    sampleMoment(rng, period, calendar, { offDayAccept: 0.55, afterHours: 0.1 }),
  );
  const ids = new YearSequence("FB-", 4);
  const rows: RecordRow[] = [];
  for (const servedAt of moments) {
    const group = drawFeedbackGroup(rng);
    const month = period.monthIndex(servedAt);
    const customer = customers.contact(servedAt, 0.5);
    const mean = 4.3 + TEAM_PROFILES[group.team].mood + (MONTH_SHIFT[month % 3] ?? 0);
    const score = rng.chance(0.03) ? undefined : rng.score(mean, 0.95, 1, 5);
    const mood = moodOf(rng, score);
    const said = opinion(rng, mood, undefined, true);
    let text: string | undefined = said.text;
    if (rng.chance(0.01)) text = rng.pick(FORMULA_LIKE_FEEDBACK);
    else if (rng.chance(0.02)) text = undefined;
    const progress = progressOf(rng, score, servedAt > period.end - 10);
    rows.push({
      id: ids.id(dayOf(servedAt).year),
      customerId: rng.chance(0.02) ? undefined : customer.id,
      customerSegment: rng.chance(0.02) ? undefined : customer.segment,
      servedAt,
      staffId: rng.pick(staff.of(group.team)).id,
      team: group.team,
      stage: group.stage,
      channel: group.channel,
      source: sourceOf(rng, group, score),
      score,
      text,
      problemType: said.complaint?.feedbackType ?? said.englishType ?? (mood === "positive" ? undefined : "其他"),
      progress,
      owner:
        progress === undefined
          ? undefined
          : rng.chance(0.6)
            ? staff.lead(group.team).name
            : rng.pick(staff.of(group.team)).name,
    });
  }
  return rows;
}
