/**
 * The report as JSON (DOMAIN.md §5, issue 4's `--json`): "no data" is null, rates stay fractions 0–1.
 */

/** `T` with every undefined replaced by null, optional properties made required (as `toReportJson` does). */
export type Jsonify<T> = T extends undefined
  ? null
  : T extends string | number | boolean | null
    ? T
    : T extends ReadonlyMap<unknown, unknown> | ReadonlySet<unknown>
      ? never
      : T extends readonly (infer U)[]
        ? Jsonify<U>[]
        : T extends object
          ? { -readonly [K in keyof T]-?: Jsonify<T[K]> }
          : never;

/** A deep copy of `value` with undefined (in objects and arrays) replaced by null (DOMAIN.md §5: blank = null). */
export function toReportJson<T>(value: T): Jsonify<T> {
  return convert(value) as Jsonify<T>;
}

function convert(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(convert);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
  }
  return value;
}
