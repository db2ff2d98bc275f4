import SharedStringXform from "exceljs/lib/xlsx/xform/strings/shared-string-xform";
import XmlStream from "exceljs/lib/utils/xml-stream";

/** ExcelJS's register of a package's shared strings, once every row has added its texts. */
export interface SharedStrings {
  readonly count: number;
  readonly values: readonly unknown[];
}

/** Strings rendered into one chunk: small, so a chunk's pieces die young (as the sheets' row blocks). */
const BLOCK_STRINGS = 1000;

/**
 * sharedStrings.xml chunk by chunk, each `<si>` by ExcelJS's own serialiser, the same XML ExcelJS's part writer
 * makes in one string: a workbook of 100,000 issues holds over half a million distinct texts, and their XML built
 * whole (an array of millions of pieces joined into one string) took some 400 MB at once.
 */
export function sharedStringsChunks(
  strings: SharedStrings,
  encode: (text: string) => Uint8Array,
): Generator<Uint8Array> {
  // The counts as they are now: the rows' second walk adds every text again.
  const { count } = strings;
  const unique = strings.values.length;
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
    ` count="${String(count)}" uniqueCount="${String(unique)}">`;
  return chunks(head, strings.values, unique, encode);
}

function* chunks(
  head: string,
  values: readonly unknown[],
  unique: number,
  encode: (text: string) => Uint8Array,
): Generator<Uint8Array> {
  yield encode(head);
  const si = new SharedStringXform();
  for (let at = 0; at < unique; at += BLOCK_STRINGS) {
    const xml = new XmlStream();
    for (const value of values.slice(at, Math.min(at + BLOCK_STRINGS, unique))) si.render(xml, value);
    yield encode(xml.xml);
  }
  yield encode("</sst>");
}
