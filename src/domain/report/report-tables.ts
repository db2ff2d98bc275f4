/**
 * The record tables a monthly report reads (DOMAIN.md §1, §5): rows as read from the workbook, formula columns
 * left out (every calculated figure is computed again by the domain rules).
 */
import type { RecordRow } from "../schema/types";

export interface ReportTables {
  readonly issues: readonly RecordRow[];
  readonly evaluations: readonly RecordRow[];
  readonly followups: readonly RecordRow[];
  readonly feedback: readonly RecordRow[];
  readonly improvements: readonly RecordRow[];
}

/** Where each table's rows belong to a month (DOMAIN.md §3.2, §4.2, §5). */
export const MONTH_FIELD = {
  issues: "receivedAt",
  evaluations: "serviceDate",
  followups: "callDate",
  feedback: "servedAt",
} as const;
