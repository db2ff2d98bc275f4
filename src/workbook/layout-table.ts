import type { CellValue, FieldSpec, Lang, RecordRow, TableSpec } from "../domain/schema/types";
import { label } from "../domain/schema/types";
import { VALIDITY_INVALID_PREFIX, YES_NO } from "../domain/schema/values";
import type { Dimension } from "../domain/settings";
import { cellAddress, columnLetter } from "./a1";
import { fieldNumFmt } from "./formats";
import type { CalculatedResult } from "./calculated-results";
import { calculatedColumnFormula, rowRefFor } from "./formulas";
import { listName, settingName } from "./names";
import type { HighlightStyle, PlanOp, TableBase, TableCellChange, TableColumnPlan, ValidationRule } from "./plan-types";
import { fieldKeyOf } from "./read-records";

/** Rows below the data that still carry validations, so typing under a table in any spreadsheet is checked. */
export const VALIDATION_SPARE_ROWS = 500;

/** Rows already laid out in the table's columns (`tableColumnKeys`), each calculated column's results beside them. */
export interface LaidRows {
  readonly cells: readonly (readonly CellValue[])[];
  /** By calculated field key, one result per row: only for the columns `TableContent.results` computes. */
  readonly results: Readonly<Record<string, readonly CellValue[]>>;
}

export interface TableContent {
  /** Rows to add: a new table's first rows, or the rows appended after an existing table's used rows. */
  readonly rows: readonly RecordRow[];
  /** Headers of user columns that are not in the schema: an existing table keeps its own, new ones go at the right. */
  readonly extraHeaders: readonly string[];
  /** The domain's results of the calculated columns (calculated-results.ts), cached next to their formulas. */
  readonly results?: Readonly<Record<string, CalculatedResult>>;
  /** The table as read; absent when the table is created. */
  readonly base?: TableBase;
  /** Values for cells of existing rows that the use case owns, by 0-based body row (as read) and field key. */
  readonly cells?: readonly {
    readonly row: number;
    readonly key: string;
    readonly value: CellValue;
    /** The cell as read. */
    readonly was: CellValue;
  }[];
  /** Field key → the header of its column as read: a column stays its field's when a dimension is renamed. */
  readonly headers?: Readonly<Record<string, string>>;
  /** A hand-kept sheet's header row as read, when the table is created over its cells (with `base`). */
  readonly adopt?: readonly CellValue[];
}

/** A column of the table after the change: what it shows and the record key its cells come from. */
interface LaidColumn {
  readonly header: string;
  /** Field key or extra header; undefined for a calculated column or a user column without a header. */
  readonly key?: string;
  readonly field?: FieldSpec;
}

const norm = (h: string) => h.replace(/\s+/g, "").toLowerCase();

/**
 * The table's columns after the change: an existing table's columns in its own order (user columns where the user
 * put them), then the schema's missing fields, then new extra columns. A new table: fields, then extras.
 */
function layColumns(spec: TableSpec, content: Omit<LaidContent, "laid">, lang: Lang): LaidColumn[] {
  const columns: LaidColumn[] = [];
  const placed = new Set<string>();
  const keyOf = new Map(Object.entries(content.headers ?? {}).map(([key, header]) => [header, key]));
  for (const header of content.base?.headers ?? []) {
    const key = keyOf.get(header) ?? fieldKeyOf(spec, header);
    const field = key === undefined || placed.has(key) ? undefined : spec.fields.find((f) => f.key === key);
    if (field) {
      placed.add(field.key);
      columns.push({ header, field, key: field.type === "formula" ? undefined : field.key });
    } else columns.push({ header, key: header.trim() === "" ? undefined : header });
  }
  for (const field of spec.fields) {
    if (placed.has(field.key)) continue;
    columns.push({ header: label(field, lang), field, key: field.type === "formula" ? undefined : field.key });
  }
  const taken = new Set(columns.map((c) => norm(c.header)));
  for (const h of content.extraHeaders) if (!taken.has(norm(h))) columns.push({ header: h, key: h });
  return columns;
}

/** Highlights of calculated results, as formulas on the first body cell (column letter `$X`, row 2). */
function highlightsFor(
  spec: TableSpec,
  col: (key: string) => string,
): { key: string; formula: string; style: HighlightStyle }[] {
  const yes = `"${YES_NO.yes}"`;
  switch (spec.key) {
    case "issues":
      return [{ key: "overdue", formula: `${col("overdue")}=${yes}`, style: "bad" }];
    case "evaluations":
      return [
        {
          key: "scoreRate",
          formula: `AND(ISNUMBER(${col("scoreRate")}),${col("scoreRate")}<${settingName("lowRate")})`,
          style: "bad",
        },
        {
          key: "validity",
          formula: `LEFT(${col("validity")},${VALIDITY_INVALID_PREFIX.length})="${VALIDITY_INVALID_PREFIX}"`,
          style: "muted",
        },
      ];
    case "followups":
      return [
        { key: "needsFollowUp", formula: `${col("needsFollowUp")}=${yes}`, style: "warn" },
        { key: "callTimely", formula: `${col("callTimely")}="${YES_NO.no}"`, style: "warn" },
      ];
    case "feedback":
      return [{ key: "needsFollowUp", formula: `${col("needsFollowUp")}=${yes}`, style: "warn" }];
    default:
      return [];
  }
}

/** A table's content whose new rows are laid out already: an import lays out each chunk as it goes, keeping no record. */
export interface LaidContent extends Omit<TableContent, "rows" | "results"> {
  readonly laid: LaidRows;
}

/** A calculated column's cached value for a row: "" where the domain has no result, as the formula shows it. */
export const resultOf = (result: CalculatedResult, row: RecordRow): CellValue => result(row) ?? "";

/**
 * The record key each column of the table takes its cells from, in the table's column order (undefined for a
 * calculated column or a user column without a header): how `LaidRows` are laid out.
 */
export function tableColumnKeys(
  spec: TableSpec,
  content: Omit<LaidContent, "laid">,
  lang: Lang,
): (string | undefined)[] {
  return layColumns(spec, content, lang).map((c) => c.key);
}

function layRows(laid: readonly LaidColumn[], content: TableContent, rows: readonly RecordRow[]): LaidRows {
  const results: Record<string, CellValue[]> = {};
  for (const [key, result] of Object.entries(content.results ?? {})) {
    if (laid.some((c) => c.field?.key === key && c.field.type === "formula")) {
      results[key] = rows.map((r) => resultOf(result, r));
    }
  }
  return { cells: rows.map((r) => laid.map((c) => (c.key === undefined ? undefined : r[c.key]))), results };
}

/**
 * Plan ops for one record table: the table (created, or changed against the read it was built from) with its
 * calculated columns, validations and highlights. An existing table's rules are planned in two parts, the rows they
 * covered before and the rows the change adds, so that a host adds only what is missing.
 */
export function tableOps(
  spec: TableSpec,
  sheet: string,
  content: TableContent | LaidContent,
  dimensions: readonly Dimension[],
  lang: Lang,
): PlanOp[] {
  const laid = layColumns(spec, content, lang);
  const headerOf = (key: string) => {
    const column = laid.find((c) => c.field?.key === key);
    if (!column) throw new RangeError(`${spec.key} has no field ${key}`);
    return column.header;
  };
  const rowRef = rowRefFor(spec, headerOf);
  const laidRows = "laid" in content ? content.laid : layRows(laid, content, content.rows);
  const columns: TableColumnPlan[] = laid.map((c) =>
    c.field
      ? {
          header: c.header,
          numFmt: fieldNumFmt(c.field),
          width: c.field.width,
          formula:
            c.field.type === "formula" ? calculatedColumnFormula(spec, c.field.key, rowRef, dimensions) : undefined,
          values: c.field.type === "formula" ? laidRows.results[c.field.key] : undefined,
        }
      : { header: c.header, width: content.base ? undefined : 14 },
  );
  const rows = laidRows.cells;
  const columnOf = new Map(laid.flatMap((c, i) => (c.key === undefined ? [] : [[c.key, i] as const])));
  const cells: TableCellChange[] = (content.cells ?? []).flatMap((c) => {
    const column = columnOf.get(c.key);
    return column === undefined ? [] : [{ row: c.row, column, value: c.value, was: c.was }];
  });
  const used = content.base?.usedRows ?? 0;
  const covered = content.base ? coverage(used) : 1;
  const reach = coverage(used + rows.length);
  const spans = content.base ? [[2, covered], ...(reach > covered ? [[covered + 1, reach]] : [])] : [[2, reach]];
  const colIndex = (key: string) => laid.findIndex((c) => c.field?.key === key) + 1;
  const ranges = (key: string) =>
    spans.map(([from = 2, to = 2]) => `${cellAddress(from, colIndex(key))}:${cellAddress(to, colIndex(key))}`);

  const table: PlanOp = {
    kind: "table",
    sheet,
    name: spec.tableName,
    origin: "A1",
    columns,
    rows,
    ...(content.base ? { base: content.base } : {}),
    ...(cells.length > 0 ? { cells } : {}),
    ...(content.adopt && content.base ? { adopt: { header: content.adopt } } : {}),
  };
  const ops: PlanOp[] = [{ kind: "sheet", name: sheet, freezeRows: 1 }, table];
  for (const f of spec.fields) {
    const rule = validationRule(f);
    if (rule) for (const range of ranges(f.key)) ops.push({ kind: "validation", sheet, range, rule });
  }
  const col = (key: string) => `$${columnLetter(colIndex(key))}2`;
  for (const h of highlightsFor(spec, col)) {
    for (const range of ranges(h.key)) {
      const first = Number(/\d+/.exec(range)?.[0] ?? 2);
      const formula = first === 2 ? h.formula : h.formula.replace(/(\$[A-Z]+)2\b/g, `$1${first}`);
      ops.push({ kind: "highlight", sheet, range, formula, style: h.style });
    }
  }
  return ops;
}

/** The last sheet row a table's rules cover for this many used body rows (header in row 1). */
function coverage(usedRows: number): number {
  return 1 + Math.max(usedRows, 1) + VALIDATION_SPARE_ROWS;
}

function validationRule(field: TableSpec["fields"][number]): ValidationRule | undefined {
  if (field.list) return { type: "list", source: listName(field.list) };
  if (field.type === "whole" && field.min !== undefined && field.max !== undefined) {
    return { type: "whole", min: field.min, max: field.max };
  }
  if (field.type === "date" || field.type === "dateTime") return { type: "date" };
  if (field.type === "number") return { type: "decimal", min: 0 };
  return undefined;
}
