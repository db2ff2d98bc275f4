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
import { reportPrivacyFilter } from "../domain/report/private-report";
import { isTeamDraft, teamTables, type ReportTeam } from "../domain/report/team-scope";
import type { ImprovementDraft } from "../domain/report/improvement-drafts";
import { teamSheetName } from "../workbook/report/team-sheet";

function requireKnownTeam(tables: ReportTables, listed: readonly string[], team: string): void {
  const teams = new Set(listed);
  for (const row of [...tables.issues, ...tables.feedback])
    if (row["team"] !== undefined) teams.add(String(row["team"]));
  if (!teams.has(team)) throw new UnknownTeamError(team, [...teams]);
}

/** The team as the report shows it: masked when it is a name or a contact (DOMAIN.md §4.4). */
function reportTeam(tables: ReportTables, team: string): ReportTeam {
  const shown = reportPrivacyFilter(tables).text(team);
  return { shown, masked: shown !== team };
}

/** The workbook holds more records than a caller with a time limit (the ribbon command) takes on. */
export class TooManyRecordsError extends AppError {
  constructor(
    readonly records: number,
    readonly limit: number,
  ) {
    super("too-many-records", `the workbook holds ${records} records, more than ${limit} that can be reported here`);
  }
}

/** The report's team is neither on the Lists sheet's 部门/团队 list nor the team of any issue or feedback. */
export class UnknownTeamError extends AppError {
  constructor(
    readonly team: string,
    readonly known: readonly string[],
  ) {
    super("unknown-team", `no team "${team}" on the Lists sheet or in the records; teams: ${known.join(", ")}`);
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
  /** One 部门/团队 only (issue 15): its issues and feedback, the evaluations and calls linked to its issues. */
  readonly team?: string;
}

export interface ReportResult {
  readonly sheet: string;
  readonly month: string;
  readonly report: MonthReport;
  /** The report's figures; a one-team report's also name the team, as the report shows it. */
  readonly json: Jsonify<MonthReport> & { readonly team?: string };
  /** Figure path → the report cell holding its live formula. */
  readonly cells: Readonly<Record<string, string>>;
  readonly previousCells: Readonly<Record<string, string>>;
  readonly improvementsAdded: number;
  /** The team of a one-team report, as the report shows it. */
  readonly team?: string;
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
  const allTables: ReportTables = {
    issues: records("issues"),
    evaluations: records("evaluations"),
    followups: records("followups"),
    feedback: records("feedback"),
    improvements: records("improvements"),
  };
  const count = Object.values(allTables).reduce((n, rows) => n + rows.length, 0);
  if (input.maxRecords !== undefined && count > input.maxRecords)
    throw new TooManyRecordsError(count, input.maxRecords);
  if (input.team !== undefined) requireKnownTeam(allTables, state.lists.get("team") ?? [], input.team);
  const team = input.team === undefined ? undefined : reportTeam(allTables, input.team);
  const tables = team ? teamTables(allTables, team) : allTables;
  const month = input.month ?? defaultReportMonth(tables, input.today ?? todaySerial());
  const stopWords = state.lists.get("stopWords") ?? [];
  const segmenter = await input.loadSegmenter(state.lists.get("lexicon") ?? []);
  const computed = monthReport(tables, settings, month, segmenter, stopWords, {
    seed: input.seed,
    serviceTypes: state.lists.get("serviceType"),
    strataLists: {
      region: state.lists.get("region"),
      serviceLevel: state.lists.get("serviceLevel"),
      customerType: state.lists.get("customerType"),
    },
    ...(team ? { keepDraft: (d: ImprovementDraft) => isTeamDraft(d, team) } : {}),
  });
  // A team's figures are no verdict on a draft of every team: the all-teams report fills 复评结果.
  const report = team ? { ...computed, rechecks: [] } : computed;
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
  const allTeamsSheet = `${label(PERIOD_SHEET_PREFIX[parsePeriod(month).kind], input.lang)} ${month}`;
  const sheet = team ? teamSheetName(allTeamsSheet, team.shown) : allTeamsSheet;
  const json = { ...toReportJson(report), ...(team ? { team: team.shown } : {}) };
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
      ...(team ? { team: team.shown } : {}),
    }),
    resolution: report.resolution,
    coverage: { coverage: report.coverage, has: (table, key) => state.tables[table]?.headers[key] !== undefined },
    team,
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
    ...(team ? { team: team.shown } : {}),
  };
}
