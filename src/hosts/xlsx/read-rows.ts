import JSZip from "jszip";
import { partContent } from "./chunk-stream";
import { readCellFormats } from "./cell-formats";
import { RowShapes, SheetRows, StylePalette, type StoredError } from "./row-store";
import { KeptStrings, readSharedStrings, SHARED_STRINGS_PART } from "./shared-strings-read";
import { readWorksheet } from "./sheet-rows-read";
import { worksheetParts } from "./xml-text";

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
  const shapes = new RowShapes();
  const rows = new Map<string, SheetRows>();
  const rowBreaks = new Map<string, number[]>();
  let changed = false;
  for (const [sheet, part] of await worksheetParts(zip)) {
    const read = await readWorksheet(zip, part, { strings: shared.texts, kept, formats, interned, errors, shapes });
    if (read.found.rowBreaks.length > 0) rowBreaks.set(sheet, read.found.rowBreaks);
    rows.set(sheet, read.rows);
    if (read.stripped) {
      zip.file(part, partContent(read.stripped.values()));
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
