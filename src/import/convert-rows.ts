/**
 * Source rows to table records (issue 3 items 3, 4, 6): each mapped value parsed, extra columns kept, rows that
 * cannot enter (a blank required field, an unparseable required date, a cell longer than Excel allows, nothing
 * to write but calculated columns) set aside for quarantine, and rows whose id the table already has (or an earlier row of the file had) skipped.
 * Every data row ends in exactly one of accepted, quarantined or duplicates; blank rows are not rows.
 */
import type { CellValue, FieldSpec, ListKey, TableSpec } from "../domain/schema/types";
import type { SourceColumn } from "./header-map";
import type { ImportProblem } from "./import-types";
import { createFieldParser, type FieldParser } from "./parse-values";
import type { QuarantineReason } from "./reasons";
import type { SourceGrid } from "./read-source";
import { EXCEL_CELL_CHARS, isBlankCell, isBlankRow, xmlSafeText } from "./text-cells";

export interface AcceptedRow {
  /** 1-based source row. */
  readonly sourceRow: number;
  readonly record: Readonly<Record<string, CellValue>>;
}

export interface QuarantinedRow {
  readonly sourceRow: number;
  readonly reasons: readonly QuarantineReason[];
  /** The row's original values, one per source column (SourceColumn order), made safe for a cell. */
  readonly values: readonly CellValue[];
}

export interface ConvertedRows {
  readonly rowsRead: number;
  readonly accepted: readonly AcceptedRow[];
  readonly quarantined: readonly QuarantinedRow[];
  readonly duplicatesSkipped: number;
  readonly problems: readonly ImportProblem[];
}

export interface ConvertInput {
  readonly spec: TableSpec;
  readonly grid: SourceGrid;
  readonly columns: readonly SourceColumn[];
  readonly firstDataRow: number;
  /** The record key of each extra column, by source column index. */
  readonly extraNames: ReadonlyMap<number, string>;
  readonly lists: ReadonlyMap<ListKey, readonly string[]>;
  /** Ids already in the table, as `idKey` gives them. */
  readonly existingIds: ReadonlySet<string>;
  /** The label of a field in the workbook's language, for quarantine reasons. */
  readonly fieldLabel: (field: FieldSpec) => string;
}

/** Ids are compared trimmed and ignoring case, as Excel's COUNTIF does (DOMAIN.md §1.1). */
export function idKey(value: CellValue): string {
  return String(value).trim().toUpperCase();
}

/** Writes one source value into a record; true when a required date failed to parse. */
type Writer = (
  raw: CellValue,
  record: Record<string, CellValue>,
  fail: (expected: string, value: CellValue) => void,
) => boolean;

/** How each source column writes into a record. */
function writers(input: ConvertInput): Writer[] {
  return input.columns.map((column) => {
    const { target } = column;
    if (target.kind === "calculated") return () => false;
    if (target.kind === "extra") {
      const name = input.extraNames.get(column.index) ?? column.header;
      return (raw, record) => {
        record[name] = isBlankCell(raw) ? undefined : raw;
        return false;
      };
    }
    const field = input.spec.fields.find((f) => f.key === target.key);
    if (!field) throw new RangeError(`${input.spec.key} has no field ${target.key}`);
    const parse: FieldParser = createFieldParser(field, input.lists);
    const requiredDate = field.required === true && (field.type === "date" || field.type === "dateTime");
    return (raw, record, fail) => {
      const parsed = parse(raw);
      record[field.key] = parsed.value;
      if (parsed.ok) return false;
      fail(parsed.expected, parsed.value);
      return requiredDate;
    };
  });
}

type Report = (column: string, value: CellValue, expected: string) => void;

/** One source row as a record, the row's original values, and the reasons it cannot enter the table. */
function readRow(input: ConvertInput, write: readonly Writer[], row: readonly CellValue[], report: Report) {
  const required = input.spec.fields.filter((f) => f.required);
  const record: Record<string, CellValue> = {};
  const reasons: QuarantineReason[] = [];
  const values: CellValue[] = [];
  const badDates = new Set<string>();
  input.columns.forEach((column, c) => {
    let raw = row[column.index];
    if (typeof raw === "string") {
      const safe = xmlSafeText(raw);
      if (safe.changed) report(column.label, raw, "text without control characters (they were removed)");
      raw = safe.text;
    }
    values.push(typeof raw === "string" ? raw.slice(0, EXCEL_CELL_CHARS) : raw);
    if (typeof raw === "string" && raw.length > EXCEL_CELL_CHARS) {
      reasons.push({ kind: "cellTooLong", column: column.header || column.label });
      report(column.label, `${raw.slice(0, 40)}…`, `at most ${String(EXCEL_CELL_CHARS)} characters in a cell`);
      return;
    }
    const badDate = write[c]?.(raw, record, (expected, value) => report(column.label, value, expected));
    const target = column.target;
    const field = target.kind === "field" ? required.find((f) => f.key === target.key) : undefined;
    if (badDate && field) {
      badDates.add(field.key);
      reasons.push({ kind: "badRequiredDate", field: input.fieldLabel(field), value: String(raw) });
    }
  });
  for (const field of required) {
    if (badDates.has(field.key) || !isBlankCell(record[field.key])) continue;
    reasons.push({ kind: "missingRequired", field: input.fieldLabel(field) });
    report(
      columnOf(input.columns, field.key) ?? input.fieldLabel(field),
      undefined,
      `a value: ${input.fieldLabel(field)} is required`,
    );
  }
  if (reasons.length === 0 && Object.values(record).every(isBlankCell)) {
    reasons.push({ kind: "noValues" });
    report("", undefined, "a value in at least one column of the table that is not calculated");
  }
  return { record, reasons, values };
}

const columnOf = (columns: readonly SourceColumn[], key: string) =>
  columns.find((c) => c.target.kind === "field" && c.target.key === key)?.label;

export function convertRows(input: ConvertInput): ConvertedRows {
  const { grid } = input;
  const write = writers(input);
  const idField = input.spec.fields.find((f) => f.unique);
  const seen = new Set<string>();
  const out = { rowsRead: 0, duplicatesSkipped: 0 };
  const accepted: AcceptedRow[] = [];
  const quarantined: QuarantinedRow[] = [];
  const problems: ImportProblem[] = [];
  for (let r = input.firstDataRow; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row || isBlankRow(row)) continue;
    out.rowsRead++;
    const sourceRow = r + 1;
    const report: Report = (column, value, expected) =>
      problems.push({ file: grid.file, sheet: grid.sheet, row: sourceRow, column, value, expected });
    const { record, reasons, values } = readRow(input, write, row, report);
    if (reasons.length > 0) {
      quarantined.push({ sourceRow, reasons, values });
      continue;
    }
    const id = idField ? record[idField.key] : undefined;
    if (idField && !isBlankCell(id)) {
      const key = idKey(id);
      if (input.existingIds.has(key) || seen.has(key)) {
        out.duplicatesSkipped++;
        report(
          columnOf(input.columns, idField.key) ?? idField.key,
          id,
          "an id the table does not have yet (duplicate skipped)",
        );
        continue;
      }
      seen.add(key);
    }
    accepted.push({ sourceRow, record });
  }
  return { ...out, accepted, quarantined, problems };
}
