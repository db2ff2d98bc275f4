import { assignIssueIds } from "../domain/issue-id";
import { LISTS } from "../domain/schema/lists";
import { withFields } from "../domain/schema/records";
import { TABLE_KEYS } from "../domain/schema";
import type { Lang, ListKey, RecordRow, TableKey } from "../domain/schema/types";
import type { RuleSettings } from "../domain/settings";
import type { WorkbookHost } from "../hosts/host";
import { adoptHandKeptSheets, type AdoptionResult } from "../import/adopt-sheets";
import { buildWorkbookPlan } from "../workbook/build-plan";
import type { TableContent } from "../workbook/layout-table";
import type { SettingsState } from "../workbook/settings-state";
import type { WorkbookState } from "./read-workbook";
import { readWorkbookState } from "./read-workbook";

export interface SetUpInput {
  readonly lang: Lang;
  /** Records for tables that are still empty (demo data); tables that hold rows are never refilled. */
  readonly seed?: {
    readonly tables: Readonly<Record<TableKey, readonly RecordRow[]>>;
    readonly holidays: readonly number[];
    readonly rules?: Partial<RuleSettings>;
  };
}

export interface SetUpSummary {
  readonly sheetsCreated: readonly string[];
  readonly rowsKept: Readonly<Record<TableKey, number>>;
  readonly rowsAdded: Readonly<Record<TableKey, number>>;
  readonly extraColumnsKept: readonly string[];
  readonly listValuesAdded: number;
  readonly idsGenerated: number;
  readonly duplicateIds: readonly string[];
  /** Hand-kept sheets that became a table, and tables put on a new sheet because one could not (issue 10 item 2). */
  readonly adoption: readonly AdoptionResult[];
}

/**
 * Set up the structured workbook, or repair it (DOMAIN.md §1): adds what is missing — sheets, tables, columns,
 * validations, list values, settings, ids in blank id cells — as changes against what it read, and never rewrites
 * a user row, extra column, list value or setting. Running it twice gives the same workbook; running it again after
 * it stopped midway completes it.
 */
export async function setUpWorkbook(host: WorkbookHost, input: SetUpInput): Promise<SetUpSummary> {
  const state = await readWorkbookState(host, input.lang);
  const adoption = await adoptHandKeptSheets(host, state, input.lang);
  const settings = withSeed(state, input.seed);

  const lists = new Map<ListKey, readonly string[]>();
  let listValuesAdded = 0;
  for (const spec of LISTS) {
    const have = state.lists.get(spec.key) ?? [];
    const missing = spec.values.filter((v) => !have.includes(v));
    listValuesAdded += state.lists.has(spec.key) ? missing.length : 0;
    lists.set(spec.key, [...have, ...missing]);
  }

  const tables = {} as Record<TableKey, TableContent>;
  const rowsKept = {} as Record<TableKey, number>;
  const rowsAdded = {} as Record<TableKey, number>;
  const extraColumnsKept: string[] = [];
  for (const key of TABLE_KEYS) {
    const found = state.tables[key] ?? adoption.tables[key];
    const kept = found?.records ?? [];
    const added = kept.length === 0 ? (input.seed?.tables[key] ?? []) : [];
    rowsKept[key] = kept.length;
    rowsAdded[key] = added.length;
    extraColumnsKept.push(...(found?.extraHeaders ?? []));
    const adopted = adoption.tables[key];
    // An adopted sheet has no table yet: the table is created over its cells in place, which keep their values and
    // formulas, and then changed like an existing table (missing columns, ids in blank id cells).
    tables[key] = {
      rows: added,
      extraHeaders: found?.extraHeaders ?? [],
      base: found?.base,
      ...(adopted ? { adopt: adopted.adoptHeader, headers: adopted.headers } : {}),
    };
  }
  const deptCode = String(settings.rules.get("deptCode") ?? state.parsed.settings.rules.deptCode);
  const issues = state.tables.issues ?? adoption.tables.issues;
  const kept = issues?.records ?? [];
  const all = [...kept, ...tables.issues.rows];
  const assigned = assignIssueIds(all, deptCode);
  const generated = (i: number) => assigned.ids[i] !== undefined && all[i]?.id === undefined;
  const idsGenerated = all.filter((_, i) => generated(i)).length;
  const rowIndex = issues?.rowIndex ?? [];
  tables.issues = {
    ...tables.issues,
    rows: tables.issues.rows.map((r, i) => withFields(r, { id: assigned.ids[kept.length + i] })),
    cells: kept.flatMap((_, i) =>
      generated(i) ? [{ row: rowIndex[i] ?? i, key: "id", value: assigned.ids[i], was: undefined }] : [],
    ),
  };

  await host.apply(
    buildWorkbookPlan({
      lang: input.lang,
      sheetNames: adoption.sheetNames,
      settings,
      dimensions: state.parsed.settings.dimensions,
      lists,
      tables,
      found: state.found,
    }),
  );
  return {
    sheetsCreated: Object.values(adoption.sheetNames).filter((n) => !state.existingSheets.includes(n)),
    rowsKept,
    rowsAdded,
    extraColumnsKept,
    listValuesAdded,
    idsGenerated,
    duplicateIds: assigned.problems.map((p) => p.id),
    adoption: adoption.results,
  };
}

/**
 * Seed rules (the demo's as-of time) apply only to a workbook that has no Settings sheet yet, so a manager's value
 * is never replaced; seed holidays are added to the list where missing.
 */
function withSeed(state: WorkbookState, seed: SetUpInput["seed"]): SettingsState {
  const rules = new Map(state.settings.rules);
  if (!state.existingSheets.includes(state.sheetNames.settings)) {
    for (const [key, value] of Object.entries(seed?.rules ?? {})) rules.set(key as keyof RuleSettings, value);
  }
  const holidays = [...state.settings.holidays];
  for (const h of seed?.holidays ?? []) if (!holidays.includes(h)) holidays.push(h);
  return { ...state.settings, rules, holidays };
}
