import { AppError } from "../domain/errors";
import type { Segmenter } from "../domain/keywords/segmenter";
import { parseDeptOwners } from "../domain/report/dept-owners";
import { mergeImprovementDrafts } from "../domain/report/merge-improvements";
import type { MonthReport } from "../domain/report/month-report";
import { monthReport } from "../domain/report/month-report";
import { reportNarrative } from "../domain/report/narrative";
import { toReportJson } from "../domain/report/report-json";
import type { Jsonify } from "../domain/report/report-json";
import type { ReportTables } from "../domain/report/report-tables";
import { IMPROVEMENTS, tableSpecs, TABLE_KEYS } from "../domain/schema";
import type { Lang, TableKey } from "../domain/schema/types";
import { label } from "../domain/schema/types";
import { monthKey, serialFromParts } from "../domain/serial";
import { draftMonth, parsePeriod, periodRange } from "../domain/report/period";
import { monthOfCell, previousMonth } from "../domain/report/month";
import { latestMonthWithData } from "../domain/report/month-report";
import { MONTH_FIELD } from "../domain/report/report-tables";
import type { WorkbookHost } from "../hosts/host";
import { tableOps } from "../workbook/layout-table";
import { withCachedFigures } from "../workbook/report/cached-figures";
import { reportSheetPlan } from "../workbook/report/report-layout";
import { PERIOD_SHEET_PREFIX } from "../workbook/report/period-labels";
import { readWorkbookState } from "./read-workbook";
import { requireReadableSettings } from "./workbook-damage";

/** The workbook holds more records than a caller with a time limit (the ribbon command) takes on. */
export class TooManyRecordsError extends AppError {
  constructor(
    readonly records: number,
    readonly limit: number,
  ) {
    super("too-many-records", `the workbook holds ${records} records, more than ${limit} that can be reported here`);
  }
}

/** The workbook has not been set up: its record tables are missing. */
export class NotSetUpError extends AppError {
  constructor(readonly missing: readonly string[]) {
    super("not-set-up", `the workbook has no ${missing.join(", ")} table: set it up first (init)`);
  }
}

export interface ReportInput {
  /** The report month; when absent, the month before `today`, or the latest month with data when that is empty. */
  readonly month?: string;
  /** Today as a serial, for the default month. @default the current date */
  readonly today?: number;
  readonly lang: Lang;
  /** Makes the word segmenter with the workbook's domain lexicon (jieba in Node; loaded lazily in the browser). */
  readonly loadSegmenter: (lexicon: readonly string[]) => Segmenter | Promise<Segmenter>;
  /** Seed of the re-check sample. @default the month */
  readonly seed?: string;
  /** Records (all five tables) above which nothing is computed or written: TooManyRecordsError. */
  readonly maxRecords?: number;
}

export interface ReportResult {
  readonly sheet: string;
  readonly month: string;
  readonly report: MonthReport;
  readonly json: Jsonify<MonthReport>;
  /** Figure path → the report cell holding its live formula. */
  readonly cells: Readonly<Record<string, string>>;
  readonly previousCells: Readonly<Record<string, string>>;
  readonly improvementsAdded: number;
}

/** The ribbon's month: the previous calendar month, or the latest month with data when that one has none. */
export function defaultReportMonth(tables: ReportTables, today: number): string {
  const previous = previousMonth(monthKey(today));
  const hasData = (Object.keys(MONTH_FIELD) as (keyof typeof MONTH_FIELD)[]).some((t) =>
    tables[t].some((row) => monthOfCell(row[MONTH_FIELD[t]]) === previous),
  );
  return hasData ? previous : (latestMonthWithData(tables) ?? previous);
}

function todaySerial(): number {
  const now = new Date();
  return serialFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Generates the month's report (DOMAIN.md §2–§7): reads the tables, computes every figure in the domain, writes the
 * report sheet (the month's earlier one is rebuilt in place, in one request, so a failure leaves it as it was) with
 * live formulas, values and two charts, then appends the new improvement drafts to the plan. No other record table
 * is touched, and no personal data reaches the report.
 * @throws NotSetUpError when a record table is missing; SettingsError when the Settings sheet is missing or holds a value
 * it cannot read, or the weights do not sum to 100%;
 * TooManyRecordsError when `maxRecords` is given and exceeded (nothing is written).
 */
export async function generateReport(host: WorkbookHost, input: ReportInput): Promise<ReportResult> {
  const state = await readWorkbookState(host, input.lang);
  const missing = TABLE_KEYS.filter((k) => !state.tables[k]);
  if (missing.length > 0) throw new NotSetUpError(missing);
  requireReadableSettings(state);
  const { settings } = state.parsed;
  const records = (key: TableKey) => state.tables[key]?.records ?? [];
  const tables: ReportTables = {
    issues: records("issues"),
    evaluations: records("evaluations"),
    followups: records("followups"),
    feedback: records("feedback"),
    improvements: records("improvements"),
  };
  const count = Object.values(tables).reduce((n, rows) => n + rows.length, 0);
  if (input.maxRecords !== undefined && count > input.maxRecords)
    throw new TooManyRecordsError(count, input.maxRecords);
  const month = input.month ?? defaultReportMonth(tables, input.today ?? todaySerial());
  const stopWords = state.lists.get("stopWords") ?? [];
  const segmenter = await input.loadSegmenter(state.lists.get("lexicon") ?? []);
  const report = monthReport(tables, settings, month, segmenter, stopWords, {
    seed: input.seed,
    serviceTypes: state.lists.get("serviceType"),
    strataLists: {
      region: state.lists.get("region"),
      serviceLevel: state.lists.get("serviceLevel"),
      customerType: state.lists.get("customerType"),
    },
  });
  const merged = mergeImprovementDrafts(tables.improvements, report.improvements, draftMonth(month), {
    maxNew: settings.rules.maxDrafts,
    owners: parseDeptOwners(settings.rules.deptOwners),
  });

  const specs = tableSpecs(settings.dimensions);
  const tableNames = Object.fromEntries(specs.map((s) => [s.key, s.tableName])) as Record<TableKey, string>;
  const header = (table: TableKey, key: string) => {
    const field = specs.find((s) => s.key === table)?.fields.find((f) => f.key === key);
    return state.tables[table]?.headers[key] ?? (field ? label(field, input.lang) : key);
  };
  const window = (key: string) => ({ key, ...periodRange(key) });
  const sheet = `${label(PERIOD_SHEET_PREFIX[parsePeriod(month).kind], input.lang)} ${month}`;
  const json = toReportJson(report);
  const plan = reportSheetPlan({
    lang: input.lang,
    sheet,
    month: window(month),
    previous: window(report.previousMonth),
    trend: report.trend.map((p) => window(p.month)),
    tableNames,
    header,
    dimensions: settings.dimensions,
    monitoring: report.monitoring.map((m) => ({
      ...m,
      team: m.team ?? "",
      stage: m.stage ?? "",
      channel: m.channel ?? "",
    })),
    topKeywords: report.topKeywords,
    topSuggestions: report.topSuggestions,
    recheck: report.recheck,
    generated: input.today ?? todaySerial(),
    minSample: settings.rules.minSample,
    targets: settings.rules,
    measures: report.improvements,
    narrative: reportNarrative(json, {
      lang: input.lang,
      dimensions: settings.dimensions,
      minSample: settings.rules.minSample,
      lowRate: settings.rules.lowRate,
    }),
    resolution: report.resolution,
    coverage: { coverage: report.coverage, has: (table, key) => state.tables[table]?.headers[key] !== undefined },
    improvementPlan: {
      ...report.improvementPlan,
      added: merged.added.length,
      rechecks: report.rechecks.map((r) => ({ id: r.id, problem: r.problem, result: r.shown })),
    },
  });
  const improvementRows = state.tables.improvements?.rowIndex ?? [];
  const recheckCells = report.rechecks.flatMap((r) =>
    r.write && r.result !== undefined
      ? [{ row: improvementRows[r.index] ?? r.index, key: "recheckResult", value: r.result, was: undefined }]
      : [],
  );
  const improvementOps =
    merged.added.length > 0 || recheckCells.length > 0
      ? tableOps(
          IMPROVEMENTS,
          state.sheetNames.improvements,
          {
            rows: merged.added,
            extraHeaders: state.tables.improvements?.extraHeaders ?? [],
            base: state.tables.improvements?.base,
            headers: state.tables.improvements?.headers,
            cells: recheckCells,
          },
          settings.dimensions,
          input.lang,
        )
      : [];
  const reportOps = withCachedFigures(plan, sheet, report, report.previous);
  await host.apply({ lang: input.lang, ops: [...reportOps, ...improvementOps] });
  return {
    sheet,
    month,
    report,
    json,
    cells: plan.cells,
    previousCells: plan.previousCells,
    improvementsAdded: merged.added.length,
  };
}
