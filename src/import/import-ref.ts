/**
 * The 导入来源 (Import ref) cell of an imported row (issue 10 item 3): the import's id, a space, and the source
 * row's fingerprint (fingerprint.ts), e.g. `I20240305-01 #12 2024/3/5 10:01:00` or `I20240305-02 h:9f2c…`.
 */
import type { CellValue } from "../domain/schema/types";
import { serialToParts } from "../domain/serial";

export interface ImportRef {
  readonly importId: string;
  readonly fingerprint: string;
}

const IMPORT_ID = /^I\d{8}-\d{2,}$/;
const REF = /^(I\d{8}-\d{2,})\s+(\S.*)$/s;

export function isImportId(text: string): boolean {
  return IMPORT_ID.test(text);
}

export function importRefText(ref: ImportRef): string {
  return `${ref.importId} ${ref.fingerprint}`;
}

/** The import id and fingerprint of a 导入来源 cell; undefined for a blank cell or text of another shape. */
export function parseImportRef(cell: CellValue): ImportRef | undefined {
  if (typeof cell !== "string") return undefined;
  const match = REF.exec(cell.trim());
  return match ? { importId: match[1] ?? "", fingerprint: match[2] ?? "" } : undefined;
}

/**
 * The id of a new import: `I` + the day of `now` (yyyymmdd) + `-` + the next two-digit number of that day among
 * `taken` (`I20240305-01`, `I20240305-02`, …).
 */
export function nextImportId(now: number, taken: readonly string[]): string {
  const p = serialToParts(now);
  const day = `I${String(p.year)}${String(p.month).padStart(2, "0")}${String(p.day).padStart(2, "0")}-`;
  const used = taken.filter((t) => t.startsWith(day)).map((t) => Number(t.slice(day.length)));
  const next = Math.max(0, ...used.filter(Number.isFinite)) + 1;
  return `${day}${String(next).padStart(2, "0")}`;
}
