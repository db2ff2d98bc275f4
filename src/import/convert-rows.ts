/**
 * Source rows to table records (issue 3 items 3, 4, 6; issue 10 item 4): each mapped value parsed, extra columns
 * kept (rows already in the table are found afterwards, by dedupe-rows.ts). A row with a blank
 * required field or a value that does not parse is a record all the same, its original text kept, and is flagged
 * in the table (the 有效性 formula, `validate`). Only what cannot be stored as a record is set aside for
 * quarantine: a cell longer than Excel allows, or a row with nothing to write but calculated columns.
 * Every data row ends in exactly one of accepted or quarantined; blank rows are not rows.
 */
import { recordOf } from "../domain/schema/records";
import type { CellValue, FieldSpec, ListKey, TableSpec } from "../domain/schema/types";
import type { SourceColumn } from "./header-map";
import type { ImportProblem } from "./import-types";
import { createFieldParser, type FieldParser } from "./parse-values";
import { describeReason, type ProblemReason } from "./problem-reasons";
import type { QuarantineReason } from "./reasons";
import type { SourceInfo } from "./read-source";
import { EXCEL_CELL_CHARS, isBlankCell, isBlankRow, xmlSafeText } from "./text-cells";

export interface AcceptedRow {
  /** 1-based source row. */
  readonly sourceRow: number;
  readonly record: Readonly<Record<string, CellValue>>;
  /** The row's original values, one per source column (SourceColumn order), made safe for a cell. */
  readonly values: readonly CellValue[];
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
  readonly problems: readonly ImportProblem[];
}

export interface ConvertInput {
  readonly spec: TableSpec;
  readonly source: Pick<SourceInfo, "file" | "sheet" | "decimalComma">;
  /** Consecutive rows of the source: `rows[i]` is source row `offset + i + 1`. */
  readonly rows: readonly (readonly CellValue[])[];
  readonly offset: number;
  readonly columns: readonly SourceColumn[];
  readonly firstDataRow: number;
  /** The record key of each extra column, by source column index. */
  readonly extraNames: ReadonlyMap<number, string>;
  readonly lists: ReadonlyMap<ListKey, readonly string[]>;
  /** The label of a field in the workbook's language, for quarantine reasons. */
  readonly fieldLabel: (field: FieldSpec) => string;
}

/** Writes one source value into a record's entries. */
export type Writer = (
  raw: CellValue,
  record: [string, CellValue][],
  fail: (reason: ProblemReason, value: CellValue) => void,
) => void;

/** How each source column writes into a record: made once for the chunks of one import. */
export function rowWriters(input: Omit<ConvertInput, "rows" | "offset">): Writer[] {
  return input.columns.map((column) => {
    const { target } = column;
    if (target.kind === "calculated") return () => undefined;
    if (target.kind === "extra") {
      const name = input.extraNames.get(column.index) ?? column.header;
      return (raw, record) => {
        record.push([name, isBlankCell(raw) ? undefined : raw]);
      };
    }
    const field = input.spec.fields.find((f) => f.key === target.key);
    if (!field) throw new RangeError(`${input.spec.key} has no field ${target.key}`);
    const parse: FieldParser = createFieldParser(field, input.lists, { decimalComma: input.source.decimalComma });
    return (raw, record, fail) => {
      const parsed = parse(raw);
      record.push([field.key, parsed.value]);
      if (!parsed.ok) fail(parsed.reason, parsed.value);
    };
  });
}

type Report = (column: string, value: CellValue, reason: ProblemReason) => void;

/** One source row as a record, the row's original values, and the reasons it cannot enter the table. */
function readRow(
  input: Omit<ConvertInput, "rows" | "offset">,
  write: readonly Writer[],
  row: readonly CellValue[],
  report: Report,
) {
  const entries: [string, CellValue][] = [];
  const reasons: QuarantineReason[] = [];
  const values: CellValue[] = [];
  input.columns.forEach((column, c) => {
    let raw = row[column.index];
    if (typeof raw === "string") {
      const safe = xmlSafeText(raw);
      if (safe.changed) report(column.label, raw, { kind: "controlCharacters" });
      raw = safe.text;
    }
    values.push(typeof raw === "string" ? raw.slice(0, EXCEL_CELL_CHARS) : raw);
    if (typeof raw === "string" && raw.length > EXCEL_CELL_CHARS) {
      reasons.push({ kind: "cellTooLong", column: column.header || column.label });
      report(column.label, `${raw.slice(0, 40)}…`, { kind: "cellTooLong", limit: EXCEL_CELL_CHARS });
      return;
    }
    write[c]?.(raw, entries, (reason, value) => report(column.label, value, reason));
  });
  const record = recordOf(entries);
  if (reasons.length === 0 && Object.values(record).every(isBlankCell)) {
    reasons.push({ kind: "noValues" });
    report("", undefined, { kind: "noValues" });
  }
  return { record, reasons, values };
}

const columnOf = (columns: readonly SourceColumn[], key: string) =>
  columns.find((c) => c.target.kind === "field" && c.target.key === key)?.label;

/** The rows of `input` at or below its first data row, converted. */
export function convertRows(input: ConvertInput, write: readonly Writer[] = rowWriters(input)): ConvertedRows {
  const { source } = input;
  let rowsRead = 0;
  const accepted: AcceptedRow[] = [];
  const quarantined: QuarantinedRow[] = [];
  const problems: ImportProblem[] = [];
  for (let i = Math.max(0, input.firstDataRow - input.offset); i < input.rows.length; i++) {
    const row = input.rows[i];
    if (!row || isBlankRow(row)) continue;
    rowsRead++;
    const sourceRow = input.offset + i + 1;
    const report: Report = (column, value, reason) =>
      problems.push({
        file: source.file,
        sheet: source.sheet,
        row: sourceRow,
        column,
        value,
        expected: describeReason(reason),
        reason,
      });
    const { record, reasons, values } = readRow(input, write, row, report);
    if (reasons.length > 0) {
      quarantined.push({ sourceRow, reasons, values });
      continue;
    }
    for (const field of input.spec.fields) {
      if (!field.required || !isBlankCell(record[field.key])) continue;
      const label = input.fieldLabel(field);
      report(columnOf(input.columns, field.key) ?? label, undefined, { kind: "required", field: label });
    }
    accepted.push({ sourceRow, record, values });
  }
  return { rowsRead, accepted, quarantined, problems };
}
