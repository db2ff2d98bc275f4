/**
 * Issue ids `YYYY-DEPT-NNN` (DOMAIN.md §1.1): year of receivedAt, department code, a sequence per year and code
 * of at least 3 digits. Generated when blank; an existing id is never changed; duplicates are reported.
 */
import { SettingsError } from "./errors";
import { dayOf, serialToParts } from "./serial";
import type { CellValue } from "./schema/types";

export interface IssueIdParts {
  readonly year: number;
  readonly deptCode: string;
  readonly seq: number;
}

export interface IssueIdProblem {
  /** 0-based index of the row in the input. */
  readonly index: number;
  readonly id: string;
  readonly reason: "duplicate";
}

export interface AssignedIssueIds {
  readonly ids: (string | undefined)[];
  readonly problems: IssueIdProblem[];
}

const ISSUE_ID = /^(\d{4})-(\S+)-(\d{3,})$/;

/** `2024-SVC-001` (DOMAIN.md §1.1): the sequence is zero-padded to at least 3 digits. */
export function formatIssueId(year: number, deptCode: string, seq: number): string {
  return `${String(year)}-${deptCode}-${String(seq).padStart(3, "0")}`;
}

/** The parts of an id in the `YYYY-DEPT-NNN` shape, or undefined. The code may itself contain `-`. */
export function parseIssueId(id: string): IssueIdParts | undefined {
  const match = ISSUE_ID.exec(id.trim());
  if (!match) return undefined;
  const [, year, deptCode, seq] = match;
  if (year === undefined || deptCode === undefined || seq === undefined) return undefined;
  return { year: Number(year), deptCode, seq: Number(seq) };
}

/** An existing id as text, or undefined when the cell is blank (undefined or only white space). */
function existingId(value: CellValue): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  return text.trim() === "" ? undefined : text;
}

/** Ids are compared trimmed and case-insensitively, as Excel's COUNTIF does. */
function idKey(id: string): string {
  return id.trim().toUpperCase();
}

/**
 * Ids for every issue row (DOMAIN.md §1.1). Existing ids are kept exactly as written; the second and later
 * occurrences of an id are reported as duplicates. A blank id gets `formatIssueId(year of receivedAt, deptCode,
 * n)`, n counting on in row order from the highest existing sequence for that year and code; a blank id whose
 * receivedAt is not a number stays undefined.
 * @throws SettingsError when deptCode is blank or contains white space (no id could be generated).
 */
export function assignIssueIds(
  rows: readonly { id?: CellValue; receivedAt?: CellValue }[],
  deptCode: string,
): AssignedIssueIds {
  const trimmed = deptCode.trim();
  if (!/^\S+$/.test(trimmed)) {
    throw new SettingsError(`the department code for issue ids must be text without spaces, not "${deptCode}"`, {
      sheet: "Settings",
    });
  }
  const code = trimmed.toUpperCase();
  const lastSeq = new Map<number, number>();
  const seen = new Set<string>();
  const problems: IssueIdProblem[] = [];
  const existing = rows.map((row) => existingId(row.id));
  existing.forEach((id, index) => {
    if (id === undefined) return;
    const key = idKey(id);
    if (seen.has(key)) problems.push({ index, id, reason: "duplicate" });
    seen.add(key);
    const parts = parseIssueId(id);
    if (parts && parts.deptCode.toUpperCase() === code) {
      lastSeq.set(parts.year, Math.max(lastSeq.get(parts.year) ?? 0, parts.seq));
    }
  });
  const ids = rows.map((row, index) => {
    const id = existing[index];
    if (id !== undefined) return id;
    if (typeof row.receivedAt !== "number") return undefined;
    const year = serialToParts(dayOf(row.receivedAt)).year;
    const seq = (lastSeq.get(year) ?? 0) + 1;
    lastSeq.set(year, seq);
    return formatIssueId(year, trimmed, seq);
  });
  return { ids, problems };
}
