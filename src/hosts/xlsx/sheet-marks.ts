import type JSZip from "jszip";
import { SaxesParser } from "saxes";
import { readPartText } from "./part-text";
import { relsPath, resolveTarget } from "./part-paths";
import { SheetSplitter } from "./sheet-split";

const MAX_ROW = 1048576;
const COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const THREADED_COMMENTS = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment";

const localName = (name: string) => name.slice(name.indexOf(":") + 1);
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The rows of a worksheet that must stay ExcelJS's whatever they hold, because something outside `<sheetData>`
 * points at a cell of theirs (a link, a merge, a note or threaded comment), and the sheet's manual row breaks.
 */
export class SheetMarks {
  private readonly single = new Set<number>();
  private readonly spans: [number, number][] = [];
  readonly rowBreaks: number[] = [];

  /** Marks the rows a reference (`B7`, `A1:C3`, `A:A`) covers. */
  mark(ref: string): void {
    const rows = (ref.match(/\d+/g) ?? []).map(Number);
    const first = rows.length === 0 ? 1 : Math.min(...rows);
    const last = rows.length === 0 ? MAX_ROW : Math.max(...rows);
    if (first === last) this.single.add(first);
    else this.spans.push([first, last]);
  }

  has(row: number): boolean {
    return this.single.has(row) || this.spans.some(([a, b]) => row >= a && row <= b);
  }
}

/** Feeds every start tag of a part, read chunk by chunk, to `onTag`. */
async function eachTag(zip: JSZip, part: string, onTag: (name: string, attrs: Record<string, string>) => void) {
  const parser = new SaxesParser({ xmlns: false });
  parser.on("opentag", (tag) => onTag(localName(tag.name), tag.attributes));
  if (await readPartText(zip, part, (chunk) => void parser.write(chunk))) parser.close();
}

/**
 * The marks of a worksheet part: its links and merges (after `</sheetData>`, so the rows are inflated but not
 * parsed), its row breaks, and the cells of its comments parts.
 */
export async function readSheetMarks(zip: JSZip, part: string): Promise<SheetMarks> {
  const marks = new SheetMarks();
  const parser = new SaxesParser({ xmlns: false });
  let inRowBreaks = false;
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    const ref = tag.attributes.ref;
    if ((name === "hyperlink" || name === "mergeCell") && ref !== undefined) marks.mark(ref);
    else if (name === "rowBreaks") inRowBreaks = true;
    else if (name === "brk" && inRowBreaks && tag.attributes.id !== undefined)
      marks.rowBreaks.push(Number(tag.attributes.id));
  });
  parser.on("closetag", (tag) => {
    if (localName(tag.name) === "rowBreaks") inRowBreaks = false;
  });
  const split = new SheetSplitter({
    head: (text) => void parser.write(text),
    rows: () => undefined,
    tail: (text) => void parser.write(text),
  });
  if (await readPartText(zip, part, (chunk) => split.write(chunk))) {
    split.end();
    parser.close();
  }
  const rels = (await zip.file(relsPath(part))?.async("string")) ?? "";
  for (const rel of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const type = attr(rel, "Type");
    const target = attr(rel, "Target");
    if ((type !== COMMENTS && type !== THREADED_COMMENTS) || !target || attr(rel, "TargetMode") === "External")
      continue;
    await eachTag(zip, resolveTarget(part, target), (name, attrs) => {
      if ((name === "comment" || name === "threadedComment") && attrs.ref !== undefined) marks.mark(attrs.ref);
    });
  }
  return marks;
}
