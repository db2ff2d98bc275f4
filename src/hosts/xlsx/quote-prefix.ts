import ExcelJS from "exceljs";

/**
 * Excel's quote prefix on stored text that begins with = + - @ tab or CR (DOMAIN.md §4.5: imported text is never a
 * formula). Such a cell is already text in the file, but without the prefix a user who clicks into it and presses
 * Enter turns it into a live formula. Excel marks the cell's format (a cellXfs `<xf quotePrefix="1">`); ExcelJS
 * 4.4 neither reads nor writes that attribute, so the package writer (streamed-package.ts) gives every text cell
 * whose text starts with one of those characters a copy of its format with quotePrefix="1" as it writes the cell.
 * Marking every such cell, not only the ones an operation wrote, keeps the prefix Excel had put on the user's own
 * cells, which ExcelJS dropped when it read them.
 */

const RISKY_START = /^[=+\-@\t\r]/;

/** A cell as ExcelJS's row model holds it while the package is written. */
export interface CellModel {
  type: number;
  value?: unknown;
  text?: unknown;
  styleId?: number;
}

const { ValueType } = ExcelJS;

const richText = (v: unknown): string | undefined =>
  v !== null && typeof v === "object" && "richText" in v && Array.isArray(v.richText)
    ? v.richText.map((r: { text?: unknown }) => String(r.text ?? "")).join("")
    : undefined;

/** The stored text of a text cell (string, rich text, a link's text); undefined for any other cell. */
function storedText(cell: CellModel): string | undefined {
  switch (cell.type) {
    // ExcelJS models rich text as a String cell whose value holds the runs.
    case ValueType.String:
    case ValueType.RichText:
      return typeof cell.value === "string" ? cell.value : richText(cell.value);
    case ValueType.Hyperlink:
      return typeof cell.text === "string" ? cell.text : richText(cell.text);
    default:
      return undefined;
  }
}

/** Whether a cell holds text that begins like a formula, so it needs the quote prefix. */
export function needsQuotePrefix(cell: CellModel): boolean {
  const text = storedText(cell);
  return text !== undefined && isRiskyText(text);
}

/** Whether a stored text begins like a formula (= + - @ tab CR). */
export function isRiskyText(text: string): boolean {
  return RISKY_START.test(text);
}

/**
 * The cellXfs of a styles part, with quote-prefixed copies added at its end (so every existing format keeps its
 * index).
 */
class PrefixedStyles {
  private readonly xfs: string[];
  private readonly copies = new Map<number, number>();
  private readonly block: RegExpExecArray | null;

  constructor(private readonly source: string) {
    this.block = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(source);
    this.xfs = [...(this.block?.[1] ?? "").matchAll(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)].map((m) => m[0]);
  }

  get changed(): boolean {
    return this.copies.size > 0;
  }

  /** The index of a format like `index` with the quote prefix (itself when it has it already). */
  prefixed(index: number): number {
    const xf = this.xfs[index] ?? this.xfs[0];
    if (xf === undefined) return index;
    if (/\bquotePrefix="(1|true)"/.test(xf)) return index;
    const known = this.copies.get(index);
    if (known !== undefined) return known;
    const copy = xf.replace(/\squotePrefix="[^"]*"/, "").replace(/^<xf\b/, '<xf quotePrefix="1"');
    this.xfs.push(copy);
    this.copies.set(index, this.xfs.length - 1);
    return this.xfs.length - 1;
  }

  xml(): string {
    if (!this.block) return this.source;
    const block = `<cellXfs count="${String(this.xfs.length)}">${this.xfs.join("")}</cellXfs>`;
    return this.source.replace(this.block[0], block);
  }
}

/**
 * Adds a quote-prefixed copy of each of `styles` (cellXfs indexes) to the package's styles part.
 * @returns each format's index → its prefixed copy's index
 */
export function prefixedStyles(
  stylesXml: string,
  styles: ReadonlySet<number>,
): {
  readonly xml: string;
  readonly copies: ReadonlyMap<number, number>;
} {
  const prefixed = new PrefixedStyles(stylesXml);
  const copies = new Map([...styles].map((s) => [s, prefixed.prefixed(s)]));
  return { xml: prefixed.changed ? prefixed.xml() : stylesXml, copies };
}
