import ExcelJS from "exceljs";
import colCache from "exceljs/lib/utils/col-cache";
import { xmlEncode } from "exceljs/lib/utils/utils";
import { isRiskyText } from "./quote-prefix";
import type { StoredRow, StoredValue, StylePalette } from "./row-store";

const { ValueType } = ExcelJS;

/** ExcelJS's registers of a package being written: cell formats (cellXfs) and shared strings. */
export interface Registers {
  styles: { addStyleModel(style: object, cellType: number): number };
  sharedStrings: { add(text: string): number };
}

/**
 * Row store rows as `<row>` XML, built as strings (no XmlStream or model object per cell), the same XML ExcelJS's
 * row and cell serialisers write for the same cells: text as shared strings, a formula with its cached result
 * (t="str", "b" or "e" by the result's type), each cell's format registered with ExcelJS's styles once per
 * (palette entry, cell type), since ExcelJS gives a number without a format "General" and other types none.
 * `register` is the first walk (formats, shared strings, quote prefixes, the row's span), `render` the second.
 */
export class StoredRowXml {
  private readonly styleIds = new Map<number, number>();
  private readonly letters: string[] = [];

  constructor(
    private readonly palette: StylePalette,
    private readonly registers: () => Registers,
  ) {}

  /**
   * Registers a row's formats and texts; notes in `risky` the formats of its text cells that need the quote prefix.
   * @returns the row's first and last column, undefined for a row without cells
   * @throws RangeError naming sheet and cell for a number Excel cannot hold (NaN, ±Infinity)
   */
  register(sheet: string, n: number, row: StoredRow, risky: Set<number>): { min: number; max: number } | undefined {
    const { sharedStrings } = this.registers();
    let min = 0;
    let max = 0;
    const width = widthOf(row);
    for (let i = 0; i < width; i++) {
      const v = row.values[i];
      const f = row.formulas?.[i];
      const s = row.styles[i] ?? 0;
      if (v === undefined && f === undefined && !s) continue;
      if (typeof v === "number" && !Number.isFinite(v)) {
        throw new RangeError(
          `sheet ${sheet} cell ${this.letter(i)}${String(n)}: ${String(v)} is not a number Excel holds`,
        );
      }
      const style = this.styleId(s, typeOf(v));
      if (typeof v === "string" && f === undefined) {
        sharedStrings.add(v);
        if (isRiskyText(v)) risky.add(style);
      }
      if (!min) min = i + 1;
      max = i + 1;
    }
    return min ? { min, max } : undefined;
  }

  /** The row's XML; `quotePrefixed` maps a format to its quote-prefixed copy (quote-prefix.ts). */
  render(n: number, row: StoredRow, quotePrefixed: ReadonlyMap<number, number>): string {
    const { sharedStrings } = this.registers();
    const r = String(n);
    let cells = "";
    let min = 0;
    let max = 0;
    const width = widthOf(row);
    for (let i = 0; i < width; i++) {
      const v = row.values[i];
      const f = row.formulas?.[i];
      const s = row.styles[i] ?? 0;
      if (v === undefined && f === undefined && !s) continue;
      if (!min) min = i + 1;
      max = i + 1;
      let style = this.styleId(s, typeOf(v));
      if (f === undefined && typeof v === "string" && isRiskyText(v)) style = quotePrefixed.get(style) ?? style;
      const head = `<c r="${this.letter(i)}${r}"${style ? ` s="${String(style)}"` : ""}`;
      if (f !== undefined) cells += `${head}${formulaXml(f, v)}</c>`;
      else if (v === undefined) cells += `${head}/>`;
      else if (typeof v === "number") cells += `${head}><v>${String(v)}</v></c>`;
      else if (typeof v === "string") cells += `${head} t="s"><v>${String(sharedStrings.add(v))}</v></c>`;
      else if (typeof v === "boolean") cells += `${head} t="b"><v>${v ? "1" : "0"}</v></c>`;
      else cells += `${head} t="e"><v>${xmlEncode(v.error)}</v></c>`;
    }
    const spans = min ? ` spans="${String(min)}:${String(max)}"` : "";
    return cells ? `<row r="${r}"${spans}${row.attrs}>${cells}</row>` : `<row r="${r}"${row.attrs}/>`;
  }

  /** Whether the row is written at all (cells, or attributes such as a height). */
  static written(row: StoredRow): boolean {
    if (row.attrs !== "") return true;
    const width = widthOf(row);
    for (let i = 0; i < width; i++) {
      if (row.values[i] !== undefined || row.formulas?.[i] !== undefined || row.styles[i]) return true;
    }
    return false;
  }

  private styleId(palette: number, cellType: number): number {
    const key = palette * 16 + cellType;
    const known = this.styleIds.get(key);
    if (known !== undefined) return known;
    // A copy: ExcelJS remembers a style object's first id whatever the cell type it is asked for next.
    const id = this.registers().styles.addStyleModel({ ...this.palette.get(palette) }, cellType);
    this.styleIds.set(key, id);
    return id;
  }

  private letter(i: number): string {
    return (this.letters[i] ??= colCache.n2l(i + 1));
  }
}

const widthOf = (row: StoredRow) => Math.max(row.values.length, row.styles.length, row.formulas?.length ?? 0);

/** The cell type ExcelJS registers a format for: a formula's is its result's. */
function typeOf(v: StoredValue): number {
  if (v === undefined) return ValueType.Null;
  if (typeof v === "number") return ValueType.Number;
  if (typeof v === "string") return ValueType.String;
  if (typeof v === "boolean") return ValueType.Boolean;
  return ValueType.Error;
}

/** A formula and its cached result, with the cell's type attribute (the `<c` is open, unclosed). */
function formulaXml(formula: string, result: StoredValue): string {
  const f = `<f>${xmlEncode(formula)}</f>`;
  if (result === undefined) return `>${f}`;
  if (typeof result === "number") return `>${f}<v>${String(result)}</v>`;
  if (typeof result === "string") return ` t="str">${f}<v>${xmlEncode(result)}</v>`;
  if (typeof result === "boolean") return ` t="b">${f}<v>${result ? "1" : "0"}</v>`;
  return ` t="e">${f}<v>${xmlEncode(result.error)}</v>`;
}
