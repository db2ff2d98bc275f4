import { SettingsError } from "../domain/errors";
import { isNotReopened } from "../domain/report/resolution-figures";
import { tableSpecs } from "../domain/schema";
import { ISSUE_STATUS } from "../domain/schema/values";
import { listSpec } from "../domain/schema/lists";
import type { CellValue, Lang, TableSpec } from "../domain/schema/types";
import { effectiveWeights } from "../domain/weights";
import type { TableGrid, WorkbookHost } from "../hosts/host";
import type { Expectation } from "../import/check-values";
import { describeExpectation, expectationOf } from "../import/check-values";

const setting = (kind: string): Expectation => ({ rule: "setting", kind });
import { idKey } from "../import/dedupe-rows";
import { locateTable } from "../import/locate-rows";
import { workbookLang } from "../import/plan-import";
import { columnLetter } from "../workbook/a1";
import { fieldKeyOf } from "../workbook/read-records";
import { personalDataWarnings, type PersonalDataWarning } from "./personal-data-check";
import { readWorkbookState, type WorkbookState } from "./read-workbook";
import { columnProblems, missingSheetProblems, renamedTableProblem } from "./workbook-damage";

/** A cell that breaks its table's schema or the settings' rules: `row` is the 1-based Excel row, `column` the
 * header text and its letter, `服务日期 (F)`. */
export interface ValidationProblem {
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  readonly value: CellValue;
  /** What was expected, in English. */
  readonly expected: string;
  /** The same as data, for a localized message. */
  readonly expectation: Expectation;
}

const problemOf = (
  where: { sheet: string; row: number; column: string },
  value: CellValue,
  expectation: Expectation,
): ValidationProblem => ({ ...where, value, expected: describeExpectation(expectation), expectation });

export interface ValidationReport {
  readonly problems: readonly ValidationProblem[];
  /** Table rows checked, over all tables. */
  readonly rowsChecked: number;
  /** Columns that look like personal data but are not recognised as such (they do not fail validation). */
  readonly warnings: readonly PersonalDataWarning[];
}

const withLetter = (header: string, column: number) => `${header} (${columnLetter(column)})`;

/**
 * Checks every record table against its schema (issue 3 item 8, DOMAIN.md §1): each value's type, list values
 * against the Lists sheet, required fields, unique ids; and the Settings sheet: values of the right kind and
 * dimension weights summing to 100% (§2.2). Also the damage of workbook-damage.ts (issue 10 item 7): a missing
 * Settings or Lists sheet, a renamed or deleted header, a value typed over a calculated column, a renamed table.
 * Reads only; writes nothing.
 */
export async function validateWorkbook(host: WorkbookHost, options: { lang?: Lang } = {}): Promise<ValidationReport> {
  const state = await readWorkbookState(host, options.lang ?? "zh-CN");
  const lang = options.lang ?? workbookLang(state.existingSheets);
  const problems: ValidationProblem[] = [];
  let rowsChecked = 0;
  const grids = new Map<string, { grid: TableGrid; firstColumn: number }>();
  for (const spec of tableSpecs(state.parsed.settings.dimensions)) {
    const grid = await host.readTable(spec.tableName);
    if (!grid) {
      const where = { sheet: state.sheetNames[spec.key], row: 1, column: "A" };
      const renamed = await renamedTableProblem(host, state, spec);
      problems.push(renamed ?? problemOf(where, undefined, { rule: "table", table: spec.tableName }));
      continue;
    }
    rowsChecked += grid.rows.length;
    const sheet = await host.readSheet(grid.sheet);
    const place = locateTable(sheet, grid);
    grids.set(spec.tableName, { grid, firstColumn: place.firstColumn });
    const typed = await typedCells(host, spec, grid);
    problems.push(...columnProblems(spec, grid, place, typed), ...tableProblems(spec, grid, sheet, state));
  }
  problems.push(...missingSheetProblems(state), ...(await settingsProblems(host, state, lang)));
  return { problems, rowsChecked, warnings: personalDataWarnings(state, grids) };
}

/** The calculated columns' cells that hold a typed value, where the host can tell formulas from values. */
async function typedCells(host: WorkbookHost, spec: TableSpec, grid: TableGrid) {
  const calculated = grid.headers.flatMap((h, c) =>
    spec.fields.some((f) => f.type === "formula" && f.key === fieldKeyOf(spec, h)) ? [c] : [],
  );
  if (calculated.length === 0 || !host.constantCells) return undefined;
  return host.constantCells(grid.name, calculated);
}

function tableProblems(
  spec: TableSpec,
  grid: NonNullable<Awaited<ReturnType<WorkbookHost["readTable"]>>>,
  sheet: readonly (readonly CellValue[])[] | undefined,
  state: WorkbookState,
): ValidationProblem[] {
  const place = locateTable(sheet, grid);
  const columns = grid.headers.map((header, i) => {
    const field = spec.fields.find((f) => f.key === fieldKeyOf(spec, header));
    const list = field?.list ? (state.lists.get(field.list) ?? listSpec(field.list).values) : [];
    return { field, list, header, label: withLetter(header, place.firstColumn + i) };
  });
  const problems: ValidationProblem[] = [];
  const firstRowOfId = new Map<string, number>();
  grid.rows.forEach((values, r) => {
    const row = place.rows[r] ?? r + 2;
    const problem = (column: string, value: CellValue, expectation: Expectation) =>
      problems.push(problemOf({ sheet: grid.sheet, row, column }, value, expectation));
    columns.forEach(({ field, list, header, label }, c) => {
      if (!field || field.type === "formula") return;
      const value = values[c];
      const blank = value === undefined || String(value).trim() === "";
      if (blank && field.required) problem(label, value, { rule: "required", field: header });
      const wrong = expectationOf(field, value, list);
      if (wrong !== undefined) problem(label, value, wrong);
      if (field.unique && !blank) {
        const seenAt = firstRowOfId.get(idKey(value));
        if (seenAt === undefined) firstRowOfId.set(idKey(value), row);
        else problem(label, value, { rule: "unique", firstRow: seenAt });
      }
    });
    const status = columns.findIndex((c) => c.field?.key === "status");
    const record = Object.fromEntries(columns.flatMap((c, i) => (c.field ? [[c.field.key, values[i]]] : [])));
    if (spec.key === "issues" && status >= 0 && isNotReopened(record)) {
      problem(columns[status]?.label ?? "", values[status], { rule: "reopen", status: ISSUE_STATUS.open });
    }
  });
  return problems;
}

async function settingsProblems(host: WorkbookHost, state: WorkbookState, lang: Lang): Promise<ValidationProblem[]> {
  const sheet = state.sheetNames.settings;
  const cells = (await host.readSheet(sheet)) ?? [];
  const rowOf = (column: number, key: string) => {
    const i = cells.findIndex((r) => String(r[column] ?? "").trim() === key);
    return i >= 0 ? i + 1 : 2;
  };
  const header = (column: number, fallback: string) => withLetter(String(cells[0]?.[column] ?? fallback), column + 1);
  const problems: ValidationProblem[] = state.parsed.problems.map((p) => {
    const dimension = /^dimension (.*)$/.exec(p.key)?.[1];
    return dimension !== undefined
      ? problemOf({ sheet, row: rowOf(4, dimension), column: header(7, "Class") }, p.value, setting(p.expected))
      : problemOf({ sheet, row: rowOf(0, p.key), column: header(2, "Value") }, p.value, setting(p.expected));
  });
  const { dimensions, rules } = state.parsed.settings;
  const explicit = dimensions.some((d) => d.weight !== undefined);
  const row = explicit ? 2 : rowOf(0, "coreShare");
  const column = explicit ? header(8, lang === "zh-CN" ? "指定权重" : "Explicit weight") : header(2, "Value");
  const cellsText = explicit
    ? `I2:I${String(dimensions.length + 1)}`
    : `C${String(row)}:C${String(rowOf(0, "auxShare"))}`;
  try {
    effectiveWeights(dimensions, rules, { sheet, cells: cellsText });
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    const total = explicit ? dimensions.reduce((sum, d) => sum + (d.weight ?? 0), 0) : rules.coreShare + rules.auxShare;
    problems.push(problemOf({ sheet, row, column }, total, { rule: "weights", detail: error.message }));
  }
  return problems;
}
