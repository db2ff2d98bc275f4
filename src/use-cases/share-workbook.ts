import { TABLE_KEYS, tableSpecs } from "../domain/schema";
import type { CellValue, Lang, RecordRow, TableKey } from "../domain/schema/types";
import type { TableGrid, WorkbookHost } from "../hosts/host";
import { QUARANTINE_TABLE } from "../import/quarantine";
import { buildWorkbookPlan } from "../workbook/build-plan";
import type { TableContent } from "../workbook/layout-table";
import type { PlanOp } from "../workbook/plan-types";
import { REPORT_LABELS } from "../workbook/report/report-labels";
import { generateReport, type ReportInput } from "./generate-report";
import { readWorkbookState } from "./read-workbook";
import { columnTreatments, maskRows, sharePrivacyFilter, type ColumnsToMask } from "./share-masking";

export interface ShareOptions {
  /** Loads the word segmenter for the copy's reports (jieba in Node; loaded lazily in the browser). */
  readonly loadSegmenter: ReportInput["loadSegmenter"];
}

export interface ShareSummary {
  readonly maskedCells: number;
  /** The report sheets generated again, from the masked tables, in the copy. */
  readonly reports: readonly string[];
  /** Rows of the import quarantine copied (masked). */
  readonly quarantinedRows: number;
}

/** `月报 2024-03` or `Report 2024-03` → `2024-03`. */
const REPORT_SHEET = new RegExp(
  `^(?:${REPORT_LABELS.sheetPrefix.zh}|${REPORT_LABELS.sheetPrefix.en}) (\\d{4}-\\d{2})$`,
);

/** The re-check seed a report sheet shows beside its label, to draw the same sample in the copy. */
async function reportSeed(source: WorkbookHost, sheet: string): Promise<string | undefined> {
  const labels = new Set<CellValue>([REPORT_LABELS.seed.zh, REPORT_LABELS.seed.en]);
  for (const row of (await source.readSheet(sheet)) ?? []) {
    const at = row.findIndex((v) => labels.has(v));
    const seed = at < 0 ? undefined : row[at + 1];
    if (seed !== undefined) return String(seed);
  }
  return undefined;
}

function quarantineTable(grid: TableGrid): ColumnsToMask & { readonly headers: readonly string[] } {
  const rows = grid.rows.map((r) => Object.fromEntries(grid.headers.map((h, i) => [h, r[i]])) as RecordRow);
  return { headers: grid.headers, rows, treatments: columnTreatments(grid.headers, rows, []) };
}

/**
 * Writes the shareable copy of `source` into `target`, a new workbook (DOMAIN.md §4.4, source 004 §4): the five
 * record tables with their extra columns, Lists and Settings, the import quarantine, and each month report sheet
 * generated again from the masked tables. Every personal field, personal-looking column and text cell is masked
 * (张三 → 张*, 13812345678 → 138****5678, zhang@x.com → z***@x.com, 王女士 → 王**); desensitized ids stay. The
 * user's other sheets are not copied. `source` is only read.
 */
export async function shareWorkbook(
  source: WorkbookHost,
  target: WorkbookHost,
  lang: Lang,
  options: ShareOptions,
): Promise<ShareSummary> {
  const state = await readWorkbookState(source, lang, { alsoTables: [QUARANTINE_TABLE] });
  const specs = tableSpecs(state.parsed.settings.dimensions);
  const toMask = new Map<TableKey, ColumnsToMask>();
  for (const key of TABLE_KEYS) {
    const found = state.tables[key];
    const rows = found?.records ?? [];
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    toMask.set(key, { rows, treatments: columnTreatments(keys, rows, specs.find((s) => s.key === key)?.fields ?? []) });
  }
  const quarantine = state.extra.get(QUARANTINE_TABLE);
  const quarantined = quarantine ? quarantineTable(quarantine) : undefined;
  const privacy = sharePrivacyFilter([...toMask.values(), ...(quarantined ? [quarantined] : [])]);

  let maskedCells = 0;
  const counted = () => void maskedCells++;
  const tables = {} as Record<TableKey, TableContent>;
  for (const key of TABLE_KEYS) {
    const table = toMask.get(key) ?? { rows: [], treatments: new Map() };
    tables[key] = { rows: maskRows(table, privacy, counted), extraHeaders: state.tables[key]?.extraHeaders ?? [] };
  }
  const plan = buildWorkbookPlan({
    lang,
    sheetNames: state.sheetNames,
    settings: state.settings,
    dimensions: state.parsed.settings.dimensions,
    lists: state.lists,
    tables,
  });
  const quarantineOps: PlanOp[] = [];
  if (quarantine && quarantined) {
    const rows = maskRows(quarantined, privacy, counted).map((r) => quarantined.headers.map((h) => r[h]));
    quarantineOps.push(
      { kind: "sheet", name: quarantine.sheet, freezeRows: 1 },
      {
        kind: "table",
        sheet: quarantine.sheet,
        name: QUARANTINE_TABLE,
        origin: "A1",
        columns: quarantined.headers.map((header, i) => ({ header, width: [24, 9, 40][i] ?? 14 })),
        rows,
      },
    );
  }
  await target.apply({ ...plan, ops: [...plan.ops, ...quarantineOps] });

  const reports: string[] = [];
  for (const sheet of state.existingSheets) {
    const month = REPORT_SHEET.exec(sheet)?.[1];
    if (month === undefined) continue;
    const seed = await reportSeed(source, sheet);
    const result = await generateReport(target, { month, lang, loadSegmenter: options.loadSegmenter, seed });
    reports.push(result.sheet);
  }
  return { maskedCells, reports, quarantinedRows: quarantine?.rows.length ?? 0 };
}
