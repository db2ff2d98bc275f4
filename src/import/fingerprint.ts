/**
 * The fingerprint of a source row (issue 10 item 3): what makes importing the same file twice add nothing.
 * A survey export (问卷星, 腾讯问卷, Microsoft Forms) numbers its answers and stamps their submission time, so its
 * fingerprint is `#<row number> <submit time>` as the platform wrote them. Any other row's fingerprint is
 * `h:` + the first 16 hex digits of the SHA-256 (Web Crypto) of its mapped values. The n-th repeat of a
 * fingerprint within one file gets `/n`, so identical rows of one file are all imported, once.
 */
import type { CellValue, TableSpec } from "../domain/schema/types";
import { COVERAGE_FIELDS } from "../domain/schema/coverage-fields";
import { IMPORT_REF_FIELD } from "../domain/schema/import-ref";
import { normalizeHeader, type SourceColumn } from "./header-map";
import { SURVEY_META } from "./header-synonyms";
import { isBlankCell } from "./text-cells";

/** Headers survey tools give the answer's own number. */
const SURVEY_ROW_NUMBER = ["序号", "答卷编号", "答卷序号", "id"].map(normalizeHeader);
const SURVEY_SUBMITTED = SURVEY_META.submitted.map(normalizeHeader);

export interface FingerprintRow {
  /** The row as a record (field keys; extra columns under their record header). */
  readonly record: Readonly<Record<string, CellValue>>;
  /** The row's original values, one per source column. */
  readonly values: readonly CellValue[];
}

const HASH_DIGITS = 16;
/** Rows hashed at once: Web Crypto digests are asynchronous, and 100,000 pending ones hold their texts alive. */
const BATCH = 512;

async function sha256Prefix(text: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  let hex = "";
  for (const b of digest.subarray(0, HASH_DIGITS / 2)) hex += b.toString(16).padStart(2, "0");
  return hex;
}

/** Positions (in `columns`) of the survey's row-number and submit-time columns, when the source has both. */
function surveyColumns(columns: readonly SourceColumn[]): { number: number; submitted: number } | undefined {
  const find = (words: readonly string[]) => columns.findIndex((c) => words.includes(normalizeHeader(c.header)));
  const number = find(SURVEY_ROW_NUMBER);
  const submitted = find(SURVEY_SUBMITTED);
  return number >= 0 && submitted >= 0 ? { number, submitted } : undefined;
}

const text = (v: CellValue) => String(v).trim();

/**
 * The canonical text of a row's mapped values: entry fields by key, then the extra columns, each sorted. What
 * depends on the columns only is worked out once, not per row.
 */
function canonicalText(spec: TableSpec, columns: readonly SourceColumn[]): (row: FingerprintRow) => string {
  // A blank field added after fingerprints were introduced (区域, 服务等级) is left out, so a file imported before
  // it still matches its earlier import.
  const later = new Set(COVERAGE_FIELDS.map((f) => f.key));
  const fields = spec.fields
    .filter((f) => f.type !== "formula" && f.key !== IMPORT_REF_FIELD.key)
    .map((f) => ({ key: f.key, later: later.has(f.key) }));
  const extras = columns
    .flatMap((c, i) => (c.target.kind === "extra" ? [{ name: `+${normalizeHeader(c.header)}`, at: i }] : []))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (row) => {
    const pairs: [string, CellValue | null][] = [];
    for (const f of fields) {
      const value = row.record[f.key];
      if (!f.later || value !== undefined) pairs.push([f.key, value ?? null]);
    }
    for (const e of extras) pairs.push([e.name, row.values[e.at] ?? null]);
    return JSON.stringify(pairs);
  };
}

/**
 * The fingerprints of a source's rows, in order, given a chunk at a time: a repeat counts the rows of earlier
 * chunks, so the rows get the fingerprints they would get all at once.
 */
export function rowFingerprints(
  spec: TableSpec,
  columns: readonly SourceColumn[],
): (rows: readonly FingerprintRow[]) => Promise<string[]> {
  const survey = surveyColumns(columns);
  const canonical = canonicalText(spec, columns);
  const fingerprintOf = async (row: FingerprintRow) => {
    const number = survey ? row.values[survey.number] : undefined;
    const submitted = survey ? row.values[survey.submitted] : undefined;
    if (!isBlankCell(number) && !isBlankCell(submitted)) return `#${text(number)} ${text(submitted)}`;
    return `h:${await sha256Prefix(canonical(row))}`;
  };
  const seen = new Map<string, number>();
  return async (rows) => {
    const fingerprints: string[] = [];
    for (let from = 0; from < rows.length; from += BATCH) {
      const batch = await Promise.all(rows.slice(from, from + BATCH).map(fingerprintOf));
      for (const fingerprint of batch) {
        const n = (seen.get(fingerprint) ?? 0) + 1;
        seen.set(fingerprint, n);
        fingerprints.push(n === 1 ? fingerprint : `${fingerprint}/${String(n)}`);
      }
    }
    return fingerprints;
  };
}
