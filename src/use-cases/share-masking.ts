/**
 * Masking the tables of a shareable copy (DOMAIN.md §4.4, source 004 §4): each column is masked by what it is — a
 * personal field, an id, a column whose header or values say it is personal, or free text — with one privacy
 * filter that knows every name the workbook lists.
 */
import { sniffPersonalColumn } from "../domain/privacy/column-sniff";
import {
  fieldTreatment,
  personalKindOfHeader,
  type ColumnTreatment,
  type PersonalKind,
} from "../domain/privacy/personal-columns";
import { createPrivacyFilter, knownNames, type PrivacyFilter } from "../domain/privacy/privacy-filter";
import type { CellValue, FieldSpec, RecordRow } from "../domain/schema/types";

/** One table to mask: its rows by column key, and how each key is masked. */
export interface ColumnsToMask {
  readonly rows: readonly RecordRow[];
  readonly treatments: ReadonlyMap<string, ColumnTreatment>;
}

/**
 * How each column of a table is masked: a schema field by `fieldTreatment`; another column (an extra column, a
 * quarantined source column) by its header (姓名, 电话, email…), else by its values (`sniffPersonalColumn`), else
 * as free text.
 */
export function columnTreatments(
  keys: readonly string[],
  rows: readonly RecordRow[],
  fields: readonly FieldSpec[],
): Map<string, ColumnTreatment> {
  const treatments = new Map<string, ColumnTreatment>();
  for (const key of keys) {
    const field = fields.find((f) => f.key === key);
    if (field) treatments.set(key, fieldTreatment(field));
    else treatments.set(key, personalKindOfHeader(key) ?? sniffPersonalColumn(rows.map((r) => r[key])) ?? "text");
  }
  return treatments;
}

/** The privacy filter for a copy: it knows the names in every name and contact column of the given tables. */
export function sharePrivacyFilter(tables: readonly ColumnsToMask[]): PrivacyFilter {
  const names = new Set<string>();
  for (const t of tables) {
    const personal: Record<string, PersonalKind> = {};
    for (const [key, treatment] of t.treatments) {
      if (treatment === "name" || treatment === "contact") personal[key] = treatment;
    }
    for (const name of knownNames(t.rows, personal)) names.add(name);
  }
  return createPrivacyFilter(names);
}

/** The rows with every cell masked as its column says; `counted` is called for each cell that changed. */
export function maskRows(table: ColumnsToMask, privacy: PrivacyFilter, counted: () => void): RecordRow[] {
  return table.rows.map((row) => {
    const masked: Record<string, CellValue> = {};
    for (const [key, value] of Object.entries(row)) {
      masked[key] = privacy.cell(value, table.treatments.get(key) ?? "text");
      if (masked[key] !== value) counted();
    }
    return masked;
  });
}
