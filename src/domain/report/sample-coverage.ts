/**
 * Sample coverage by stratum (issue 15 item 4, source 000 §2.2: "需覆盖不同区域、客户类型、服务等级(普通/VIP)及问题类型",
 * DOMAIN.md §4.2): per 区域, 服务等级 and 客户类型, the period's issues, its valid evaluations and their ratio, and
 * the strata that have issues but no evaluation.
 */
import { compareText } from "../keywords/top-keywords";
import type { PrivacyFilter } from "../privacy/privacy-filter";
import type { CellValue, RecordRow } from "../schema/types";
import type { Settings } from "../settings";
import { invalidReasons } from "../validity";
import { inRange, textOf } from "./cells";

/** The fields a sample is stratified by; each is a field of both the issue log and the evaluations. */
export const COVERAGE_STRATA = ["region", "serviceLevel", "customerType"] as const;
export type CoverageStratum = (typeof COVERAGE_STRATA)[number];

export interface StratumCoverage {
  /** The value as the records hold it. */
  readonly value: string;
  /** Issues whose completedAt is in the period with this value. */
  readonly issues: number;
  /** Valid evaluations whose serviceDate is in the period with this value. */
  readonly evaluations: number;
  /** evaluations / issues; undefined when there are no issues. */
  readonly rate: number | undefined;
  /** The value was masked by the privacy filter: its `*` stand for the characters hidden. */
  readonly masked?: boolean;
}

export interface SampleCoverage {
  /** Some issue or evaluation of the period has a 区域 or a 服务等级. */
  readonly recorded: boolean;
  readonly region: readonly StratumCoverage[];
  readonly serviceLevel: readonly StratumCoverage[];
  readonly customerType: readonly StratumCoverage[];
  /** Strata with issues but no evaluation (未覆盖), in stratum order. */
  readonly uncovered: readonly { readonly stratum: CoverageStratum; readonly value: string }[];
}

/** The key COUNTIFS matches a text by: the whole text, ignoring case. */
const matchKey = (value: CellValue) => String(value).toLowerCase();

function strataOf(
  issues: readonly RecordRow[],
  evaluations: readonly RecordRow[],
  field: CoverageStratum,
  order: readonly string[],
): StratumCoverage[] {
  const strata = new Map<string, { value: string; issues: number; evaluations: number }>();
  const count = (rows: readonly RecordRow[], which: "issues" | "evaluations") => {
    for (const row of rows) {
      const value = row[field];
      if (textOf(value) === undefined) continue;
      const key = matchKey(value);
      const stratum = strata.get(key) ?? { value: String(value), issues: 0, evaluations: 0 };
      stratum[which] += 1;
      strata.set(key, stratum);
    }
  };
  count(issues, "issues");
  count(evaluations, "evaluations");
  const rank = (v: string) => {
    const i = order.indexOf(v);
    return i < 0 ? order.length : i;
  };
  return [...strata.values()]
    .map((s) => ({ ...s, rate: s.issues === 0 ? undefined : s.evaluations / s.issues }))
    .sort((a, b) => rank(a.value) - rank(b.value) || compareText(a.value, b.value));
}

/**
 * The sample coverage of `range` (half-open serials): issues are those whose completedAt is in the range (the
 * coverage denominator of DOMAIN.md §4.2), evaluations the valid ones (no `invalidReasons`) whose serviceDate is in
 * it. For each stratum field, one entry per value found in either (blank left out; values equal ignoring case are
 * one stratum, as Excel's COUNTIFS matches them), in the order of `lists` then by text; rate = evaluations /
 * issues. uncovered: the entries with issues > 0 and no evaluation, region first, then service level, customer type.
 */
export function sampleCoverage(
  tables: { readonly issues: readonly RecordRow[]; readonly evaluations: readonly RecordRow[] },
  settings: Pick<Settings, "rules" | "dimensions">,
  range: { readonly start: number; readonly end: number },
  lists: Partial<Readonly<Record<CoverageStratum, readonly string[]>>> = {},
): SampleCoverage {
  const issues = tables.issues.filter((r) => inRange(r["completedAt"], range));
  const evaluations = tables.evaluations.filter(
    (r) => inRange(r["serviceDate"], range) && invalidReasons(r, settings.dimensions, settings.rules).length === 0,
  );
  const by = (field: CoverageStratum) => strataOf(issues, evaluations, field, lists[field] ?? []);
  const coverage = { region: by("region"), serviceLevel: by("serviceLevel"), customerType: by("customerType") };
  return {
    recorded: coverage.region.length > 0 || coverage.serviceLevel.length > 0,
    ...coverage,
    uncovered: COVERAGE_STRATA.flatMap((stratum) =>
      coverage[stratum].filter((s) => s.issues > 0 && s.evaluations === 0).map((s) => ({ stratum, value: s.value })),
    ),
  };
}

/** The coverage with every stratum value through the privacy filter (DOMAIN.md §4.4), masked ones marked. */
export function maskCoverage(coverage: SampleCoverage, privacy: PrivacyFilter): SampleCoverage {
  const mask = (list: readonly StratumCoverage[]) =>
    list.map((s) => {
      const value = privacy.text(s.value);
      return value === s.value ? s : { ...s, value, masked: true };
    });
  return {
    ...coverage,
    region: mask(coverage.region),
    serviceLevel: mask(coverage.serviceLevel),
    customerType: mask(coverage.customerType),
    uncovered: coverage.uncovered.map((u) => ({ ...u, value: privacy.text(u.value) })),
  };
}
