/** Where a piece of a worksheet's text belongs: before the rows, the rows, or from `</sheetData>` on. */
export interface SheetPieces {
  /** Everything up to and including the `<sheetData>` start tag (or all of a part that has none). */
  head(text: string): void;
  /** The content of `<sheetData>`, in pieces that may end anywhere, even inside a tag or a character. */
  rows(text: string): void;
  /** `</sheetData>` and everything after it. */
  tail(text: string): void;
}

const SHEET_DATA = /<((?:[A-Za-z_][\w.-]*:)?)sheetData\b[^>]*?(\/?)>/;

/**
 * Splits a worksheet's text, as it arrives chunk by chunk, at its `<sheetData>` element without parsing the rows: a
 * `<` in text or an attribute value is always escaped, so the element's end tag can only be the end tag.
 */
export class SheetSplitter {
  private phase: "head" | "rows" | "tail" = "head";
  private pending = "";
  private close = "";

  constructor(private readonly to: SheetPieces) {}

  /** Whether the part has a `<sheetData>` with content (false until its start tag has been seen). */
  get hasRows(): boolean {
    return this.close !== "";
  }

  write(chunk: string): void {
    const text = this.pending + chunk;
    this.pending = "";
    if (this.phase === "tail") return this.to.tail(text);
    if (this.phase === "head") return this.head(text);
    this.inRows(text);
  }

  end(): void {
    const rest = this.pending;
    this.pending = "";
    if (this.phase === "head") this.to.head(rest);
    else if (this.phase === "rows") this.to.rows(rest);
  }

  private head(text: string): void {
    const start = SHEET_DATA.exec(text);
    if (!start) {
      this.pending = text;
      return;
    }
    const end = start.index + start[0].length;
    this.to.head(text.slice(0, end));
    if (start[2] === "/") {
      this.phase = "tail";
      if (end < text.length) this.to.tail(text.slice(end));
      return;
    }
    this.phase = "rows";
    this.close = `</${start[1] ?? ""}sheetData>`;
    this.inRows(text.slice(end));
  }

  private inRows(text: string): void {
    const at = text.indexOf(this.close);
    if (at >= 0) {
      if (at > 0) this.to.rows(text.slice(0, at));
      this.phase = "tail";
      this.to.tail(text.slice(at));
      return;
    }
    // The end tag may begin in this chunk and end in the next: its possible start is kept back.
    const keep = Math.min(text.length, this.close.length - 1);
    if (text.length > keep) this.to.rows(text.slice(0, text.length - keep));
    this.pending = text.slice(text.length - keep);
  }
}
