/**
 * The pure core of an import (issue 3 items 2–7, issue 10 items 3–4): from the workbook as read and a source's rows
 * to the plan of changes that appends the new rows to the table (the same `tableOps` that set-up uses), each
 * carrying its import ref, the set-aside rows to the quarantine table and the import to the import log, and the
 * summary. Rows already in the table (an earlier import of the same file, or an interrupted run of this one) are
 * found by their fingerprint and not appended again. No host is touched here.
 */
import { tableSpecs } from "../domain/schema";
import type { FieldSpec, Lang, TableKey, TableSpec } from "../domain/schema/types";
import { label } from "../domain/schema/types";
import type { TableGrid } from "../hosts/host";
import type { WorkbookState } from "../use-cases/read-workbook";
import { columnLetter } from "../workbook/a1";
import { calculatedResults } from "../workbook/calculated-results";
import { tableColumnKeys, tableOps } from "../workbook/layout-table";
import type { WorkbookPlan } from "../workbook/plan-types";
import { fieldKeyOf } from "../workbook/read-records";
import { sheetLabels } from "../workbook/sheet-names";
import { convertRows, rowWriters, type QuarantinedRow } from "./convert-rows";
import { dedupeRows } from "./dedupe-rows";
import { rowFingerprints } from "./fingerprint";
import { appendLogOps, importIds, importLogOf, importLogSheetName } from "./import-log";
import { ImportedRows, type ImportCounts } from "./imported-rows";
import { nextImportId } from "./import-ref";
import { ImportSourceError } from "./errors";
import { mapHeaders, type HeaderMap, type SourceColumn } from "./header-map";
import { describeReason, type ProblemReason } from "./problem-reasons";
import { unfedFields } from "./unfed-fields";
import type { ImportProblem, ImportSummary } from "./import-types";
import { applyMappingOverrides, type MappingOverrides } from "./mapping-overrides";
import { quarantineOps, quarantineSheetName } from "./quarantine";
import type { SourceInfo, SourceRows } from "./read-source";
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
export function requireHeader(spec: TableSpec, source: SourceRows, mapping: MappingOverrides = {}): HeaderMap {
  const header = mapHeaders(spec, source.head, source.lastFilled);
  if (header) {
    const where = { file: source.file, sheet: source.sheet };
    return { ...header, columns: applyMappingOverrides(spec, header.columns, mapping, where) };
  }
  const examples = spec.fields
    .filter((f) => f.type !== "formula")
    .slice(0, 4)
    .map((f) => `${f.zh}/${f.en}`)
    .join(", ");
  throw new ImportSourceError(
    { file: source.file, sheet: source.sheet },
    `no recognisable header row for the ${spec.key} table in the first 20 rows`,
    `column headings such as ${examples}`,
    { reason: { kind: "noHeader" } },
  );
}

/**
 * The plan and summary of importing `source` into `table`, its columns mapped as `requireHeader` maps them. The
 * rows are converted, fingerprinted and deduplicated a chunk at a time; what the plan keeps of each is its cells as
 * the table lays them out (imported-rows.ts), so the plan is what converting every row at once gives.
 * @throws ImportSourceError when the source has no recognisable header or `mapping` names an unknown column or field.
 * @throws SettingsError when issue ids must be generated and the department code on the Settings sheet is unusable.
 */
export async function planImport(
  target: ImportTarget,
  table: TableKey,
  source: SourceRows,
  mapping: MappingOverrides = {},
): Promise<{ plan: WorkbookPlan; summary: ImportSummary }> {
  const { state, lang } = target;
  const spec = specOf(state, table);
  const header = requireHeader(spec, source, mapping);
  const existing = state.tables[table] ?? { records: [], extraHeaders: [] };
  const { extraNames, newExtras } = nameExtras(spec, header.columns, existing.extraHeaders, lang);
  const log = importLogOf(target.importLog, lang);
  const importId = nextImportId(target.now, importIds(log));
  const content = { extraHeaders: [...existing.extraHeaders, ...newExtras], base: state.tables[table]?.base };
  const rows = new ImportedRows({
    spec,
    keys: tableColumnKeys(spec, content, lang),
    results: calculatedResults(table, state.parsed.settings),
    importId,
    evaluations: table === "evaluations" ? state.parsed.settings : undefined,
  });
  const convert = { spec, source, columns: header.columns, firstDataRow: header.firstDataRow, extraNames };
  const input = { ...convert, lists: state.lists, fieldLabel: (f: FieldSpec) => label(f, lang) };
  const write = rowWriters(input);
  const fingerprintsOf = rowFingerprints(spec, header.columns);
  const dedupe = dedupeRows({ spec, source, columns: header.columns, existing: existing.records, importId });
  const quarantined: QuarantinedRow[] = [];
  const converted: ImportProblem[] = [];
  let rowsRead = 0;
  for await (const chunk of source.chunks()) {
    const read = convertRows({ ...input, rows: chunk.rows, offset: chunk.offset }, write);
    rowsRead += read.rowsRead;
    for (const q of read.quarantined) quarantined.push(q);
    for (const p of read.problems) converted.push(p);
    rows.add(dedupe(read.accepted, await fingerprintsOf(read.accepted)));
  }
  const idsGenerated =
    table === "issues" ? rows.generateIds(existing.records, state.parsed.settings.rules.deptCode) : 0;
  const ops = tableOps(
    spec,
    state.sheetNames[table],
    { ...content, laid: rows.laid() },
    state.parsed.settings.dimensions,
    lang,
  );
  const from = source.sheet === undefined ? source.file : `${source.file} [${source.sheet}]`;
  if (quarantined.length > 0) {
    ops.push(
      ...quarantineOps({
        sheet: quarantineSheetName(state.existingSheets, lang),
        lang,
        existing: target.quarantine,
        source: from,
        headers: header.columns.map((c) => c.header || blankHeader(c.index, lang)),
        rows: quarantined,
      }),
    );
  }
  const unmapped = header.columns.flatMap((c) =>
    c.target.kind === "extra" ? [extraNames.get(c.index) ?? c.header] : [],
  );
  const counts = { rowsRead, quarantined: quarantined.length, ...rows.counts() };
  const found = [...source.problems, ...headerProblems(source, header), ...converted, ...rows.problems];
  const summary = summarize(table, source, header.columns, counts, found, state, { importId, idsGenerated, unmapped });
  const entry = {
    id: importId,
    at: target.now,
    file: from,
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

/** The header's duplicate columns, reported on the header row. */
function headerProblems(source: SourceInfo, header: HeaderMap): ImportProblem[] {
  const row = (header.headerRows[0] ?? 0) + 1;
  return header.duplicates.map((d): ImportProblem => {
    const reason: ProblemReason = { kind: "duplicateHeader", header: d.header, columns: d.columns };
    return {
      file: source.file,
      sheet: source.sheet,
      row,
      column: d.columns[0] ?? "",
      value: d.header,
      expected: describeReason(reason),
      reason,
    };
  });
}

function summarize(
  table: TableKey,
  source: SourceInfo,
  columns: readonly SourceColumn[],
  counts: ImportCounts & { readonly rowsRead: number; readonly quarantined: number },
  problems: readonly ImportProblem[],
  state: WorkbookState,
  extra: { readonly importId: string; readonly idsGenerated: number; readonly unmapped: readonly string[] },
): ImportSummary {
  const { imported, invalid } = counts;
  const { dimensions } = state.parsed.settings;
  return {
    importId: extra.importId,
    file: source.file,
    sheet: source.sheet,
    encoding: source.encoding,
    table,
    rowsRead: counts.rowsRead,
    imported,
    quarantined: counts.quarantined,
    alreadyImported: counts.alreadyImported,
    invalidEvaluations: invalid,
    validityRate: table === "evaluations" && imported > 0 ? (imported - invalid) / imported : undefined,
    idsGenerated: extra.idsGenerated,
    unmappedColumns: extra.unmapped,
    calculatedColumnsIgnored: columns.filter((c) => c.target.kind === "calculated").map((c) => c.label),
    problems: [...problems].sort((a, b) => a.row - b.row),
    unfedFields: unfedFields(
      specOf(state, table),
      columns,
      dimensions.map((d) => d.key),
    ),
  };
}
