import type ExcelJS from "exceljs";

/** A formula's error result, or an error typed as a value (#N/A, #DIV/0! …). */
export interface StoredError {
  readonly error: string;
}

/** A cell's value as the row store keeps it; a formula cell's value is its cached result. */
export type StoredValue = number | string | boolean | StoredError | undefined;

/**
 * One worksheet row of plain cells, kept compactly instead of as ExcelJS Row and Cell objects: parallel arrays
 * indexed by 0-based column (column A is 0), sparse. A cell exists where its value is defined or its style is not 0.
 * Text is held as the string itself (shared with every other cell of that text); a date is its serial number with a
 * date format. `styles` and `formulas` may be one array shared by many rows (a table's new rows all take their
 * columns' formats and formulas, rows read alike share theirs: RowShapes): such an array is frozen, and whoever
 * writes into one row copies it first.
 */
export interface StoredRow {
  /** The `<row>` element's attributes other than r and spans, as read (` ht="20" customHeight="1"`); "" for none. */
  attrs: string;
  values: StoredValue[];
  /** Index into the workbook's StylePalette; 0 (or a hole) is the default format. */
  styles: number[];
  /** Formulas as the file holds them (post-2007 functions with their `_xlfn.` prefix), without "=". */
  formulas?: (string | undefined)[];
}

/**
 * The rows of one worksheet that the row store holds, by 1-based row number. A row is held either here or by
 * ExcelJS, never by both: rows whose content the store cannot keep (rich text, a link, a note, a merge, a shared or
 * array formula, cell attributes beyond r/s/t) stay ExcelJS rows.
 */
export class SheetRows {
  private readonly rows: (StoredRow | undefined)[] = [];
  private count = 0;

  get(row: number): StoredRow | undefined {
    return this.rows[row - 1];
  }

  set(row: number, value: StoredRow): void {
    if (this.rows[row - 1] === undefined) this.count++;
    this.rows[row - 1] = value;
  }

  delete(row: number): void {
    if (this.rows[row - 1] === undefined) return;
    this.count--;
    this.rows[row - 1] = undefined;
  }

  get size(): number {
    return this.count;
  }

  /** The last row number held, 0 when none. */
  get lastRow(): number {
    for (let r = this.rows.length; r > 0; r--) if (this.rows[r - 1] !== undefined) return r;
    return 0;
  }

  /** Held rows in row order. */
  *entries(): Generator<[number, StoredRow]> {
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i];
      if (row !== undefined) yield [i + 1, row];
    }
  }
}

/** Distinct format and formula arrays a RowShapes keeps for sharing: past this, rows keep their own. */
const MAX_SHAPES = 10_000;

/**
 * Makes rows as they are read small to hold: a row's formats and formulas become one frozen array shared by every
 * row with the same (a table's rows mostly have), and its values an array of its own length. An array grown cell by
 * cell keeps spare room (a 21-cell row: 40 slots), and each row had its own formats and formulas arrays: a row of
 * the demo workbook took 1.3 KB once read, 0.6 KB (its texts included) with its arrays shared and trimmed.
 */
export class RowShapes {
  private readonly styles = new Shared<number>((a) => a.join(","));
  private readonly formulas = new Shared<string | undefined>((a) => JSON.stringify(a));

  compact(row: StoredRow): StoredRow {
    row.values = row.values.slice();
    row.styles = this.styles.of(row.styles) as number[];
    if (row.formulas) row.formulas = this.formulas.of(row.formulas) as (string | undefined)[];
    return row;
  }
}

/** Frozen arrays by content; the last one given is checked first, as the rows of a table come one after another. */
class Shared<T> {
  private readonly known = new Map<string, readonly T[]>();
  private last: readonly T[] = Object.freeze([]);

  constructor(private readonly keyOf: (array: readonly T[]) => string) {}

  of(array: readonly T[]): readonly T[] {
    if (sameCells(array, this.last)) return this.last;
    const key = this.keyOf(array);
    const found = this.known.get(key);
    if (found) return (this.last = found);
    if (this.known.size >= MAX_SHAPES) return array.slice();
    const frozen = Object.freeze(array.slice());
    this.known.set(key, frozen);
    return (this.last = frozen);
  }
}

function sameCells<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A style as ExcelJS models it (numFmt, font, fill, border, alignment, protection). */
export type StyleModel = Partial<ExcelJS.Style>;

/**
 * The formats the row store's cells use, each kept once: index 0 is the default format. A package's cellXfs map onto
 * it as it is read; the writer registers each entry with ExcelJS's styles once and writes the index it gets.
 */
export class StylePalette {
  private readonly styles: StyleModel[] = [{}];
  private readonly index = new Map<string, number>([["{}", 0]]);

  add(style: StyleModel | undefined): number {
    if (style === undefined) return 0;
    const key = JSON.stringify(style);
    const known = this.index.get(key);
    if (known !== undefined) return known;
    this.styles.push(style);
    this.index.set(key, this.styles.length - 1);
    return this.styles.length - 1;
  }

  get(index: number): StyleModel {
    return this.styles[index] ?? {};
  }

  get size(): number {
    return this.styles.length;
  }
}
