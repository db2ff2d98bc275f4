import type JSZip from "jszip";
import { SaxesParser } from "saxes";
import { readPartText } from "./part-text";

/** Excel's escape of a character XML cannot hold (`_x000D_`), decoded as ExcelJS decodes a shared string. */
export const decodeExcelEscapes = (text: string): string =>
  text.replace(/_x([0-9A-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/**
 * The workbook's shared strings (xl/sharedStrings.xml, the part ExcelJS reads), read chunk by chunk: each plain
 * string as ExcelJS reads it, undefined for one the row store does not keep (rich text runs, phonetic text, an
 * empty `<si/>`), whose cells stay ExcelJS's.
 */
export async function readSharedStrings(zip: JSZip): Promise<(string | undefined)[]> {
  const strings: (string | undefined)[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let depth = 0;
  let text: string[] | undefined;
  let plain = true;
  let inText = false;
  parser.on("opentag", (tag) => {
    depth++;
    const name = localName(tag.name);
    if (depth === 2 && name === "si") {
      text = undefined;
      plain = true;
    } else if (depth === 3 && name === "t" && text === undefined) {
      text = [];
      inText = !tag.isSelfClosing;
    } else if (depth >= 3) plain = false;
  });
  const onText = (t: string) => {
    if (inText) text?.push(t);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    if (depth === 3) inText = false;
    if (depth === 2 && localName(tag.name) === "si") {
      strings.push(plain && text !== undefined ? decodeExcelEscapes(text.join("")) : undefined);
    }
    depth--;
  });
  if (await readPartText(zip, "xl/sharedStrings.xml", (chunk) => void parser.write(chunk))) parser.close();
  return strings;
}
