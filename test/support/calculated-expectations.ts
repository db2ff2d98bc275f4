import { feedbackNeedsFollowUp } from "../../src/domain/feedback-rules";
import { callTimely, followUpNeeded, recontactDueAt, syncDueAt } from "../../src/domain/followups";
import type { CellValue, RecordRow, TableKey } from "../../src/domain/schema/types";
import { scoreRate, weightedScore } from "../../src/domain/scores";
import type { Settings } from "../../src/domain/settings";
import { dueAt, overdue, responseSeconds } from "../../src/domain/sla";
import { invalidReasons, validityText } from "../../src/domain/validity";
import { effectiveWeights } from "../../src/domain/weights";
import { sameResult } from "./compare";

export type Expect = (row: RecordRow) => CellValue;

/** What the domain code says every calculated column of every table holds for a row. */
export function calculatedExpectations(settings: Settings, asOf: number): Record<TableKey, Record<string, Expect>> {
  const { rules, dimensions, holidays } = settings;
  const weights = effectiveWeights(dimensions, rules);
  const needs = (r: RecordRow) => ({ callDate: r.callDate, needs: followUpNeeded(r, rules) });
  return {
    issues: {
      dueAt: (r) => dueAt(r, rules, holidays),
      responseSeconds: (r) => responseSeconds(r),
      overdue: (r) => overdue(r, asOf, rules, holidays),
    },
    evaluations: {
      weightedScore: (r) => weightedScore(r, dimensions, weights),
      scoreRate: (r) => scoreRate(weightedScore(r, dimensions, weights)),
      validity: (r) => validityText(invalidReasons(r, dimensions, rules)),
    },
    followups: {
      needsFollowUp: (r) => followUpNeeded(r, rules),
      syncDueAt: (r) => syncDueAt(needs(r), rules),
      recontactDueAt: (r) => recontactDueAt(needs(r), rules, holidays),
      callTimely: (r) => callTimely(r, rules, holidays),
    },
    feedback: { needsFollowUp: (r) => feedbackNeedsFollowUp(r.score, rules) },
    improvements: {},
  };
}

/**
 * Compares recalculated rows with the domain's expectation, cell by cell. Returns the mismatches and, per column,
 * the distinct expected values (a column with one kind of value proves little).
 */
export function compareCalculated(
  inputs: readonly RecordRow[],
  results: readonly RecordRow[],
  columns: Readonly<Record<string, Expect>>,
  label: string,
  /** The sheet row of inputs[0] (the first body row of a table whose header is row 1, or a later block's first row). */
  firstRow = 2,
): { mismatches: string[]; seen: Map<string, Set<string>> } {
  const mismatches: string[] = [];
  const seen = new Map<string, Set<string>>();
  inputs.forEach((row, i) => {
    for (const [field, expected] of Object.entries(columns)) {
      const want = expected(row);
      const got = results[i]?.[field];
      seen.set(field, (seen.get(field) ?? new Set()).add(String(want)));
      if (!sameResult(got, want))
        mismatches.push(`${label} row ${i + firstRow} ${field}: sheet ${got}, domain ${want}`);
    }
  });
  return { mismatches, seen };
}
