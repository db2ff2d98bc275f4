import type { CellValue, RecordRow } from "./types";

/*
 * Records are built with Object.fromEntries, not by setting keys one at a time on `{}` nor by spreading: V8 gives
 * a record of 20-odd fields built those ways a hash-table or oversized property store, two to four times the
 * memory of the compact object Object.fromEntries makes, and an import, a demo or a report holds one per row
 * (issue 18).
 */

/** A record of these keys and values, in this order (a later value of a repeated key wins, in the first's place). */
export function recordOf(entries: Iterable<readonly [string, CellValue]>): RecordRow {
  return Object.fromEntries(entries);
}

/** A copy of `record` with `fields` set: existing keys keep their place, new ones come last (as a spread does). */
export function withFields(record: RecordRow, fields: RecordRow): RecordRow {
  // Setting keys the copy already has keeps it compact and is the fast way; a new key set on it would not.
  for (const key in fields) {
    if (!(key in record)) return Object.fromEntries([...Object.entries(record), ...Object.entries(fields)]);
  }
  return Object.assign(Object.assign({}, record), fields);
}
