import type JSZip from "jszip";
import { SaxesParser } from "saxes";
import { readPartText } from "./part-text";
import { relsPath, resolveTarget } from "./part-paths";
import type { SheetRows } from "./row-store";

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

  /** Adds the rows another set marks (not its row breaks). */
  add(other: SheetMarks): void {
    for (const row of other.single) this.single.add(row);
    this.spans.push(...other.spans);
  }

  /** Whether any of `rows` is marked. */
  coversAny(rows: SheetRows): boolean {
    if (this.single.size === 0 && this.spans.length === 0) return false;
    for (const [row] of rows.entries()) if (this.has(row)) return true;
    return false;
  }
}

/**
 * A parser for a worksheet's text outside `<sheetData>` (its head and its tail, written to it in order), which marks
 * the rows of its links and merges and collects its row breaks.
 */
export function marksParser(marks: SheetMarks): SaxesParser {
  const parser = new SaxesParser({ xmlns: false });
  let inRowBreaks = false;
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    const { ref, id } = tag.attributes;
    if ((name === "hyperlink" || name === "mergeCell") && ref !== undefined) marks.mark(ref);
    else if (name === "rowBreaks") inRowBreaks = true;
    else if (name === "brk" && inRowBreaks && id !== undefined) marks.rowBreaks.push(Number(id));
  });
  parser.on("closetag", (tag) => {
    if (localName(tag.name) === "rowBreaks") inRowBreaks = false;
  });
  return parser;
}

/** The rows of a worksheet's notes and threaded comments (its comments parts, read chunk by chunk). */
export async function readCommentMarks(zip: JSZip, part: string): Promise<SheetMarks> {
  const marks = new SheetMarks();
  const rels = (await zip.file(relsPath(part))?.async("string")) ?? "";
  for (const rel of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const type = attr(rel, "Type");
    const target = attr(rel, "Target");
    if ((type !== COMMENTS && type !== THREADED_COMMENTS) || !target || attr(rel, "TargetMode") === "External")
      continue;
    const parser = new SaxesParser({ xmlns: false });
    parser.on("opentag", (tag) => {
      const name = localName(tag.name);
      const { ref } = tag.attributes;
      if ((name === "comment" || name === "threadedComment") && ref !== undefined) marks.mark(ref);
    });
    if (await readPartText(zip, resolveTarget(part, target), (chunk) => void parser.write(chunk))) parser.close();
  }
  return marks;
}
