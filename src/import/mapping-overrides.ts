/**
 * The user's corrections to a column mapping (issue 3 item 2, issue 5 item 1), applied after `mapHeaders` so the
 * preview and the import read a source the same way.
 */
import { IMPORT_REF_FIELD } from "../domain/schema/import-ref";
import type { TableSpec } from "../domain/schema/types";
import { columnLetter } from "../workbook/a1";
import { ImportSourceError, type SourceErrorReason, type SourceLocation } from "./errors";
import type { ColumnTarget, SourceColumn } from "./header-map";

/** 0-based source column → the key of the field it feeds, or null to keep the column as an extra column. */
export type MappingOverrides = Readonly<Record<number, string | null>>;

/**
 * The columns with the user's corrections in place:
 * - a key of an entry field makes the column feed that field; a key of a formula field marks it calculated (the
 *   sheet computes that column, so the source's values are not written);
 * - null keeps the column as an extra column (a survey tool's column stays marked as one);
 * - a column the header mapped to a field that an override now gives to another column becomes an extra column:
 *   the overridden column wins.
 * @throws ImportSourceError when an override names a column the source lacks, a key the table lacks, or a field
 * that another override already names.
 */
export function applyMappingOverrides(
  spec: TableSpec,
  columns: readonly SourceColumn[],
  overrides: MappingOverrides,
  where: Pick<SourceLocation, "file" | "sheet">,
): SourceColumn[] {
  const targets = new Map<number, ColumnTarget>();
  const claimedBy = new Map<string, string>();
  for (const [at, key] of Object.entries(overrides)) {
    const index = Number(at);
    const column = columns.find((c) => c.index === index);
    const name = column?.label ?? (Number.isInteger(index) && index >= 0 ? columnLetter(index + 1) : at);
    if (!column) {
      throw mappingError(where, name, "the mapping names a column the source does not have", "a column with data", {
        kind: "mappingNoColumn",
        column: name,
      });
    }
    if (key === null) {
      targets.set(index, { kind: "extra", meta: column.target.kind === "extra" && column.target.meta });
      continue;
    }
    const field = spec.fields.find((f) => f.key === key && f.key !== IMPORT_REF_FIELD.key);
    if (!field) {
      const keys = spec.fields.flatMap((f) => (f.key === IMPORT_REF_FIELD.key ? [] : [f.key])).join(", ");
      throw mappingError(where, name, `the ${spec.key} table has no field "${key}"`, `one of ${keys}`, {
        kind: "mappingNoField",
        field: key,
      });
    }
    const owner = claimedBy.get(key);
    if (owner !== undefined) {
      throw mappingError(where, name, `field "${key}" is already mapped to ${owner}`, "one source column per field", {
        kind: "mappingTaken",
        field: { zh: field.zh, en: field.en },
        column: name,
        owner,
      });
    }
    claimedBy.set(key, name);
    targets.set(index, { kind: field.type === "formula" ? "calculated" : "field", key });
  }
  return columns.map((c) => {
    const target = targets.get(c.index);
    if (target) return { ...c, target };
    if (c.target.kind !== "extra" && claimedBy.has(c.target.key))
      return { ...c, target: { kind: "extra", meta: false } };
    return c;
  });
}

function mappingError(
  where: Pick<SourceLocation, "file" | "sheet">,
  column: string,
  problem: string,
  expected: string,
  reason: SourceErrorReason,
): ImportSourceError {
  return new ImportSourceError({ ...where, column }, problem, expected, { reason });
}
