/**
 * Dimension weights (DOMAIN.md §2.2): explicit weights from the Settings sheet's dimension table, or the core and
 * auxiliary class shares split equally inside each class.
 */
import { SettingsError, type SettingsLocation } from "./errors";
import { DIMENSION_CLASS } from "./schema/values";
import type { Dimension, DimensionClass, RuleSettings } from "./settings";

/** Tolerance for "sums to 100%" (DOMAIN.md §2.2). */
export const WEIGHT_SUM_TOLERANCE = 1e-9;

const DEFAULT_LOCATION: SettingsLocation = { sheet: "Settings" };

function percent(x: number): string {
  return `${String(Math.round(x * 1e6) / 1e4)}%`;
}

function sumsToOne(total: number): boolean {
  return Math.abs(total - 1) <= WEIGHT_SUM_TOLERANCE;
}

function explicitWeights(dimensions: readonly Dimension[], where: SettingsLocation): Map<string, number> {
  const missing = dimensions.filter((d) => d.weight === undefined).map((d) => d.key);
  if (missing.length > 0) {
    throw new SettingsError(
      `dimension table: some dimensions have a weight but not ${missing.join(", ")}; give every dimension a ` +
        "weight, or leave every weight blank",
      where,
    );
  }
  const weights = new Map<string, number>();
  let total = 0;
  for (const d of dimensions) {
    const w = d.weight ?? 0;
    if (!Number.isFinite(w) || w < 0) {
      throw new SettingsError(`dimension table: the weight of ${d.key} must be a number from 0% to 100%`, where);
    }
    weights.set(d.key, w);
    total += w;
  }
  if (!sumsToOne(total)) {
    throw new SettingsError(`dimension table: the weights sum to ${percent(total)}, they must sum to 100%`, where);
  }
  return weights;
}

function classWeights(dimensions: readonly Dimension[], rules: RuleSettings, where: SettingsLocation) {
  const shares: ReadonlyMap<DimensionClass, number> = new Map([
    [DIMENSION_CLASS.core, rules.coreShare],
    [DIMENSION_CLASS.auxiliary, rules.auxShare],
  ]);
  const total = rules.coreShare + rules.auxShare;
  if (rules.coreShare < 0 || rules.auxShare < 0 || !sumsToOne(total)) {
    throw new SettingsError(
      `the core and auxiliary dimensions' total weights sum to ${percent(total)}, they must be at least 0% and ` +
        "sum to 100%",
      where,
    );
  }
  const counts = new Map<DimensionClass, number>();
  for (const d of dimensions) counts.set(d.class, (counts.get(d.class) ?? 0) + 1);
  for (const [cls, share] of shares) {
    if (share > 0 && !counts.has(cls)) {
      throw new SettingsError(
        `dimension table: the ${cls} class has a total weight of ${percent(share)} but no dimension`,
        where,
      );
    }
  }
  // In dimension order, so that callers iterating the map see the dimension table's order.
  return new Map(dimensions.map((d) => [d.key, (shares.get(d.class) ?? 0) / (counts.get(d.class) ?? 1)]));
}

/**
 * Each dimension's weight w_d (DOMAIN.md §2.2), keyed by dimension key, summing to 1.
 * Explicit weights: all dimensions must have one, each ≥ 0, summing to 1 within 1e-9. Otherwise coreShare +
 * auxShare must be 1 within 1e-9 and each class's share is split equally among its dimensions.
 * `where` locates the dimension table for the error message (default: the Settings sheet).
 * @throws SettingsError when the weights cannot be made to sum to 100%, or a dimension key repeats.
 */
export function effectiveWeights(
  dimensions: readonly Dimension[],
  rules: RuleSettings,
  where: SettingsLocation = DEFAULT_LOCATION,
): ReadonlyMap<string, number> {
  const seen = new Set<string>();
  for (const d of dimensions) {
    if (seen.has(d.key)) throw new SettingsError(`dimension table: the key ${d.key} appears more than once`, where);
    seen.add(d.key);
  }
  return dimensions.some((d) => d.weight !== undefined)
    ? explicitWeights(dimensions, where)
    : classWeights(dimensions, rules, where);
}
