import type { CellValue, ListKey, TableKey } from "../domain/schema/types";
import type { TextEncodingName } from "./decode-text";
import type { ProblemReason } from "./problem-reasons";
import type { UnfedField } from "./unfed-fields";

/**
 * A value of the source that could not be taken as it is (STYLE.md "errors": findings are values): where it is,
 * what it was, what was expected. `row` is the 1-based source row (CSV record number or Excel row); `column` is
 * the source header with its letter, `服务日期 (F)`.
 */
export interface ImportProblem {
  readonly file: string;
  readonly sheet?: string;
  readonly row: number;
  readonly column: string;
  readonly value: CellValue;
  readonly expected: string;
  /** Why, as data (the pane words it in its language; `expected` is the English). */
  readonly reason: ProblemReason;
}

/**
 * What an import did (issue 3 item 6, issue 10 items 3–4). Always `rowsRead = imported + quarantined +
 * alreadyImported`; blank source rows are not rows. `validityRate` is valid / imported evaluations (DOMAIN.md
 * §4.1), undefined for other tables or when nothing was imported.
 */
export interface ImportSummary {
  /** The id in the 导入来源 cell of every imported row and on the 导入记录 sheet (`I20240305-01`). */
  readonly importId: string;
  readonly file: string;
  readonly sheet?: string;
  readonly encoding?: TextEncodingName;
  readonly table: TableKey;
  readonly rowsRead: number;
  readonly imported: number;
  readonly quarantined: number;
  /** Rows the table already has: imported before (same fingerprint), or an id it (or an earlier row) has. */
  readonly alreadyImported: number;
  readonly invalidEvaluations: number;
  readonly validityRate: number | undefined;
  /** Issue ids generated where the id was blank (DOMAIN.md §1.1). */
  readonly idsGenerated: number;
  /** Source columns that name no field: kept as extra table columns under these headers. */
  readonly unmappedColumns: readonly string[];
  /** Source columns that name a calculated column (加权得分, 有效性 …): the sheet computes those, so not written. */
  readonly calculatedColumnsIgnored: readonly string[];
  readonly problems: readonly ImportProblem[];
  /** Required fields and dimensions no source column feeds, with what that causes for every row. */
  readonly unfedFields: readonly UnfedField[];
  /** Values found outside a list and added to it (the CLI's --add-to-lists, the pane's one-click fix). */
  readonly addedToLists?: Readonly<Partial<Record<ListKey, readonly string[]>>>;
}
