import type JSZip from "jszip";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { readPartText } from "./part-text";
import { attributesXml, escapeText, serialise } from "./xml-events";

export const SHARED_STRINGS_PART = "xl/sharedStrings.xml";

/** Excel's escape of a character XML cannot hold (`_x000D_`), decoded as ExcelJS decodes a shared string. */
export const decodeExcelEscapes = (text: string): string =>
  text.replace(/_x([0-9A-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** The workbook's shared strings (xl/sharedStrings.xml, the part ExcelJS reads). */
export interface SharedStrings {
  /** Each plain string as ExcelJS reads it; undefined for one the row store does not keep (rich, phonetic, `<si/>`). */
  readonly texts: (string | undefined)[];
  /** The `<si>` element of each string that is not plain, as written. */
  readonly others: Map<number, string>;
  /** The `<sst>` start tag's attributes other than its counts (its namespaces). */
  readonly rootAttributes: string;
  readonly present: boolean;
}

/** Reads the shared strings part chunk by chunk. */
export async function readSharedStrings(zip: JSZip): Promise<SharedStrings> {
  const texts: (string | undefined)[] = [];
  const others = new Map<number, string>();
  let rootAttributes = "";
  const parser = new SaxesParser({ xmlns: false });
  let depth = 0;
  let text: string[] | undefined;
  let plain = true;
  let inText = false;
  let events: (SaxesTagPlain | string)[] = [];
  parser.on("opentag", (tag) => {
    depth++;
    if (depth >= 2) events.push(tag);
    const name = localName(tag.name);
    if (depth === 1) rootAttributes = attributesXml(tag, ["count", "uniqueCount"]);
    else if (depth === 2) {
      text = undefined;
      plain = name === "si";
    } else if (depth === 3 && name === "t" && text === undefined) {
      text = [];
      inText = !tag.isSelfClosing;
    } else plain = false;
  });
  const onText = (t: string) => {
    if (depth >= 2) events.push(t);
    if (inText) text?.push(t);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    if (depth >= 2) events.push(tag);
    if (depth === 3) inText = false;
    if (depth === 2) {
      const keep = plain && text !== undefined;
      if (!keep) others.set(texts.length, serialise(events));
      texts.push(keep ? decodeExcelEscapes(text?.join("") ?? "") : undefined);
      events = [];
    }
    depth--;
  });
  const present = await readPartText(zip, SHARED_STRINGS_PART, (chunk) => void parser.write(chunk));
  if (present) parser.close();
  return { texts, others, rootAttributes, present };
}

/**
 * The shared strings the rows left to ExcelJS use, numbered anew in the order they are asked for, so ExcelJS does
 * not read (and hold) the strings of every row the store took.
 */
export class KeptStrings {
  private readonly kept = new Map<number, number>();

  constructor(private readonly strings: SharedStrings) {}

  /** The index in the kept part of shared string `index`. */
  index(index: number): number {
    let kept = this.kept.get(index);
    if (kept === undefined) this.kept.set(index, (kept = this.kept.size));
    return kept;
  }

  /** The kept shared strings part (a plain string is written so that ExcelJS reads back the same text). */
  xml(): string {
    const items: string[] = [];
    for (const [index, kept] of this.kept) {
      const text = this.strings.texts[index];
      items[kept] =
        this.strings.others.get(index) ??
        `<si><t xml:space="preserve">${escapeText((text ?? "").replace(/_(x[0-9A-F]{4}_)/g, "_x005F_$1"))}</t></si>`;
    }
    const count = String(items.length);
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<sst${this.strings.rootAttributes} count="${count}" uniqueCount="${count}">${items.join("")}</sst>`
    );
  }
}
