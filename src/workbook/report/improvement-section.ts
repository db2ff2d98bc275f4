/**
 * The report's improvement-plan section (issue 15): how many of the drafts the period's figures raise are in the
 * plan, and those left out because the period reached Settings maxDrafts, per origin. Re-running the report shows
 * the same figures (what this run added is told by the command, not the sheet).
 */
import type { PlanCell } from "../plan-types";

export interface ImprovementSectionInput {
  readonly added: number;
  readonly known: number;
  readonly omitted: readonly { readonly origin: string; readonly count: number }[];
}

export const IMPROVEMENT_SECTION_LABELS = {
  title: { zh: "八、改进清单", en: "8. Improvement plan" },
  listed: { zh: "已列入改进清单", en: "In the improvement plan" },
  omitted: { zh: "未列入(超过每次上限)", en: "Left out (over the limit per report)" },
} as const;

/** The section's rows: a title, two counts, then one row per origin left out (origin, count) indented in B:C. */
export function improvementSectionRows(
  input: ImprovementSectionInput,
  t: (entry: { readonly zh: string; readonly en: string }) => string,
): PlanCell[][] {
  const L = IMPROVEMENT_SECTION_LABELS;
  const omitted = input.omitted.reduce((n, o) => n + o.count, 0);
  return [
    [],
    [t(L.title)],
    [t(L.listed), input.added + input.known],
    [t(L.omitted), omitted],
    ...input.omitted.map((o): PlanCell[] => [undefined, o.origin, o.count]),
  ];
}
