/**
 * Removing one import again (issue 10 item 3): the rows whose 导入来源 carries the import's id leave their
 * tables, every other row stays as it is, and the import's row on the 导入记录 sheet gets its removal time.
 */
import { AppError } from "../domain/errors";
import { IMPORT_REF_FIELD, tableSpecs } from "../domain/schema";
import type { CellValue, Lang, TableKey } from "../domain/schema/types";
import type { TableGrid } from "../hosts/host";
import type { WorkbookState } from "../use-cases/read-workbook";
import { tableOps } from "../workbook/layout-table";
import type { PlanOp, WorkbookPlan } from "../workbook/plan-types";
import { logRowOf, removalLogOps } from "./import-log";
import { parseImportRef } from "./import-ref";

/** No import of that id is in the workbook: neither on the 导入记录 sheet nor in any row's 导入来源. */
export class ImportNotFoundError extends AppError {
  constructor(readonly importId: string) {
    super(
      "import-not-found",
      `no import "${importId}" in this workbook: the import ids are in the first column of the 导入记录 (Import log) sheet`,
    );
  }
}

export interface RemovalSummary {
  readonly importId: string;
  /** Rows removed, by table (only tables that had some). */
  readonly removed: Readonly<Partial<Record<TableKey, number>>>;
  readonly total: number;
}

/**
 * The plan that removes the rows of `importId`.
 * @throws ImportNotFoundError when neither the log nor any row knows the id.
 */
export function planRemoveImport(
  target: { readonly state: WorkbookState; readonly lang: Lang; readonly importLog: TableGrid | undefined },
  importId: string,
  now: number,
): { plan: WorkbookPlan; summary: RemovalSummary } {
  const { state, lang } = target;
  const ops: PlanOp[] = [];
  const removed: Partial<Record<TableKey, number>> = {};
  let total = 0;
  for (const spec of tableSpecs(state.parsed.settings.dimensions)) {
    const table = state.tables[spec.key];
    if (!table?.base) continue;
    const rowIndex = table.rowIndex ?? [];
    const gone = table.records.flatMap((r, i) =>
      parseImportRef(r[IMPORT_REF_FIELD.key])?.importId === importId ? [rowIndex[i] ?? i] : [],
    );
    if (gone.length === 0) continue;
    removed[spec.key] = gone.length;
    total += gone.length;
    const content = { rows: [], extraHeaders: table.extraHeaders, base: table.base, headers: table.headers };
    const tableOpsOf = tableOps(spec, state.sheetNames[spec.key], content, state.parsed.settings.dimensions, lang);
    const refs = table.records.flatMap((r) =>
      parseImportRef(r[IMPORT_REF_FIELD.key])?.importId === importId ? [r[IMPORT_REF_FIELD.key]] : [],
    );
    ops.push(...tableOpsOf.map((op) => (op.kind === "table" ? withDeletion(op, gone, refs, table.headers) : op)));
  }
  const grid = target.importLog;
  const logged = grid !== undefined && logRowOf(grid, importId) >= 0;
  if (!logged && total === 0) throw new ImportNotFoundError(importId);
  if (logged) ops.push(...removalLogOps(grid.sheet, grid, importId, now));
  return { plan: { lang, ops }, summary: { importId, removed, total } };
}

/** The table op that deletes `rows`, each checked against its 导入来源 as read. */
function withDeletion(
  op: Extract<PlanOp, { kind: "table" }>,
  rows: number[],
  refs: CellValue[],
  headers: Readonly<Record<string, string>> | undefined,
): PlanOp {
  const names = [headers?.[IMPORT_REF_FIELD.key], IMPORT_REF_FIELD.zh, IMPORT_REF_FIELD.en];
  const column = op.columns.findIndex((c) => names.includes(c.header));
  return { ...op, deleteRows: rows, ...(column >= 0 ? { deleteCheck: { column, was: refs } } : {}) };
}
