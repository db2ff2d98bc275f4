import { setFlagsFromString } from "node:v8";

/**
 * How far V8 lets the heap grow past what the last full collection kept before it collects again, in percent.
 * Left to itself V8 lets a large heap grow up to fourfold between collections: a report on 500,000 issues keeps about
 * 1.3 GB of rows and records alive and peaked at 2,417 MiB resident, mostly garbage not yet collected; with a quarter
 * it peaked at 1,914 MiB, the same code (`/usr/bin/time -v … cli report`, issue 18).
 */
const HEAP_GROWTH_PERCENT = 25;

/** Makes V8 collect garbage before the heap grows past `HEAP_GROWTH_PERCENT` of what it kept (V8 reads it each time). */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${String(HEAP_GROWTH_PERCENT)}`);
}
