/**
 * The rows an import appends, kept as the plan needs them (issue 18): each chunk's new rows laid out in the table's
 * columns with their import ref and calculated results, and counted; their records are not kept. Issue ids are
 * generated when every row is in, since a blank id continues after the highest id of any row (DOMAIN.md §1.1).
 */
import { assignIssueIds } from "../domain/issue-id";
import { IMPORT_REF_FIELD } from "../domain/schema";
import { withFields } from "../domain/schema/records";
import type { CellValue, TableSpec } from "../domain/schema/types";
import type { Settings } from "../domain/settings";
import { invalidReasons } from "../domain/validity";
import type { CalculatedResult } from "../workbook/calculated-results";
import { resultOf, type LaidRows } from "../workbook/layout-table";
import type { DedupedRows } from "./dedupe-rows";
import { importRefText } from "./import-ref";
import type { ImportProblem } from "./import-types";

export interface ImportCounts {
  readonly imported: number;
  readonly alreadyImported: number;
  /** Imported evaluations that are not valid (DOMAIN.md §4.1); 0 for other tables. */
  readonly invalid: number;
}

export interface ImportedRowsInput {
  readonly spec: TableSpec;
  /** The record key of each table column (`tableColumnKeys`). */
  readonly keys: readonly (string | undefined)[];
  readonly results: Readonly<Record<string, CalculatedResult>>;
  readonly importId: string;
  /** The settings evaluations are judged valid by; undefined for other tables. */
  readonly evaluations?: Settings;
}

const blankId = (id: CellValue) => id === undefined || String(id).trim() === "";

export class ImportedRows {
  private readonly cells: CellValue[][] = [];
  private readonly results: [string, CalculatedResult, CellValue[]][];
  private readonly found: ImportProblem[] = [];
  private imported = 0;
  private alreadyImported = 0;
  private invalid = 0;

  constructor(private readonly input: ImportedRowsInput) {
    this.results = Object.entries(input.results).map(([key, result]) => [key, result, []]);
  }

  /** A chunk's rows as deduplicated: the new ones kept with their import ref, every one counted. */
  add(chunk: DedupedRows): void {
    const { keys, importId, evaluations } = this.input;
    for (const row of chunk.rows) {
      const ref = importRefText({ importId, fingerprint: row.fingerprint });
      const record = withFields(row.record, { [IMPORT_REF_FIELD.key]: ref });
      this.cells.push(keys.map((k) => (k === undefined ? undefined : record[k])));
      for (const [, result, values] of this.results) values.push(resultOf(result, record));
    }
    this.imported += chunk.rows.length + chunk.resumed.length;
    this.alreadyImported += chunk.alreadyImported;
    for (const p of chunk.problems) this.found.push(p);
    if (evaluations) {
      const { dimensions, rules } = evaluations;
      for (const row of [...chunk.rows, ...chunk.resumed]) {
        if (invalidReasons(row.record, dimensions, rules).length > 0) this.invalid++;
      }
    }
  }

  /** Rows whose id the table or an earlier row has, in source order. */
  get problems(): readonly ImportProblem[] {
    return this.found;
  }

  /**
   * Generates the blank issue ids of the kept rows, continuing each year's sequence after the highest one in the
   * table and the rows; returns how many.
   * @throws SettingsError when an id must be generated and the department code is unusable.
   */
  generateIds(existing: readonly { id?: CellValue; receivedAt?: CellValue }[], deptCode: string): number {
    const idAt = this.input.keys.indexOf("id");
    const receivedAt = this.input.keys.indexOf("receivedAt");
    if (idAt < 0 || !this.cells.some((c) => blankId(c[idAt]))) return 0;
    const rows = this.cells.map((c) => ({ id: c[idAt], receivedAt: c[receivedAt] }));
    const { ids } = assignIssueIds([...existing, ...rows], deptCode);
    let generated = 0;
    this.cells.forEach((cells, i) => {
      const id = ids[existing.length + i];
      if (id === cells[idAt] || id === undefined) return;
      generated++;
      cells[idAt] = id;
    });
    return generated;
  }

  laid(): LaidRows {
    return { cells: this.cells, results: Object.fromEntries(this.results.map(([key, , values]) => [key, values])) };
  }

  counts(): ImportCounts {
    return { imported: this.imported, alreadyImported: this.alreadyImported, invalid: this.invalid };
  }
}
