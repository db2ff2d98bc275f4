/**
 * The pure core of an import (issue 3 items 2–7, issue 10 items 3–4): from the workbook as read and a source grid
 * to the plan of changes that appends the new rows to the table (the same `tableOps` that set-up uses), each
 * carrying its import ref, the set-aside rows to the quarantine table and the import to the import log, and the
 * summary. Rows already in the table (an earlier import of the same file, or an interrupted run of this one) are
 * found by their fingerprint and not appended again. No host is touched here.
 */
import { assignIssueIds } from "../domain/issue-id";
import { IMPORT_REF_FIELD, tableSpecs } from "../domain/schema";
import { withFields } from "../domain/schema/records";
import type { CellValue, FieldSpec, Lang, RecordRow, TableKey, TableSpec } from "../domain/schema/types";
import { label } from "../domain/schema/types";
import { invalidReasons } from "../domain/validity";
import type { TableGrid } from "../hosts/host";
import type { WorkbookState } from "../use-cases/read-workbook";
import { columnLetter } from "../workbook/a1";
import { calculatedResults } from "../workbook/calculated-results";
import { tableOps } from "../workbook/layout-table";
import type { WorkbookPlan } from "../workbook/plan-types";
import { fieldKeyOf } from "../workbook/read-records";
import { sheetLabels } from "../workbook/sheet-names";
import { convertRows, type ConvertedRows } from "./convert-rows";
import { dedupeRows, type DedupedRows } from "./dedupe-rows";
import { rowFingerprints } from "./fingerprint";
import { appendLogOps, importIds, importLogOf, importLogSheetName } from "./import-log";
import { importRefText, nextImportId } from "./import-ref";
import { ImportSourceError } from "./errors";
import { mapHeaders, type HeaderMap, type SourceColumn } from "./header-map";
import { describeReason, type ProblemReason } from "./problem-reasons";
import { unfedFields } from "./unfed-fields";
import type { ImportProblem, ImportSummary } from "./import-types";
import { applyMappingOverrides, type MappingOverrides } from "./mapping-overrides";
import { quarantineOps, quarantineSheetName } from "./quarantine";
import type { SourceGrid } from "./read-source";
import { uniqueHeader } from "./text-cells";

export interface ImportTarget {
  readonly state: WorkbookState;
  readonly lang: Lang;
  /** The quarantine table as the workbook has it, if any. */
  readonly quarantine: TableGrid | undefined;
  /** The import log table as the workbook has it, if any. */
  readonly importLog: TableGrid | undefined;
  /** The time of the import, a serial date-time. */
  readonly now: number;
}

/** The workbook's language: English when its sheets carry the English names only. */
export function workbookLang(existingSheets: readonly string[]): Lang {
  const labels = sheetLabels();
  const zh = labels.some((l) => existingSheets.includes(l.zh));
  const en = labels.some((l) => existingSheets.includes(l.en));
  return en && !zh ? "en-US" : "zh-CN";
}

/** True when the workbook lacks the table, the Lists sheet or the Settings sheet the import writes against. */
export function needsSetUp(state: WorkbookState, table: TableKey): boolean {
  const { sheetNames, existingSheets } = state;
  return (
    state.tables[table] === undefined ||
    !existingSheets.includes(sheetNames.lists) ||
    !existingSheets.includes(sheetNames.settings)
  );
}

export function specOf(state: WorkbookState, table: TableKey): TableSpec {
  const spec = tableSpecs(state.parsed.settings.dimensions).find((t) => t.key === table);
  if (!spec) throw new RangeError(`no table ${table}`);
  return spec;
}

/**
 * The header of a source for a table, with the user's corrections to its mapping (mapping-overrides.ts).
 * @throws ImportSourceError when no row of the first 20 names a column of the table, or a correction names a
 * column or field that does not exist.
 */
export function requireHeader(spec: TableSpec, grid: SourceGrid, mapping: MappingOverrides = {}): HeaderMap {
  const header = mapHeaders(spec, grid.rows);
  if (header) {
    const where = { file: grid.file, sheet: grid.sheet };
    return { ...header, columns: applyMappingOverrides(spec, header.columns, mapping, where) };
  }
  const examples = spec.fields
    .filter((f) => f.type !== "formula")
    .slice(0, 4)
    .map((f) => `${f.zh}/${f.en}`)
    .join(", ");
  throw new ImportSourceError(
    { file: grid.file, sheet: grid.sheet },
    `no recognisable header row for the ${spec.key} table in the first 20 rows`,
    `column headings such as ${examples}`,
    { reason: { kind: "noHeader" } },
  );
}

/**
 * The plan and summary of importing `grid` into `table`, its columns mapped as `requireHeader` maps them.
 * @throws ImportSourceError when the source has no recognisable header or `mapping` names an unknown column or field.
 * @throws SettingsError when issue ids must be generated and the department code on the Settings sheet is unusable.
 */
export async function planImport(
  target: ImportTarget,
  table: TableKey,
  grid: SourceGrid,
  mapping: MappingOverrides = {},
): Promise<{ plan: WorkbookPlan; summary: ImportSummary }> {
  const { state, lang } = target;
  const spec = specOf(state, table);
  const header = requireHeader(spec, grid, mapping);
  const existing = state.tables[table] ?? { records: [], extraHeaders: [] };
  const { extraNames, newExtras } = nameExtras(spec, header.columns, existing.extraHeaders, lang);
  const converted = convertRows({
    spec,
    grid,
    columns: header.columns,
    firstDataRow: header.firstDataRow,
    extraNames,
    lists: state.lists,
    fieldLabel: (f: FieldSpec) => label(f, lang),
  });
  const fingerprints = await rowFingerprints(spec, header.columns, converted.accepted);
  const log = importLogOf(target.importLog, lang);
  const importId = nextImportId(target.now, importIds(log));
  const deduped = dedupeRows({
    spec,
    grid,
    columns: header.columns,
    rows: converted.accepted,
    fingerprints,
    existing: existing.records,
    importId,
  });
  const added = deduped.rows.map((r) =>
    withFields(r.record, { [IMPORT_REF_FIELD.key]: importRefText({ importId, fingerprint: r.fingerprint }) }),
  );
  const { rows, idsGenerated } = withIssueIds(table, existing.records, added, state);
  const ops = tableOps(
    spec,
    state.sheetNames[table],
    {
      rows,
      extraHeaders: [...existing.extraHeaders, ...newExtras],
      base: state.tables[table]?.base,
      results: calculatedResults(table, state.parsed.settings),
    },
    state.parsed.settings.dimensions,
    lang,
  );
  const source = grid.sheet === undefined ? grid.file : `${grid.file} [${grid.sheet}]`;
  if (converted.quarantined.length > 0) {
    ops.push(
      ...quarantineOps({
        sheet: quarantineSheetName(state.existingSheets, lang),
        lang,
        existing: target.quarantine,
        source,
        headers: header.columns.map((c) => c.header || blankHeader(c.index, lang)),
        rows: converted.quarantined,
      }),
    );
  }
  const unmapped = header.columns.flatMap((c) =>
    c.target.kind === "extra" ? [extraNames.get(c.index) ?? c.header] : [],
  );
  const summary = summarize(table, withHeaderProblems(grid, header), header.columns, { converted, deduped }, state, {
    importId,
    idsGenerated,
    unmapped,
  });
  const entry = {
    id: importId,
    at: target.now,
    file: source,
    table: state.sheetNames[table],
    rowsRead: summary.rowsRead,
    imported: summary.imported,
    alreadyImported: summary.alreadyImported,
    quarantined: summary.quarantined,
  };
  ops.push(...appendLogOps(importLogSheetName(state.existingSheets, lang), target.importLog, lang, entry));
  return { plan: { lang, ops }, summary };
}

function blankHeader(index: number, lang: Lang): string {
  const letter = columnLetter(index + 1);
  return lang === "zh-CN" ? `列${letter}` : `Column ${letter}`;
}

/** Record keys of the extra columns: an existing extra column of the same header is reused; others get a header
 * that no field label, existing column or earlier column of this source has. */
export function nameExtras(spec: TableSpec, columns: readonly SourceColumn[], existing: readonly string[], lang: Lang) {
  const norm = (h: string) => h.replace(/\s+/g, "").toLowerCase();
  const existingByNorm = new Map(existing.map((h) => [norm(h), h]));
  const taken = new Set(existing.map(norm));
  const used = new Set<string>();
  const extraNames = new Map<number, string>();
  const newExtras: string[] = [];
  for (const column of columns) {
    if (column.target.kind !== "extra") continue;
    const base = column.header || blankHeader(column.index, lang);
    const reuse = existingByNorm.get(norm(base));
    let name = reuse !== undefined && !used.has(norm(reuse)) ? reuse : undefined;
    if (name === undefined) {
      name = uniqueHeader(base, (c) => taken.has(norm(c)) || fieldKeyOf(spec, c) !== undefined);
      newExtras.push(name);
    }
    taken.add(norm(name));
    used.add(norm(name));
    extraNames.set(column.index, name);
  }
  return { extraNames, newExtras };
}

/**
 * The rows to append, with issue ids generated where blank (DOMAIN.md §1.1), continuing each year's sequence after
 * the highest one in the table and the rows before.
 */
function withIssueIds(
  table: TableKey,
  existing: readonly RecordRow[],
  rows: readonly RecordRow[],
  state: WorkbookState,
) {
  if (table !== "issues" || !rows.some((r) => blankId(r["id"]))) return { rows, idsGenerated: 0 };
  const { ids } = assignIssueIds([...existing, ...rows], state.parsed.settings.rules.deptCode);
  let idsGenerated = 0;
  const withIds = rows.map((r, i) => {
    const id = ids[existing.length + i];
    if (id === r["id"] || id === undefined) return r;
    idsGenerated++;
    return withFields(r, { id });
  });
  return { rows: withIds, idsGenerated };
}

/** The grid with its header's duplicate columns reported on the header row. */
function withHeaderProblems(grid: SourceGrid, header: HeaderMap): SourceGrid {
  const row = (header.headerRows[0] ?? 0) + 1;
  const found = header.duplicates.map((d): ImportProblem => {
    const reason: ProblemReason = { kind: "duplicateHeader", header: d.header, columns: d.columns };
    return {
      file: grid.file,
      sheet: grid.sheet,
      row,
      column: d.columns[0] ?? "",
      value: d.header,
      expected: describeReason(reason),
      reason,
    };
  });
  return found.length === 0 ? grid : { ...grid, problems: [...grid.problems, ...found] };
}

const blankId = (id: CellValue) => id === undefined || String(id).trim() === "";

function summarize(
  table: TableKey,
  grid: SourceGrid,
  columns: readonly SourceColumn[],
  rows: { readonly converted: ConvertedRows; readonly deduped: DedupedRows },
  state: WorkbookState,
  extra: { readonly importId: string; readonly idsGenerated: number; readonly unmapped: readonly string[] },
): ImportSummary {
  const { converted, deduped } = rows;
  const imported = deduped.rows.length + deduped.resumed.length;
  const { dimensions, rules } = state.parsed.settings;
  const invalid =
    table === "evaluations"
      ? [...deduped.rows, ...deduped.resumed].filter((a) => invalidReasons(a.record, dimensions, rules).length > 0)
          .length
      : 0;
  return {
    importId: extra.importId,
    file: grid.file,
    sheet: grid.sheet,
    encoding: grid.encoding,
    table,
    rowsRead: converted.rowsRead,
    imported,
    quarantined: converted.quarantined.length,
    alreadyImported: deduped.alreadyImported,
    invalidEvaluations: invalid,
    validityRate: table === "evaluations" && imported > 0 ? (imported - invalid) / imported : undefined,
    idsGenerated: extra.idsGenerated,
    unmappedColumns: extra.unmapped,
    calculatedColumnsIgnored: columns.filter((c) => c.target.kind === "calculated").map((c) => c.label),
    problems: [...grid.problems, ...converted.problems, ...deduped.problems].sort((a, b) => a.row - b.row),
    unfedFields: unfedFields(
      specOf(state, table),
      columns,
      dimensions.map((d) => d.key),
    ),
  };
}
