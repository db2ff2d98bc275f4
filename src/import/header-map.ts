/**
 * Which source column feeds which field (issue 3 item 2). A header names a field by its zh or en label, a
 * synonym (header-synonyms.ts), or either of these behind a question number (`1、响应速度`, `Q1. 响应速度`,
 * `第1题`) or a question text (`请评价—响应速度`, `满意度(1-5分)`). A header may span two rows, as a hand-typed
 * sheet with merged header cells does: a blank top cell continues the group to its left. Columns that name no
 * field are kept as extra columns, never dropped.
 */
import { IMPORT_REF_FIELD } from "../domain/schema/import-ref";
import type { CellValue, TableSpec } from "../domain/schema/types";
import { HEADER_SYNONYMS, SUBMITTED_STANDS_FOR, SURVEY_META } from "./header-synonyms";
import { columnLabel, headerText, isBlankCell, isBlankRow } from "./text-cells";

export type ColumnTarget =
  | { readonly kind: "field"; readonly key: string }
  /** A calculated column: the sheet computes it, so the source's values are not written. */
  | { readonly kind: "calculated"; readonly key: string }
  /** Kept as an extra column; `meta` for a survey tool's own column (序号, 来自IP …). */
  | { readonly kind: "extra"; readonly meta: boolean };

export interface SourceColumn {
  /** 0-based column of the source. */
  readonly index: number;
  /** The header as read (both rows of a two-row header); blank for a column with data but no header. */
  readonly header: string;
  /** The header with its column letter, for problems: `服务日期 (F)`. */
  readonly label: string;
  readonly target: ColumnTarget;
}

export interface HeaderMap {
  /** 0-based rows that make up the header (one or two). */
  readonly headerRows: readonly number[];
  /** 0-based first row below the header. */
  readonly firstDataRow: number;
  readonly columns: readonly SourceColumn[];
  /** Headers that name one field over two or more columns (labels, the one used first). */
  readonly duplicates: readonly DuplicateHeader[];
}

export interface DuplicateHeader {
  readonly header: string;
  /** The columns' labels; the first one feeds the field, the others are kept as extra columns. */
  readonly columns: readonly string[];
}

type Hit = { kind: "field" | "calculated"; key: string } | { kind: "meta"; submitted: boolean };

/** How far down a header is looked for (title rows above it are skipped). */
const HEADER_SEARCH_ROWS = 20;

/** NFKC, lower case, no white space, no required-field marks (`*`, `(必填)`), trailing colons or question marks. */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/\(必填\)|\*|[:?]$/g, "");
}

const QUESTION_PREFIX = /^(?:第\d+题|q\d+|\(\d+\)|\d+(?=[.、:)_-]))[.、:)_-]*/;
const TRAILING_BRACKETS = /(?:\([^()]*\)|\[[^\]]*\]|【[^】]*】)+$/;
const BRACKETED = /\(([^()]+)\)|\[([^\]]+)\]|【([^】]+)】/g;

/** The readings of a header, most literal first. */
function variants(header: string): string[] {
  const n0 = normalizeHeader(header);
  const n1 = n0.replace(QUESTION_PREFIX, "");
  const n2 = n1.replace(TRAILING_BRACKETS, "");
  const n3 = n2.split(/[—–\-_:|/]/).pop() ?? "";
  const inner = [...n1.matchAll(BRACKETED)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
  return [...new Set([n0, n1, n2, n3, ...inner])].filter((v) => v !== "");
}

/** Every word that names something in this table: labels first, then synonyms, then survey columns. */
export function headerIndex(spec: TableSpec): ReadonlyMap<string, Hit> {
  const index = new Map<string, Hit>();
  const add = (word: string, hit: Hit) => {
    const key = normalizeHeader(word);
    if (key !== "" && !index.has(key)) index.set(key, hit);
  };
  for (const f of spec.fields) {
    // The import writes its own reference; a source's 导入来源 column is the user's data, kept as an extra column.
    if (f.key === IMPORT_REF_FIELD.key) continue;
    const hit: Hit = { kind: f.type === "formula" ? "calculated" : "field", key: f.key };
    add(f.zh, hit);
    add(f.en, hit);
  }
  const synonyms = HEADER_SYNONYMS[spec.key];
  for (const f of spec.fields) {
    for (const word of synonyms[f.key] ?? []) add(word, { kind: "field", key: f.key });
  }
  for (const word of SURVEY_META.submitted) add(word, { kind: "meta", submitted: true });
  for (const word of SURVEY_META.other) add(word, { kind: "meta", submitted: false });
  return index;
}

function lookup(index: ReadonlyMap<string, Hit>, header: string): Hit | undefined {
  for (const v of variants(header)) {
    const hit = index.get(v);
    if (hit) return hit;
  }
  return undefined;
}

/** One column's header readings: the display text and the texts to try, in order (`second`: uses row two). */
interface HeaderCell {
  readonly display: string;
  readonly tries: readonly { readonly text: string; readonly second: boolean }[];
}

function singleRowCells(row: readonly CellValue[], width: number): HeaderCell[] {
  return Array.from({ length: width }, (_, c) => {
    const h = headerText(row[c]);
    return { display: h, tries: h === "" ? [] : [{ text: h, second: false }] };
  });
}

/** Two header rows: a blank top cell continues the merged group to its left; a blank bottom cell means the top
 * cell spans both rows. */
function twoRowCells(top: readonly CellValue[], bottom: readonly CellValue[], width: number): HeaderCell[] {
  let group = "";
  return Array.from({ length: width }, (_, c) => {
    const t = headerText(top[c]);
    const b = headerText(bottom[c]);
    if (t !== "") group = t;
    const joined = group !== "" && b !== "" ? `${group}-${b}` : "";
    const display = b === "" ? t : group === "" || group === b ? b : joined;
    const tries = [
      { text: b, second: true },
      { text: t, second: false },
      { text: joined, second: true },
    ];
    return { display, tries: tries.filter((x) => x.text !== "") };
  });
}

interface Mapped {
  readonly targets: ColumnTarget[];
  readonly headers: string[];
  readonly score: number;
  /** Columns whose field was found only through the second header row. */
  readonly fromSecondRow: number;
}

function assign(cells: readonly HeaderCell[], index: ReadonlyMap<string, Hit>): Mapped {
  const used = new Set<string>();
  const targets: ColumnTarget[] = [];
  const headers: string[] = [];
  let score = 0;
  let fromSecondRow = 0;
  for (const cell of cells) {
    let target: ColumnTarget = { kind: "extra", meta: false };
    let header = cell.display;
    for (const t of cell.tries) {
      const hit = lookup(index, t.text);
      if (!hit) continue;
      if (hit.kind === "meta") {
        target = { kind: "extra", meta: true };
        header = t.text;
        break;
      }
      if (used.has(hit.key)) continue;
      used.add(hit.key);
      target = { kind: hit.kind, key: hit.key };
      header = t.text;
      score++;
      if (t.second) fromSecondRow++;
      break;
    }
    targets.push(target);
    headers.push(header);
  }
  return { targets, headers, score, fromSecondRow };
}

/**
 * The header of a source: of the first 20 non-blank rows, the row (or pair of rows) that names the most fields of
 * the table; a pair only when its second row adds at least two fields and half of its cells name one.
 * Undefined when no row names a field.
 */
export function mapHeaders(
  spec: TableSpec,
  rows: readonly (readonly CellValue[])[],
  lastFilled: readonly number[] = lastFilledRows(rows),
): HeaderMap | undefined {
  const index = headerIndex(spec);
  const width = Math.max(0, ...rows.slice(0, HEADER_SEARCH_ROWS * 4).map((r) => r.length));
  const candidates = rows
    .map((_, i) => i)
    .filter((i) => !isBlankRow(rows[i]))
    .slice(0, HEADER_SEARCH_ROWS);
  let best: { rows: number[]; mapped: Mapped } | undefined;
  for (const i of candidates) {
    const single = assign(singleRowCells(rows[i] ?? [], width), index);
    if (!best || single.score > best.mapped.score) best = { rows: [i], mapped: single };
    const next = rows[i + 1];
    if (next === undefined || isBlankRow(next)) continue;
    const pair = assign(twoRowCells(rows[i] ?? [], next, width), index);
    const nonBlank = next.filter((v) => !isBlankCell(v)).length;
    const continues = pair.fromSecondRow >= 2 && pair.fromSecondRow * 2 >= nonBlank;
    if (continues && pair.score > best.mapped.score) best = { rows: [i, i + 1], mapped: pair };
  }
  if (!best || best.mapped.score === 0) return undefined;
  const firstDataRow = (best.rows[best.rows.length - 1] ?? 0) + 1;
  const hasData = lastFilled.map((last) => last >= firstDataRow);
  const { columns, duplicates } = columnsOf(spec, best.mapped, hasData, index);
  return { headerRows: best.rows, firstDataRow, columns, duplicates };
}

/**
 * Whether `rows` (a source's first rows) hold every row `mapHeaders` looks at: the rows its width is taken from, and
 * the first 20 non-blank rows with the row after each.
 */
export function hasHeaderRows(rows: readonly (readonly CellValue[])[]): boolean {
  if (rows.length < HEADER_SEARCH_ROWS * 4) return false;
  let nonBlank = 0;
  for (const row of rows) if (!isBlankRow(row) && ++nonBlank > HEADER_SEARCH_ROWS) return true;
  return false;
}

/** By column, the last row holding a value, -1 for none. */
function lastFilledRows(rows: readonly (readonly CellValue[])[]): number[] {
  const last: number[] = [];
  rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (!isBlankCell(v)) last[c] = r;
    });
  });
  return Array.from(last, (r) => r ?? -1);
}

function columnsOf(
  spec: TableSpec,
  mapped: Mapped,
  hasData: readonly boolean[],
  index: ReadonlyMap<string, Hit>,
): { columns: SourceColumn[]; duplicates: DuplicateHeader[] } {
  const width = Math.max(mapped.targets.length, hasData.length);
  const columns: SourceColumn[] = [];
  for (let c = 0; c < width; c++) {
    const header = mapped.headers[c] ?? "";
    const target = mapped.targets[c] ?? { kind: "extra", meta: false };
    if (header === "" && !hasData[c]) continue;
    columns.push({ index: c, header, label: columnLabel(header, c), target });
  }
  const duplicates = preferColumnsWithData(columns, hasData, index);
  return { columns: withSubmittedFallback(spec, columns, index), duplicates };
}

/**
 * Columns whose header names a field another column already feeds. When the column feeding it has no data and a
 * duplicate has, the duplicate feeds the field instead (an export's blank template column must not win), and the
 * columns are named so the preview can show them.
 */
function preferColumnsWithData(
  columns: SourceColumn[],
  hasData: readonly boolean[],
  index: ReadonlyMap<string, Hit>,
): DuplicateHeader[] {
  const byKey = new Map<string, number[]>();
  columns.forEach((column, at) => {
    const hit = column.header === "" ? undefined : lookup(index, column.header);
    if (hit?.kind !== "field" && hit?.kind !== "calculated") return;
    const fed = column.target.kind === "field" || column.target.kind === "calculated";
    if (fed && column.target.key !== hit.key) return;
    if (!fed && column.target.kind === "extra" && column.target.meta) return;
    byKey.set(hit.key, [...(byKey.get(hit.key) ?? []), at]);
  });
  const duplicates: DuplicateHeader[] = [];
  for (const ats of byKey.values()) {
    if (ats.length < 2) continue;
    const fedAt = ats.find((at) => columns[at]?.target.kind !== "extra");
    const fed = fedAt === undefined ? undefined : columns[fedAt];
    const withData = ats.find((at) => hasData[columns[at]?.index ?? -1] === true);
    if (fed && fedAt !== undefined && withData !== undefined && withData !== fedAt && !hasData[fed.index]) {
      const other = columns[withData];
      if (other) {
        columns[withData] = { ...other, target: fed.target };
        columns[fedAt] = { ...fed, target: { kind: "extra", meta: false } };
      }
    }
    const order = [...ats].sort(
      (a, b) => (columns[a]?.target.kind === "extra" ? 1 : 0) - (columns[b]?.target.kind === "extra" ? 1 : 0),
    );
    duplicates.push({
      header: columns[ats[0] ?? 0]?.header ?? "",
      columns: order.map((at) => columns[at]?.label ?? ""),
    });
  }
  return duplicates;
}

/** A survey's submission time stands for the table's date when no column names that date (header-synonyms.ts). */
function withSubmittedFallback(
  spec: TableSpec,
  columns: SourceColumn[],
  index: ReadonlyMap<string, Hit>,
): SourceColumn[] {
  const key = SUBMITTED_STANDS_FOR[spec.key];
  if (key === undefined || columns.some((c) => c.target.kind === "field" && c.target.key === key)) return columns;
  const at = columns.findIndex((c) => {
    const hit = c.target.kind === "extra" && c.target.meta ? lookup(index, c.header) : undefined;
    return hit?.kind === "meta" && hit.submitted;
  });
  const column = columns[at];
  if (!column) return columns;
  const copy = [...columns];
  copy[at] = { ...column, target: { kind: "field", key } };
  return copy;
}
