import { feedbackNeedsFollowUp } from "../domain/feedback-rules";
import { callTimely, followUpNeeded, recontactDueAt, syncDueAt } from "../domain/followups";
import type { CellValue, RecordRow, TableKey } from "../domain/schema/types";
import { scoreRate, weightedScore } from "../domain/scores";
import type { Settings } from "../domain/settings";
import { dueAt, overdue, responseSeconds } from "../domain/sla";
import { invalidReasons, validityText } from "../domain/validity";
import { effectiveWeights } from "../domain/weights";

/** The domain's result of one calculated column for one row. */
export type CalculatedResult = (row: RecordRow) => CellValue;

/**
 * What the domain computes for each calculated column of a table (the formulas of formulas.ts compute the same, as
 * the workbook proof tests hold): the values a file host caches next to the formulas so that a preview shows them.
 * 是否超时 is left out while Settings has no as-of time: its formula then follows NOW(), which only Excel knows.
 */
export function calculatedResults(table: TableKey, settings: Settings): Readonly<Record<string, CalculatedResult>> {
  const { rules, dimensions, holidays } = settings;
  switch (table) {
    case "issues": {
      const asOf = rules.asOf;
      return {
        dueAt: (r) => dueAt(r, rules, holidays),
        responseSeconds: (r) => responseSeconds(r),
        ...(asOf === undefined ? {} : { overdue: (r: RecordRow) => overdue(r, asOf, rules, holidays) }),
      };
    }
    case "evaluations": {
      const weights = effectiveWeights(dimensions, rules);
      return {
        weightedScore: (r) => weightedScore(r, dimensions, weights),
        scoreRate: (r) => scoreRate(weightedScore(r, dimensions, weights)),
        validity: (r) => validityText(invalidReasons(r, dimensions, rules)),
      };
    }
    case "followups": {
      const needs = (r: RecordRow) => ({ callDate: r.callDate, needs: followUpNeeded(r, rules) });
      return {
        needsFollowUp: (r) => followUpNeeded(r, rules),
        syncDueAt: (r) => syncDueAt(needs(r), rules),
        recontactDueAt: (r) => recontactDueAt(needs(r), rules, holidays),
        callTimely: (r) => callTimely(r, rules, holidays),
      };
    }
    case "feedback":
      return { needsFollowUp: (r) => feedbackNeedsFollowUp(r.score, rules) };
    case "improvements":
      return {};
  }
}
