import type JSZip from "jszip";
import { dateSerial, type CellFormats } from "./cell-formats";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { readPartText } from "./part-text";
import { type RowShapes, SheetRows, type StoredError, type StoredRow, type StoredValue } from "./row-store";
import type { KeptStrings } from "./shared-strings-read";
import { marksParser, readCommentMarks, SheetMarks } from "./sheet-marks";
import { SheetSplitter } from "./sheet-split";
import { attributesXml, serialise } from "./xml-events";

/** What the cells of a workbook's worksheets are read against. */
export interface WorkbookSources {
  /** Shared strings by index; undefined for one the store does not keep (shared-strings-read.ts). */
  readonly strings: readonly (string | undefined)[];
  /** The shared strings of the rows left to ExcelJS, renumbered. */
  readonly kept: KeptStrings;
  readonly formats: CellFormats;
  /** One string per distinct formula, formula text result and row attributes: the rows of a table repeat them. */
  readonly interned: Map<string, string>;
  readonly errors: Map<string, StoredError>;
  /** Shares the rows' format and formula arrays and trims their values (row-store.ts). */
  readonly shapes: RowShapes;
}

/** What one worksheet's cells are read against: the workbook's, and the rows known to stay ExcelJS's. */
interface RowSources extends WorkbookSources {
  readonly marks: SheetMarks;
  /** Every row stays ExcelJS's (a sheet whose rows are not all numbered, in order). */
  readonly keepAll?: boolean;
}

/** A worksheet's plain rows, and its part without them (undefined for a sheet without rows: it stays as it was). */
export interface SheetRead {
  readonly rows: SheetRows;
  readonly stripped?: Uint8Array[];
  /** Some row is not numbered, or not in order: the sheet must be read again with every row left to ExcelJS. */
  readonly unnumbered?: boolean;
  /** The links, merges and row breaks found after the rows. */
  readonly found: SheetMarks;
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** 0-based column of a cell reference in row `row` (`AB7` in row 7 → 27), or -1 when it is not one. */
function columnOf(ref: string | undefined, row: number): number {
  if (ref === undefined) return -1;
  let col = 0;
  let at = 0;
  for (; at < ref.length && at < 3; at++) {
    const code = ref.charCodeAt(at);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return at > 0 && indexOf(ref.slice(at)) === row ? col - 1 : -1;
}

/** A non-negative integer written in decimal digits, or -1 (where ExcelJS would not read the same number). */
function indexOf(text: string): number {
  if (text.length === 0 || text.length > 15) return -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
  }
  return Number(text);
}

/** Whether a boolean attribute is off (xsd:boolean false). */
const isOff = (value: string | undefined): boolean => value === "false" || value === "0";

/** Whether a tag has no attributes but those named. */
function onlyAttributes(tag: SaxesTagPlain, a: string, b = a, c = a): boolean {
  for (const name in tag.attributes) if (name !== a && name !== b && name !== c) return false;
  return true;
}

const CELL_TYPES = new Set([undefined, "n", "s", "str", "inlineStr", "b", "e"]);

/** The cell being read: its attributes and the text of its children. */
interface CellRead {
  col: number;
  t: string | undefined;
  s: number;
  f?: string;
  fOpen?: boolean;
  v?: string;
  inline?: string;
  isOpen?: boolean;
  into?: "f" | "v" | "t";
}

/** UTF-8 bytes of a text: TextEncoder where there is one, Node's Buffer in a test DOM without it (jsdom). */
const utf8 = (text: string): Uint8Array =>
  typeof TextEncoder === "undefined" ? Buffer.from(text, "utf8") : new TextEncoder().encode(text);

/** Encodes text as it is produced, in chunks of about 64 KB, so the stripped part is never one string. */
class ChunkWriter {
  readonly chunks: Uint8Array[] = [];
  private pending: string[] = [];
  private size = 0;

  write(text: string): void {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= 65536) this.flush();
  }

  flush(): void {
    if (this.size === 0) return;
    this.chunks.push(utf8(this.pending.join("")));
    this.pending = [];
    this.size = 0;
  }
}

/**
 * Reads a worksheet part chunk by chunk (saxes, raw names): each row whose cells the row store can keep becomes a
 * StoredRow; every other row (rich text, a date-typed or shared/array formula cell, cell attributes beyond r/s/t,
 * a row format, a marked row, anything not understood) is written back, as it was, into the part handed to ExcelJS.
 * A sheet whose rows do not all carry their number, in order, is left to ExcelJS whole.
 */
async function readSheetRows(zip: JSZip, part: string, sources: RowSources): Promise<SheetRead> {
  const { strings, kept, formats, marks, interned, errors, keepAll, shapes } = sources;
  const rows = new SheetRows();
  const out = new ChunkWriter();
  const parser = new SaxesParser({ xmlns: false });
  const intern = (text: string) => {
    const known = interned.get(text);
    if (known !== undefined) return known;
    interned.set(text, text);
    return text;
  };
  const errorOf = (code: string) => {
    let error = errors.get(code);
    if (!error) errors.set(code, (error = Object.freeze({ error: code })));
    return error;
  };

  let depth = 0;
  let events: (SaxesTagPlain | string)[] = [];
  let exotic = false;
  let unnumbered = false;
  let lastRow = 0;
  let lastCol = -1;
  let rowNumber = 0;
  let row: StoredRow | undefined;
  let cell: CellRead | undefined;

  const openRow = (tag: SaxesTagPlain) => {
    const { r, s, customFormat } = tag.attributes;
    rowNumber = r === undefined ? 0 : Math.max(0, indexOf(r));
    // A row without its number, or out of order, would be numbered by its place among ExcelJS's rows.
    if (rowNumber <= lastRow) unnumbered = true;
    lastCol = -1;
    // LibreOffice writes customFormat="false" on every row: a row format only counts when it is switched on.
    const formatted = s !== undefined || (customFormat !== undefined && !isOff(customFormat));
    if (unnumbered || keepAll || formatted || marks.has(rowNumber)) {
      exotic = true;
      return;
    }
    row = { attrs: intern(attributesXml(tag, ["r", "spans"])), values: [], styles: [] };
  };

  const openCell = (tag: SaxesTagPlain) => {
    const { r, s, t } = tag.attributes;
    const col = columnOf(r, rowNumber);
    const style = s === undefined ? 0 : indexOf(s);
    if (col <= lastCol || style < 0 || !CELL_TYPES.has(t) || !onlyAttributes(tag, "r", "s", "t")) {
      exotic = true;
      return;
    }
    lastCol = col;
    cell = { col, t, s: style };
  };

  const openInCell = (tag: SaxesTagPlain, name: string) => {
    const c = cell;
    // LibreOffice writes aca="false" (the default: not an always-calculated array) on every formula.
    const bare = onlyAttributes(tag, "") || (name === "f" && onlyAttributes(tag, "aca") && isOff(tag.attributes.aca));
    if (!c || !bare || (name !== "f" && name !== "v" && name !== "is")) exotic = true;
    else if (name === "f" && !c.fOpen) c.fOpen = true;
    else if (name === "is" && !c.isOpen) c.isOpen = true;
    else if (name === "v" && c.v === undefined) c.v = "";
    else {
      exotic = true;
      return;
    }
    if (c && !exotic && name !== "is") c.into = name as "f" | "v";
  };

  const value = (c: CellRead): StoredValue | null => {
    const v = c.v === "" ? undefined : c.v;
    if (c.fOpen) {
      if (!c.f || c.isOpen || c.t === "s" || c.t === "inlineStr") return null;
      if (v === undefined) return undefined;
      if (c.t === "str") return intern(v);
      if (c.t === "b") return parseInt(v, 10) !== 0;
      if (c.t === "e") return errorOf(v);
      return numberOf(v);
    }
    if (c.t === "inlineStr") return v === undefined ? c.inline : null;
    if (c.isOpen || v === undefined) return c.isOpen ? null : undefined;
    switch (c.t) {
      case "s":
        return strings[indexOf(v)] ?? null;
      case "str":
        return v;
      case "b":
        return parseInt(v, 10) !== 0;
      case "e":
        return errorOf(v);
      default:
        return numberOf(v);
    }
  };

  const closeCell = () => {
    const c = cell;
    cell = undefined;
    if (!c || !row) return;
    const v = value(c);
    if (v === null) {
      exotic = true;
      return;
    }
    if (v !== undefined) row.values[c.col] = typeof v === "number" && formats.isDate(c.s) ? dateSerial(v) : v;
    const style = formats.index(c.s);
    if (style !== 0) row.styles[c.col] = style;
    if (c.f !== undefined) (row.formulas ??= [])[c.col] = intern(c.f);
  };

  parser.on("opentag", (tag) => {
    depth++;
    if (depth < 2) return;
    events.push(tag);
    if (exotic) return;
    const name = localName(tag.name);
    if (depth === 2) {
      if (name === "row") openRow(tag);
      else exotic = true;
    } else if (depth === 3) {
      if (name === "c") openCell(tag);
      else exotic = true;
    } else if (depth === 4) openInCell(tag, name);
    else if (depth === 5 && name === "t" && cell?.isOpen && cell.inline === undefined) {
      if (onlyAttributes(tag, "xml:space")) {
        cell.inline = "";
        cell.into = "t";
      } else exotic = true;
    } else exotic = true;
  });

  const onText = (text: string) => {
    if (depth < 2) return;
    events.push(text);
    if (exotic) return;
    const c = cell;
    if (c?.into === "f") c.f = (c.f ?? "") + text;
    else if (c?.into === "v") c.v = (c.v ?? "") + text;
    else if (c?.into === "t") c.inline = (c.inline ?? "") + text;
    else if (text.trim() !== "") exotic = true;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);

  parser.on("closetag", (tag) => {
    if (depth >= 2) events.push(tag);
    if (!exotic) {
      if (depth === 3) closeCell();
      else if (depth >= 4 && cell) cell.into = undefined;
    }
    if (depth === 2) {
      any = true;
      if (exotic || !row) out.write(serialise(withKeptStrings(events, kept)));
      else rows.set(rowNumber, shapes.compact(row));
      if (rowNumber > lastRow) lastRow = rowNumber;
      events = [];
      exotic = false;
      row = undefined;
      cell = undefined;
    }
    depth--;
  });

  const found = new SheetMarks();
  const outside = marksParser(found);
  const around = (text: string) => {
    out.write(text);
    outside.write(text);
  };
  let started = false;
  let any = false;
  const split = new SheetSplitter({
    head: around,
    rows: (text) => {
      if (!started) parser.write("<d>");
      started = true;
      parser.write(text);
    },
    tail: around,
  });
  try {
    if (!(await readPartText(zip, part, (chunk) => split.write(chunk)))) return { rows, found };
    split.end();
    if (started) parser.write("</d>").close();
    outside.close();
  } catch (cause) {
    throw new Error(`${part}: not a readable worksheet (${cause instanceof Error ? cause.message : String(cause)})`, {
      cause,
    });
  }
  if (unnumbered && !keepAll) return { rows: new SheetRows(), found, unnumbered };
  if (!any) return { rows, found };
  out.flush();
  return { rows, stripped: out.chunks, found };
}

function numberOf(v: string): number | null {
  const n = parseFloat(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads a worksheet part into the row store (readSheetRows), its notes' rows known first. Links and merges come
 * after the rows: a sheet with one on a row the store took is read again, knowing them.
 */
export async function readWorksheet(zip: JSZip, part: string, sources: WorkbookSources): Promise<SheetRead> {
  const marks = await readCommentMarks(zip, part);
  const read = await readSheetRows(zip, part, { ...sources, marks });
  if (read.unnumbered) return readSheetRows(zip, part, { ...sources, marks, keepAll: true });
  if (!read.found.coversAny(read.rows)) return read;
  marks.add(read.found);
  return readSheetRows(zip, part, { ...sources, marks });
}

/** A row's events with each shared string cell's index (`<c t="s"><v>`) numbered as in the kept strings. */
function withKeptStrings(events: (SaxesTagPlain | string)[], kept: KeptStrings): (SaxesTagPlain | string)[] {
  const out: (SaxesTagPlain | string)[] = [];
  let shared: SaxesTagPlain | undefined;
  let value: SaxesTagPlain | undefined;
  let text: string | undefined;
  for (const event of events) {
    if (typeof event === "string" && value) {
      text = (text ?? "") + event;
      continue;
    }
    if (event === value) {
      const index = indexOf(text ?? "");
      if (text !== undefined) out.push(index < 0 ? text : String(kept.index(index)));
      value = undefined;
      text = undefined;
    } else if (event === shared) shared = undefined;
    else if (typeof event !== "string") {
      const name = localName(event.name);
      if (name === "c" && event.attributes.t === "s" && !event.isSelfClosing) shared = event;
      else if (name === "v" && shared && !event.isSelfClosing) value = event;
    }
    out.push(event);
  }
  return out;
}
