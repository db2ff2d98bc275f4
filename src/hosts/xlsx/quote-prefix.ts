import JSZip from "jszip";

/**
 * Excel's quote prefix on stored text that begins with = + - @ tab or CR (DOMAIN.md §4.5: imported text is never a
 * formula). Such a cell is already text in the file, but without the prefix a user who clicks into it and presses
 * Enter turns it into a live formula. Excel marks the cell's format (a cellXfs `<xf quotePrefix="1">`); ExcelJS
 * 4.4 neither reads nor writes that attribute, so after it writes a package, every shared-string or inline-string
 * cell whose text starts with one of those characters gets a copy of its format with quotePrefix="1". Marking
 * every such cell, not only the ones an operation wrote, keeps the prefix Excel had put on the user's own cells,
 * which ExcelJS dropped when it read them.
 */
export async function addQuotePrefixes(zip: JSZip): Promise<boolean> {
  const strings = await zip.file("xl/sharedStrings.xml")?.async("string");
  const risky = strings === undefined ? new Set<number>() : riskySharedStrings(strings);
  const stylesXml = await zip.file("xl/styles.xml")?.async("string");
  if (stylesXml === undefined) return false;
  const styles = new PrefixedStyles(stylesXml);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const marked = markCells(xml, risky, styles);
    if (marked !== xml) zip.file(path, marked);
  }
  if (styles.changed) zip.file("xl/styles.xml", styles.xml());
  return styles.changed;
}

/**
 * A written package with its quote prefixes. The sheets' rows are streamed into the package as it is compressed
 * (streamed-package.ts), so the cells are only there to mark once it is written: it is read again, and rewritten
 * only when some stored text begins with a formula character.
 */
export async function withQuotePrefixes(data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const changed = await addQuotePrefixes(zip);
  return changed ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : data;
}

const RISKY_START = /^[=+\-@\t\r]/;

const decodeXmlText = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/_x([0-9A-F]{4})_/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The text of a string item (`<si>` or `<is>` body): its runs' text, phonetic runs left out. */
function itemText(body: string): string {
  const runs = body.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  return [...runs.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => decodeXmlText(m[1] ?? "")).join("");
}

/** Indexes of the shared strings that begin with a formula character. */
function riskySharedStrings(xml: string): Set<number> {
  const risky = new Set<number>();
  let index = 0;
  for (const m of xml.matchAll(/<si\s*\/>|<si>([\s\S]*?)<\/si>/g)) {
    if (RISKY_START.test(itemText(m[1] ?? ""))) risky.add(index);
    index++;
  }
  return risky;
}

const CELL = /<c\b((?:[^>/]|\/(?!>))*)>(<v>(\d+)<\/v>|<is>([\s\S]*?)<\/is>)/g;

function markCells(xml: string, risky: ReadonlySet<number>, styles: PrefixedStyles): string {
  return xml.replace(CELL, (whole, attrs: string, _value: string, index?: string, inline?: string) => {
    const type = /\bt="([^"]*)"/.exec(attrs)?.[1];
    const text = type === "s" && index !== undefined ? risky.has(Number(index)) : false;
    const inlineText = type === "inlineStr" && inline !== undefined && RISKY_START.test(itemText(inline));
    if (!text && !inlineText) return whole;
    const style = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? "0");
    const prefixed = styles.prefixed(style);
    if (prefixed === style) return whole;
    const newAttrs = /\bs="\d+"/.test(attrs)
      ? attrs.replace(/\bs="\d+"/, `s="${String(prefixed)}"`)
      : `${attrs} s="${String(prefixed)}"`;
    return `<c${newAttrs}>${whole.slice(`<c${attrs}>`.length)}`;
  });
}

/** The cellXfs of a styles part, with quote-prefixed copies added on demand. */
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
