import { recordOf } from "../domain/schema/records";
import type { CellValue, RecordRow, TableSpec } from "../domain/schema/types";
import type { TableBase } from "./plan-types";

/** Records read from a table grid: schema fields by their zh or en header, other columns kept by header text. */
export interface TableRecords {
  readonly records: RecordRow[];
  readonly extraHeaders: string[];
  /** Field key → the header text of its column in this workbook. */
  readonly headers: Readonly<Record<string, string>>;
  /** The table as read, for a plan of changes against it; undefined when the workbook has no such table. */
  readonly base?: TableBase;
  /** Each record's 0-based body row in the table. */
  readonly rowIndex?: readonly number[];
}

/** What a plan of changes needs to know of a table as read. */
export function tableBase(grid: {
  readonly headers: readonly string[];
  readonly rowIndex: readonly number[];
  readonly bodyRows: number;
}): TableBase {
  const last = grid.rowIndex[grid.rowIndex.length - 1];
  return { headers: grid.headers, bodyRows: grid.bodyRows, usedRows: last === undefined ? 0 : last + 1 };
}

const norm = (h: string) => h.replace(/\s+/g, "").toLowerCase();

/** The field key a header names, in either language, or undefined for a user column. */
export function fieldKeyOf(spec: TableSpec, header: string): string | undefined {
  const h = norm(header);
  return spec.fields.find((f) => norm(f.zh) === h || norm(f.en) === h)?.key;
}

export function recordsFromGrid(
  spec: TableSpec,
  grid:
    | {
        readonly headers: readonly string[];
        readonly rows: readonly (readonly CellValue[])[];
        readonly rowIndex?: readonly number[];
        readonly bodyRows?: number;
      }
    | undefined,
  options: { readonly withCalculated?: boolean } = {},
): TableRecords {
  if (!grid) return { records: [], extraHeaders: [], headers: {} };
  const keys = grid.headers.map((h) => fieldKeyOf(spec, h) ?? (h.trim() === "" ? undefined : h));
  const extraHeaders = keys.filter(
    (k, i): k is string => k !== undefined && k === grid.headers[i] && !fieldKeyOf(spec, k),
  );
  const formulaKeys = new Set(
    options.withCalculated ? [] : spec.fields.filter((f) => f.type === "formula").map((f) => f.key),
  );
  const read = keys.flatMap((k, i) => (k !== undefined && !formulaKeys.has(k) ? [[k, i] as const] : []));
  const records = grid.rows.map((row) => recordOf(read.map(([k, i]) => [k, row[i]])));
  const headers: Record<string, string> = {};
  keys.forEach((k, i) => {
    if (k !== undefined) headers[k] = grid.headers[i] ?? k;
  });
  const rowIndex = grid.rowIndex ?? grid.rows.map((_, i) => i);
  const base = tableBase({ headers: grid.headers, rowIndex, bodyRows: grid.bodyRows ?? grid.rows.length });
  return { records, extraHeaders, headers, base, rowIndex };
}
