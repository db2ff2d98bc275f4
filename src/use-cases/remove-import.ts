import type { Lang } from "../domain/schema/types";
import type { WorkbookHost } from "../hosts/host";
import { IMPORT_LOG_TABLE } from "../import/import-log";
import { planRemoveImport, type RemovalSummary } from "../import/plan-remove";
import { workbookLang } from "../import/plan-import";
import { nowSerial } from "./import-records";
import { readWorkbookState } from "./read-workbook";

/**
 * Removes the rows of one import from the record tables and marks it removed on the 导入记录 sheet (issue 10
 * item 3). Rows typed by hand or brought by other imports are not touched; importing the same file again after a
 * removal imports its rows again.
 * @throws ImportNotFoundError when the workbook knows no import of that id (nothing is written).
 */
export async function removeImport(
  host: WorkbookHost,
  importId: string,
  options: { readonly lang?: Lang; readonly now?: number } = {},
): Promise<RemovalSummary> {
  const state = await readWorkbookState(host, options.lang ?? "zh-CN", { alsoTables: [IMPORT_LOG_TABLE] });
  const lang = options.lang ?? workbookLang(state.existingSheets);
  const target = { state, lang, importLog: state.extra.get(IMPORT_LOG_TABLE) };
  const { plan, summary } = planRemoveImport(target, importId.trim(), options.now ?? nowSerial());
  if (plan.ops.length > 0) await host.apply(plan);
  return summary;
}
