/**
 * How many leading rows of `incoming` an interrupted run of the same change already appended: the largest k for
 * which the last k rows of `existing` are the first k rows of `incoming`. Office.js writes a long append in several
 * requests and a stop between two of them leaves the first blocks in the table; the run that completes the change
 * appends only the rest, so nothing is there twice.
 */
export function alreadyAppended<T>(
  existing: readonly T[],
  incoming: readonly T[],
  same: (had: T, adding: T) => boolean,
): number {
  for (let k = Math.min(existing.length, incoming.length); k > 0; k--) {
    const offset = existing.length - k;
    let all = true;
    for (let i = 0; i < k && all; i++) all = same(existing[offset + i] as T, incoming[i] as T);
    if (all) return k;
  }
  return 0;
}
