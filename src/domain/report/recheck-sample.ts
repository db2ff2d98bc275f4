/**
 * The monthly re-check sample (DOMAIN.md §4.3, source 004 §4): ⌈share × n⌉ feedback rows drawn at random, without
 * replacement, reproducibly from a seed.
 */
import seedrandom from "seedrandom";
import { compareText } from "../keywords/top-keywords";

/** Slack for ⌈share × n⌉: 0.1 × 30 is 3.0000000000000004 in floating point, and the sample is 3, not 4. */
const CEIL_TOLERANCE = 1e-9;

/** ⌈share × n⌉ (DOMAIN.md §4.3), within 0…n; 0 when share ≤ 0. */
export function recheckSampleSize(n: number, share: number): number {
  if (n <= 0 || !(share > 0)) return 0;
  return Math.min(n, Math.max(0, Math.ceil(share * n - CEIL_TOLERANCE)));
}

/**
 * The re-check sample (DOMAIN.md §4.3): ⌈share × n⌉ of the distinct `feedbackIds` (n = their number), drawn
 * without replacement with seedrandom's default generator seeded with `seed`, returned sorted (code-point order).
 * The ids are sorted before the draw, so the sample depends only on the set of ids and the seed: the same seed
 * with the same ids always draws the same sample.
 */
export function recheckSample(feedbackIds: readonly string[], share: number, seed: string): string[] {
  const ids = [...new Set(feedbackIds)].sort(compareText);
  const size = recheckSampleSize(ids.length, share);
  const random = seedrandom(seed);
  for (let i = 0; i < size; i += 1) {
    const j = i + Math.floor(random() * (ids.length - i));
    const picked = ids[j] as string;
    ids[j] = ids[i] as string;
    ids[i] = picked;
  }
  return ids.slice(0, size).sort(compareText);
}
