import type JSZip from "jszip";
import { relsPath, resolveTarget } from "./part-paths";

/** The author of each note (by its cell) of each worksheet (by its name as written in workbook.xml), XML-escaped. */
export type NoteAuthors = ReadonlyMap<string, ReadonlyMap<string, string>>;

const COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
/** What ExcelJS 4.4 writes as the one author of every note. */
const EXCELJS_AUTHOR = "Author";

const text = async (zip: JSZip, path: string) => (await zip.file(path)?.async("string")) ?? "";
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** The comments part of a worksheet part, through the sheet's relationships. */
async function commentsPart(zip: JSZip, sheet: string): Promise<string | undefined> {
  const rel = [...(await text(zip, relsPath(sheet))).matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((r) => attr(r, "Type") === COMMENTS && attr(r, "TargetMode") !== "External");
  const target = rel && attr(rel, "Target");
  return target ? resolveTarget(sheet, target) : undefined;
}

/**
 * Reads who wrote each note: ExcelJS reads a note's text and drops its author (`<authors>` and each comment's
 * `authorId`), and writes "Author" for every note, so a saved workbook showed every note as written by "Author".
 * `sheets` is each worksheet's part by its name.
 */
export async function readNoteAuthors(zip: JSZip, sheets: ReadonlyMap<string, string>): Promise<NoteAuthors> {
  const all = new Map<string, Map<string, string>>();
  for (const [name, sheet] of sheets) {
    const part = await commentsPart(zip, sheet);
    const xml = part ? await text(zip, part) : "";
    const authors = [...xml.matchAll(/<author>([^<]*)<\/author>|<author\/>/g)].map((m) => m[1] ?? "");
    const byCell = new Map<string, string>();
    for (const [tag] of xml.matchAll(/<comment\b[^>]*>/g)) {
      const ref = attr(tag, "ref");
      const author = authors[Number(attr(tag, "authorId") ?? "0")];
      if (ref && author !== undefined) byCell.set(ref, author);
    }
    if (byCell.size > 0) all.set(name, byCell);
  }
  return all;
}

/**
 * Puts the authors back into an ExcelJS-written package's comments parts: each note whose cell had an author gets
 * it; a note the file did not hold keeps ExcelJS's. `sheets` is each worksheet's part by its name.
 */
export async function writeNoteAuthors(
  zip: JSZip,
  sheets: ReadonlyMap<string, string>,
  noteAuthors: NoteAuthors,
): Promise<void> {
  for (const [name, sheet] of sheets) {
    const byCell = noteAuthors.get(name);
    const part = byCell && (await commentsPart(zip, sheet));
    const xml = part ? await text(zip, part) : "";
    if (!byCell || !part || !xml) continue;
    const authors: string[] = [];
    const list = xml.replace(/<comment\b[^>]*>/g, (tag) => {
      const author = byCell.get(attr(tag, "ref") ?? "") ?? EXCELJS_AUTHOR;
      if (!authors.includes(author)) authors.push(author);
      return tag.replace(/\bauthorId="\d*"/, `authorId="${authors.indexOf(author)}"`);
    });
    const names = authors.map((a) => `<author>${a}</author>`).join("");
    zip.file(part, list.replace(/<authors>[\s\S]*?<\/authors>|<authors\/>/, `<authors>${names}</authors>`));
  }
}
