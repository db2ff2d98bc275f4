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
  /** Measures due for re-check in the period, with 复评结果 as the plan holds it after the report. */
  readonly rechecks?: readonly {
    readonly id: string | undefined;
    readonly problem: string | undefined;
    readonly result: string | undefined;
  }[];
}

export const IMPROVEMENT_SECTION_LABELS = {
  title: { zh: "十、改进清单", en: "10. Improvement plan" },
  listed: { zh: "已列入改进清单", en: "In the improvement plan" },
  omitted: { zh: "未列入(超过每次上限)", en: "Left out (over the limit per report)" },
  rechecks: { zh: "本期到期复评的改进措施", en: "Measures due for re-check" },
  id: { zh: "改进编号", en: "ID" },
  problem: { zh: "问题描述", en: "Problem" },
  result: { zh: "复评结果", en: "Re-check result" },
  none: { zh: "(无)", en: "(none)" },
} as const;

/**
 * The section's rows: a title, two counts, one row per origin left out (origin, count) indented in B:C, then the
 * measures due for re-check (id, problem, 复评结果).
 */
export function improvementSectionRows(
  input: ImprovementSectionInput,
  t: (entry: { readonly zh: string; readonly en: string }) => string,
): PlanCell[][] {
  const L = IMPROVEMENT_SECTION_LABELS;
  const omitted = input.omitted.reduce((n, o) => n + o.count, 0);
  const rechecks = input.rechecks ?? [];
  return [
    [],
    [t(L.title)],
    [t(L.listed), input.added + input.known],
    [t(L.omitted), omitted],
    ...input.omitted.map((o): PlanCell[] => [undefined, o.origin, o.count]),
    [t(L.rechecks)],
    [t(L.id), t(L.problem), t(L.result)],
    ...(rechecks.length === 0 ? [[t(L.none)]] : rechecks.map((r): PlanCell[] => [r.id, r.problem, r.result])),
  ];
}
