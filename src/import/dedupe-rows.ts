/**
 * Which converted rows are new (issue 10 item 3): a row whose fingerprint a row of the table already carries in
 * its 导入来源 cell was imported before; a row whose id the table already has, or an earlier row of the file had,
 * is a duplicate. Both are "already there" and not written; every other row is imported with its fingerprint. A
 * row whose fingerprint a row of this same import carries was appended by an interrupted run of this import: it is
 * counted as imported and not appended again, so a re-run completes the import and logs it as one clean run would.
 */
import { describeReason, type ProblemReason } from "./problem-reasons";
import { IMPORT_REF_FIELD } from "../domain/schema/import-ref";
import type { CellValue, RecordRow, TableSpec } from "../domain/schema/types";
import type { AcceptedRow } from "./convert-rows";
import type { SourceColumn } from "./header-map";
import type { ImportProblem } from "./import-types";
import { parseImportRef } from "./import-ref";
import type { SourceInfo } from "./read-source";
import { isBlankCell } from "./text-cells";

/** Ids are compared trimmed and ignoring case, as Excel's COUNTIF does (DOMAIN.md §1.1). */
export function idKey(value: CellValue): string {
  return String(value).trim().toUpperCase();
}

export interface NewRow extends AcceptedRow {
  readonly fingerprint: string;
}

export interface DedupeInput {
  readonly spec: TableSpec;
  readonly source: Pick<SourceInfo, "file" | "sheet">;
  readonly columns: readonly SourceColumn[];
  /** The table's records as they are. */
  readonly existing: readonly RecordRow[];
  /** This import's id. */
  readonly importId: string;
}

export interface DedupedRows {
  /** Rows to append. */
  readonly rows: readonly NewRow[];
  /** Rows an interrupted run of this import appended already. */
  readonly resumed: readonly NewRow[];
  readonly alreadyImported: number;
  readonly problems: readonly ImportProblem[];
}

/**
 * The new rows of a source, given a chunk at a time with their fingerprints (`rowFingerprints`): an id an earlier
 * chunk had is a duplicate as one in the same chunk is.
 */
export function dedupeRows(
  input: DedupeInput,
): (rows: readonly AcceptedRow[], fingerprints: readonly string[]) => DedupedRows {
  const { spec, source } = input;
  const idField = spec.fields.find((f) => f.unique);
  const ids = new Set<string>();
  const fingerprints = new Map<string, string>();
  for (const record of input.existing) {
    const id = idField ? record[idField.key] : undefined;
    if (!isBlankCell(id)) ids.add(idKey(id));
    const ref = parseImportRef(record[IMPORT_REF_FIELD.key]);
    if (ref) fingerprints.set(ref.fingerprint, ref.importId);
  }
  const idColumn = input.columns.find((c) => c.target.kind === "field" && c.target.key === idField?.key);
  return (chunk, chunkFingerprints) => {
    const rows: NewRow[] = [];
    const resumed: NewRow[] = [];
    const problems: ImportProblem[] = [];
    let alreadyImported = 0;
    chunk.forEach((row, i) => {
      const fingerprint = chunkFingerprints[i] ?? "";
      const by = fingerprints.get(fingerprint);
      if (by === input.importId) {
        resumed.push({ ...row, fingerprint });
        return;
      }
      if (by !== undefined) {
        alreadyImported++;
        return;
      }
      const id = idField ? row.record[idField.key] : undefined;
      if (!isBlankCell(id)) {
        if (ids.has(idKey(id))) {
          alreadyImported++;
          const column = idColumn?.label ?? idField?.key ?? "";
          const reason: ProblemReason = { kind: "duplicateId" };
          const expected = describeReason(reason);
          const { file, sheet } = source;
          problems.push({ file, sheet, row: row.sourceRow, column, value: id, expected, reason });
          return;
        }
        ids.add(idKey(id));
      }
      rows.push({ ...row, fingerprint });
    });
    return { rows, resumed, alreadyImported, problems };
  };
}
