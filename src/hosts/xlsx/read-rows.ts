import JSZip from "jszip";
import { ChunkStream } from "./chunk-stream";
import { readCellFormats } from "./cell-formats";
import { resolveTarget } from "./part-paths";
import { SheetRows, StylePalette, type StoredError } from "./row-store";
import { KeptStrings, readSharedStrings, SHARED_STRINGS_PART } from "./shared-strings-read";
import { readWorksheet } from "./sheet-rows-read";

/** A package's worksheets read into the row store, and the package ExcelJS loads for the rest. */
export interface ReadRows {
  /** The rows the store holds, by sheet name (every worksheet has an entry, empty when ExcelJS holds all its rows). */
  readonly rows: ReadonlyMap<string, SheetRows>;
  readonly palette: StylePalette;
  /** Each sheet's manual row breaks (rows a page ends after), which ExcelJS 4.4 does not read. */
  readonly rowBreaks: ReadonlyMap<string, readonly number[]>;
  /** The same package without the rows in `rows`; the package itself when no row was taken. */
  readonly data: ArrayBuffer | Uint8Array;
}

const WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Each worksheet's part, by the sheet's name, from workbook.xml and its relationships. */
async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const rel of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(rel, "Id");
    const target = attr(rel, "Target");
    if (id && target && attr(rel, "Type") === WORKSHEET) targets.set(id, resolveTarget("xl/workbook.xml", target));
  }
  const parts = new Map<string, string>();
  for (const sheet of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(sheet, "name");
    const part = targets.get(attr(sheet, "r:id") ?? "");
    if (name !== undefined && part) parts.set(unescapeXml(name), part);
  }
  return parts;
}

/** A part's content as JSZip takes it: pulled chunk by chunk in Node, joined where JSZip takes no stream. */
function partContent(chunks: Uint8Array[]): Uint8Array {
  if (typeof Buffer !== "undefined") return new ChunkStream(chunks.values()) as unknown as Uint8Array;
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/**
 * Reads every worksheet of a package chunk by chunk into the row store: plain rows (text, numbers, booleans, errors,
 * plain formulas with their cached results, their formats) become StoredRows; the rest stay in the package handed
 * to ExcelJS, which no longer holds the store's rows. No sheet is ever one string.
 */
export async function readRows(data: ArrayBuffer | Uint8Array): Promise<ReadRows> {
  const zip = await JSZip.loadAsync(data);
  const palette = new StylePalette();
  const shared = await readSharedStrings(zip);
  const kept = new KeptStrings(shared);
  const formats = await readCellFormats(zip, palette);
  const interned = new Map<string, string>();
  const errors = new Map<string, StoredError>();
  const rows = new Map<string, SheetRows>();
  const rowBreaks = new Map<string, number[]>();
  let changed = false;
  for (const [sheet, part] of await worksheetParts(zip)) {
    const read = await readWorksheet(zip, part, { strings: shared.texts, kept, formats, interned, errors });
    if (read.found.rowBreaks.length > 0) rowBreaks.set(sheet, read.found.rowBreaks);
    rows.set(sheet, read.rows);
    if (read.stripped) {
      zip.file(part, partContent(read.stripped));
      changed = true;
    }
  }
  if (changed && shared.present) zip.file(SHARED_STRINGS_PART, kept.xml());
  // Deflated as it came: the parts left as they were keep their compressed bytes.
  return {
    rows,
    palette,
    rowBreaks,
    data: changed ? await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : data,
  };
}
