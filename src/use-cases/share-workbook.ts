import { maskField, maskPersonalText } from "../domain/masking";
import { TABLE_KEYS, tableSpecs } from "../domain/schema";
import type { CellValue, FieldSpec, Lang, RecordRow, TableKey } from "../domain/schema/types";
import type { WorkbookHost } from "../hosts/host";
import { buildWorkbookPlan } from "../workbook/build-plan";
import type { TableContent } from "../workbook/layout-table";
import { readWorkbookState } from "./read-workbook";

export interface ShareSummary {
  readonly maskedCells: number;
}

/**
 * How a field is masked: personal fields whole (names, contacts); other text, except ids (already desensitized),
 * for phones, long digit runs and e-mails inside it.
 */
function maskerOf(field: FieldSpec | undefined): ((v: CellValue) => CellValue) | undefined {
  if (field?.personal) return (v) => maskField(v, /name/i.test(field.key) ? "name" : "contact");
  const isId = field !== undefined && /^id$|Id$/.test(field.key);
  if (!field || field.type === "longText" || (field.type === "text" && !isId)) {
    return (v) => (typeof v === "string" ? maskPersonalText(v) : v);
  }
  return undefined;
}

/**
 * Writes the shareable copy of `source` into `target`, a new workbook (DOMAIN.md §4.4): the five record tables,
 * Lists and Settings, with every personal-data field masked (张三 → 张*, 13812345678 → 138****5678, zhang@x.com →
 * z***@x.com) and phone numbers and e-mails inside other text — user columns included — masked too. Other sheets
 * (reports, the import quarantine with its raw rows, the user's own) are not copied. `source` is only read.
 */
export async function shareWorkbook(source: WorkbookHost, target: WorkbookHost, lang: Lang): Promise<ShareSummary> {
  const state = await readWorkbookState(source, lang);
  const specs = tableSpecs(state.parsed.settings.dimensions);
  let maskedCells = 0;
  const tables = {} as Record<TableKey, TableContent>;
  for (const key of TABLE_KEYS) {
    const spec = specs.find((s) => s.key === key);
    const found = state.tables[key];
    const maskers = new Map<string, ReturnType<typeof maskerOf>>();
    const maskerFor = (k: string) => {
      if (!maskers.has(k)) maskers.set(k, maskerOf(spec?.fields.find((f) => f.key === k)));
      return maskers.get(k);
    };
    const rows = (found?.records ?? []).map((record) => {
      const masked: Record<string, CellValue> = {};
      for (const [k, v] of Object.entries(record)) {
        const mask = maskerFor(k);
        masked[k] = mask ? mask(v) : v;
        if (masked[k] !== v) maskedCells++;
      }
      return masked as RecordRow;
    });
    tables[key] = { rows, extraHeaders: found?.extraHeaders ?? [] };
  }
  await target.apply(
    buildWorkbookPlan({
      lang,
      sheetNames: state.sheetNames,
      settings: state.settings,
      dimensions: state.parsed.settings.dimensions,
      lists: state.lists,
      tables,
    }),
  );
  return { maskedCells };
}
