import { SettingsError } from "../domain/errors";
import { TABLE_KEYS } from "../domain/schema";
import { LISTS } from "../domain/schema/lists";
import type { CellValue, Lang, ListKey, TableKey } from "../domain/schema/types";
import { DIMENSION_CLASS } from "../domain/schema/values";
import type { RuleSettings } from "../domain/settings";
import { SETTING_SPECS } from "../domain/settings";
import { effectiveWeights } from "../domain/weights";
import type { WorkbookHost } from "../hosts/host";
import { workbookLang } from "../import/plan-import";
import { buildWorkbookPlan } from "../workbook/build-plan";
import { LIST_CAPACITY } from "../workbook/layout-lists";
import type { TableContent } from "../workbook/layout-table";
import type { PlanOp, WorkbookPlan } from "../workbook/plan-types";
import type { SettingsState } from "../workbook/settings-state";
import { parseSettings } from "../workbook/settings-state";
import { NotSetUpError } from "./generate-report";
import { readWorkbookState, type WorkbookState } from "./read-workbook";

/** One row of the Settings sheet's dimension table as edited: `weight` blank means "split the class share". */
export interface DimensionDraft {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly class: CellValue;
  readonly weight: CellValue;
}

/** What the user changed; anything left out stays as the workbook has it. */
export interface SettingsEdit {
  readonly rules?: Readonly<Partial<Record<keyof RuleSettings, CellValue>>>;
  readonly dimensions?: readonly DimensionDraft[];
  readonly lists?: Readonly<Partial<Record<ListKey, readonly string[]>>>;
}

/** Why an edit cannot be written, language-neutral, for `t(code, params)` in the pane. */
export type SettingsEditCode =
  | "required"
  | "whitespace"
  | "number"
  | "percent"
  | "date"
  | "order"
  | "key"
  | "class"
  | "weights"
  | "in-use"
  | "no-dimension"
  | "duplicate"
  | "default-removed"
  | "too-long"
  | "too-many";

/**
 * A value the edit may not write (STYLE.md "errors": findings are values). `field` names what the pane shows:
 * `rules.lowRate`, `dimensions.2.weight`, `dimensions` (the weights as a whole) or `lists.channel`.
 */
export interface SettingsEditProblem {
  readonly field: string;
  readonly code: SettingsEditCode;
  /** English, with the offending value. */
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface SettingsUpdate {
  /** Empty when the edit was written; otherwise nothing was written. */
  readonly problems: readonly SettingsEditProblem[];
  readonly written: boolean;
  /** Whether the evaluation table was written again because its dimension columns changed. */
  readonly evaluationsRewritten: boolean;
}

/** The longest list value a dropdown can take. */
export const MAX_LIST_VALUE_LENGTH = 255;
/** Dimension keys become parts of defined names (`W_<key>`). */
const DIMENSION_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PAIRS: readonly (readonly [keyof RuleSettings, keyof RuleSettings])[] = [
  ["gradeGood", "gradeExcellent"],
  ["afterSalesMinDays", "afterSalesMaxDays"],
  ["complaintMinDays", "complaintMaxDays"],
  ["detractorMax", "promoterMin"],
];

const blank = (v: CellValue) => v === undefined || String(v).trim() === "";
const problem = (
  field: string,
  code: SettingsEditCode,
  message: string,
  params: Record<string, string | number> = {},
): SettingsEditProblem => ({ field, code, message: `${field}: ${message}`, params });

/**
 * The Settings and Lists sheets after an edit: rules, dimension rows and list values with the edit applied. Lists the
 * workbook lacks take their default values, as set-up gives them.
 */
export function editedSettings(
  state: WorkbookState,
  edit: SettingsEdit,
): {
  settings: SettingsState;
  lists: Map<ListKey, readonly string[]>;
} {
  const rules = new Map(state.settings.rules);
  for (const [key, value] of Object.entries(edit.rules ?? {})) rules.set(key as keyof RuleSettings, value);
  const dimensions = edit.dimensions
    ? edit.dimensions.map((d) => [d.key.trim(), d.zh.trim(), d.en.trim(), d.class, d.weight])
    : state.settings.dimensions;
  const lists = new Map<ListKey, readonly string[]>();
  for (const spec of LISTS) {
    const edited = edit.lists?.[spec.key];
    lists.set(
      spec.key,
      edited ? edited.map((v) => v.trim()).filter((v) => v !== "") : (state.lists.get(spec.key) ?? spec.values),
    );
  }
  return { settings: { rules, dimensions, holidays: state.settings.holidays }, lists };
}

/**
 * Checks an edit before anything is written (DOMAIN.md §1.6, §2.2): each rule of its kind (percent 0–100%, numbers
 * ≥ 0, the department code without spaces), ordered pairs (good ≤ excellent, earliest ≤ latest call day, detractors
 * below promoters), dimensions (keys usable in names, unique, a class, weights summing to 100%, none removed while
 * evaluations hold scores for it) and lists (no duplicates, default values kept, within the Lists sheet's capacity).
 */
export function checkSettingsEdit(state: WorkbookState, edit: SettingsEdit): SettingsEditProblem[] {
  const { settings, lists } = editedSettings(state, edit);
  return [...ruleProblems(settings), ...dimensionProblems(state, settings), ...listProblems(edit, lists)];
}

function ruleProblems(settings: SettingsState): SettingsEditProblem[] {
  const problems: SettingsEditProblem[] = [];
  for (const spec of SETTING_SPECS) {
    const field = `rules.${spec.key}`;
    const v = settings.rules.get(spec.key);
    if (spec.kind === "text") {
      if (blank(v)) problems.push(problem(field, "required", "a value is required"));
      else if (/\s/u.test(String(v).trim())) {
        problems.push(problem(field, "whitespace", `"${String(v)}" must not contain spaces`));
      }
    } else if (spec.kind === "dateTime") {
      if (!blank(v) && (typeof v !== "number" || v < 1)) {
        problems.push(problem(field, "date", `"${String(v)}" is not a date and time`, { value: String(v) }));
      }
    } else if (typeof v !== "number" || !Number.isFinite(v)) {
      problems.push(problem(field, "number", `"${String(v ?? "")}" is not a number`, { value: String(v ?? "") }));
    } else if (spec.kind === "percent" && (v < 0 || v > 1)) {
      problems.push(problem(field, "percent", `${String(v)} is not from 0% to 100%`, { value: v }));
    } else if (v < 0) {
      problems.push(problem(field, "number", `${String(v)} must not be negative`, { value: v }));
    }
  }
  if (problems.length > 0) return problems;
  for (const [low, high] of PAIRS) {
    const a = settings.rules.get(low);
    const b = settings.rules.get(high);
    const strict = low === "detractorMax";
    if (typeof a === "number" && typeof b === "number" && (strict ? a >= b : a > b)) {
      problems.push(
        problem(`rules.${low}`, "order", `${String(a)} must be below ${high} (${String(b)})`, { other: high }),
      );
    }
  }
  return problems;
}

function dimensionProblems(state: WorkbookState, settings: SettingsState): SettingsEditProblem[] {
  const problems: SettingsEditProblem[] = [];
  const keys = new Set<string>();
  settings.dimensions.forEach((row, i) => {
    const [key, zh, , cls, weight] = row;
    const k = String(key ?? "");
    if (!DIMENSION_KEY.test(k)) {
      problems.push(problem(`dimensions.${i}.key`, "key", `"${k}" must be letters, digits and _`, { value: k }));
    } else if (keys.has(k)) {
      problems.push(problem(`dimensions.${i}.key`, "duplicate", `the key ${k} appears twice`, { value: k }));
    }
    keys.add(k);
    if (blank(zh)) problems.push(problem(`dimensions.${i}.zh`, "required", "a Chinese label is required"));
    if (cls !== DIMENSION_CLASS.core && cls !== DIMENSION_CLASS.auxiliary) {
      problems.push(problem(`dimensions.${i}.class`, "class", `"${String(cls ?? "")}" is not a class`));
    }
    if (!blank(weight) && (typeof weight !== "number" || weight < 0 || weight > 1)) {
      problems.push(problem(`dimensions.${i}.weight`, "percent", `"${String(weight)}" is not from 0% to 100%`));
    }
  });
  if (settings.dimensions.length === 0) problems.push(problem("dimensions", "no-dimension", "keep one dimension"));
  const evaluations = state.tables.evaluations?.records ?? [];
  for (const row of state.settings.dimensions) {
    const key = String(row[0] ?? "");
    if (key === "" || keys.has(key)) continue;
    const scored = evaluations.filter((r) => !blank(r[key])).length;
    if (scored > 0) {
      const params = { value: String(row[1] ?? key), count: scored };
      problems.push(problem("dimensions", "in-use", `${key} holds ${String(scored)} scores`, params));
    }
  }
  if (problems.length > 0) return problems;
  const parsed = parseSettings(settings).settings;
  try {
    effectiveWeights(parsed.dimensions, parsed.rules);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    problems.push(problem("dimensions", "weights", error.message));
  }
  return problems;
}

function listProblems(edit: SettingsEdit, lists: ReadonlyMap<ListKey, readonly string[]>): SettingsEditProblem[] {
  const problems: SettingsEditProblem[] = [];
  for (const spec of LISTS) {
    if (!edit.lists?.[spec.key]) continue;
    const field = `lists.${spec.key}`;
    const values = lists.get(spec.key) ?? [];
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value)) problems.push(problem(field, "duplicate", `"${value}" appears twice`, { value }));
      if (value.length > MAX_LIST_VALUE_LENGTH) {
        problems.push(
          problem(field, "too-long", `"${value.slice(0, 20)}…" is too long`, { value: value.slice(0, 20) }),
        );
      }
      seen.add(value);
    }
    for (const value of spec.values) {
      if (!seen.has(value))
        problems.push(problem(field, "default-removed", `the default "${value}" is missing`, { value }));
    }
    if (values.length > LIST_CAPACITY) {
      problems.push(problem(field, "too-many", `${String(values.length)} values`, { count: LIST_CAPACITY }));
    }
  }
  return problems;
}

/**
 * Writes an edit of the Settings and Lists sheets through the workbook plan, after checking it (DOMAIN.md §1.6): on
 * any problem nothing is written and the problems are returned. Only the changed cells of the Lists and Settings
 * sheets are written, and when the dimensions change the evaluation table gets the new dimension's column at its
 * right and its calculated columns' new formulas; no record is rewritten. Holidays and every other sheet stay as
 * they are.
 * @throws NotSetUpError when the workbook lacks its Lists or Settings sheet or the evaluation table.
 */
export async function updateSettings(
  host: WorkbookHost,
  edit: SettingsEdit,
  options: { readonly lang?: Lang } = {},
): Promise<SettingsUpdate> {
  const state = await readWorkbookState(host, options.lang ?? "zh-CN");
  const { sheetNames, existingSheets } = state;
  const missing = [sheetNames.lists, sheetNames.settings].filter((s) => !existingSheets.includes(s));
  if (!state.tables.evaluations) missing.push(sheetNames.evaluations);
  if (missing.length > 0) throw new NotSetUpError(missing);
  const problems = checkSettingsEdit(state, edit);
  if (problems.length > 0) return { problems, written: false, evaluationsRewritten: false };

  const lang = options.lang ?? workbookLang(existingSheets);
  const { settings, lists } = editedSettings(state, edit);
  const dimensions = parseSettings(settings).settings.dimensions;
  const tables = {} as Record<TableKey, TableContent>;
  for (const key of TABLE_KEYS) {
    const found = state.tables[key];
    tables[key] = { rows: [], extraHeaders: found?.extraHeaders ?? [], base: found?.base, headers: found?.headers };
  }
  const plan = buildWorkbookPlan({ lang, sheetNames, settings, dimensions, lists, tables, found: state.found });
  const rewrite = columnsChanged(state.settings.dimensions, settings.dimensions);
  const keep = new Set([sheetNames.lists, sheetNames.settings, ...(rewrite ? [sheetNames.evaluations] : [])]);
  await host.apply(onlySheets(plan, keep, clearedListRows(state, lists, sheetNames.lists)));
  return { problems: [], written: true, evaluationsRewritten: rewrite };
}

/** The evaluation table has one column per dimension, headed by its label: keys or labels changed. */
function columnsChanged(before: SettingsState["dimensions"], after: SettingsState["dimensions"]): boolean {
  const columns = (rows: SettingsState["dimensions"]) => JSON.stringify(rows.map((r) => r.slice(0, 3)));
  return columns(before) !== columns(after);
}

/** The plan's ops on these sheets, every defined name, and `extra`. */
function onlySheets(plan: WorkbookPlan, sheets: ReadonlySet<string>, extra: readonly PlanOp[]): WorkbookPlan {
  const ops = plan.ops.filter((op) => {
    if (op.kind === "name") return true;
    if (op.kind === "sheet") return sheets.has(op.name);
    return "sheet" in op && sheets.has(op.sheet);
  });
  return { lang: plan.lang, ops: [...ops, ...extra] };
}

/** Blank cells below the new longest list where an old, longer list had values (the Lists sheet keeps no tail). */
function clearedListRows(
  state: WorkbookState,
  lists: ReadonlyMap<ListKey, readonly string[]>,
  sheet: string,
): PlanOp[] {
  const depth = (m: ReadonlyMap<ListKey, readonly string[]>) => Math.max(0, ...[...m.values()].map((v) => v.length));
  const before = depth(state.lists);
  const after = depth(lists);
  if (before <= after) return [];
  const rows = Array.from({ length: before - after }, () => LISTS.map((): CellValue => undefined));
  return [{ kind: "cells", sheet, origin: `A${String(after + 2)}`, rows }];
}
