import type JSZip from "jszip";
import type { NoteAuthors } from "./note-authors";
import { readNoteAuthors, writeNoteAuthors } from "./note-authors";
import { relativeTarget, relsPath, resolveTarget } from "./part-paths";

/**
 * Workbook-level parts ExcelJS drops on load and the xlsx host carries across unchanged: chart sheets (with their
 * drawing and chart parts) and an .xlsm's VBA project (with its signature and the macro-enabled content type of
 * workbook.xml). Each is read with every part its relationships reach and written back under free part names.
 */
export interface CarriedParts {
  readonly macroEnabled: boolean;
  readonly relationships: readonly CarriedRelationship[];
  /**
   * The code names a VBA project's document modules belong to (`ThisWorkbook`, `Sheet1`): the workbook's, and each
   * worksheet's by its name (as written in workbook.xml). ExcelJS drops them.
   */
  readonly codeNames?: { readonly workbook?: string; readonly sheets: ReadonlyMap<string, string> };
  /** Who wrote each note of each worksheet (note-authors.ts). ExcelJS drops them. */
  readonly noteAuthors?: NoteAuthors;
}

interface CarriedRelationship {
  readonly type: string;
  /** The part the workbook's relationship points at, and every part reachable from it. */
  readonly root: string;
  readonly parts: ReadonlyMap<string, { readonly data: Uint8Array; readonly contentType: string }>;
  /** A chart sheet's `<sheet>` entry (name and state) and the sheet it followed; undefined for the VBA project. */
  readonly sheet?: { readonly name: string; readonly state?: string; readonly after?: string };
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CARRIED_TYPES = [`${REL}/chartsheet`, "http://schemas.microsoft.com/office/2006/relationships/vbaProject"];
const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const EMPTY_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

const text = async (zip: JSZip, path: string) => (await zip.file(path)?.async("string")) ?? "";
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const relationships = (rels: string) => [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]);

function contentType(types: string, part: string): string {
  const override = [...types.matchAll(/<Override\b[^>]*>/g)].find((m) => attr(m[0], "PartName") === `/${part}`);
  if (override) return attr(override[0], "ContentType") ?? "";
  const ext = part.split(".").pop()?.toLowerCase();
  const def = [...types.matchAll(/<Default\b[^>]*>/g)].find((m) => attr(m[0], "Extension")?.toLowerCase() === ext);
  return (def && attr(def[0], "ContentType")) ?? "application/octet-stream";
}

export async function readCarriedParts(zip: JSZip): Promise<CarriedParts> {
  const types = await text(zip, "[Content_Types].xml");
  const workbook = await text(zip, "xl/workbook.xml");
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  const carried: CarriedRelationship[] = [];
  for (const rel of relationships(await text(zip, "xl/_rels/workbook.xml.rels"))) {
    const type = attr(rel, "Type") ?? "";
    const target = attr(rel, "Target");
    if (!CARRIED_TYPES.includes(type) || !target || attr(rel, "TargetMode") === "External") continue;
    const root = resolveTarget("xl/workbook.xml", target);
    const parts = new Map<string, { data: Uint8Array; contentType: string }>();
    const visit = async (part: string): Promise<void> => {
      const file = zip.file(part);
      if (parts.has(part) || !file) return;
      parts.set(part, { data: await file.async("uint8array"), contentType: contentType(types, part) });
      const rels = zip.file(relsPath(part));
      if (!rels) return;
      parts.set(relsPath(part), { data: await rels.async("uint8array"), contentType: "" });
      for (const r of relationships(await rels.async("string"))) {
        const t = attr(r, "Target");
        if (t && attr(r, "TargetMode") !== "External") await visit(resolveTarget(part, t));
      }
    };
    await visit(root);
    const index = sheets.findIndex((s) => attr(s, "r:id") === attr(rel, "Id"));
    const entry = sheets[index];
    const sheet = entry
      ? {
          name: attr(entry, "name") ?? "",
          state: attr(entry, "state"),
          after: sheets[index - 1] && attr(sheets[index - 1] ?? "", "name"),
        }
      : undefined;
    if (parts.size > 0) carried.push({ type, root, parts, sheet });
  }
  const main = contentType(types, "xl/workbook.xml");
  return {
    macroEnabled: main === MACRO_MAIN,
    relationships: carried,
    codeNames: await readCodeNames(zip, workbook),
    noteAuthors: await readNoteAuthors(zip, await sheetParts(zip, workbook)),
  };
}

/** Each worksheet's part, by the sheet's name as written in workbook.xml. */
async function sheetParts(zip: JSZip, workbook: string): Promise<Map<string, string>> {
  const rels = relationships(await text(zip, "xl/_rels/workbook.xml.rels"));
  const parts = new Map<string, string>();
  for (const entry of sheetEntries(workbook)) {
    const rel = rels.find((r) => attr(r, "Id") === attr(entry, "r:id") && attr(r, "Type") === `${REL}/worksheet`);
    const target = rel && attr(rel, "Target");
    const name = attr(entry, "name");
    if (target && name !== undefined) parts.set(name, resolveTarget("xl/workbook.xml", target));
  }
  return parts;
}

/** JSZip 3.10's chunked reading of an entry, which its typings leave out. */
interface PartStreams {
  internalStream(type: "string"): {
    on(event: "data", handler: (chunk: string) => void): ReturnType<PartStreams["internalStream"]>;
    on(event: "error", handler: (error: unknown) => void): ReturnType<PartStreams["internalStream"]>;
    on(event: "end", handler: () => void): ReturnType<PartStreams["internalStream"]>;
    pause(): void;
    resume(): void;
  };
}

/**
 * The start of a part's text, up to where `until` occurs (the whole part when it does not): read chunk by chunk, so
 * a sheet's rows are not inflated to find the elements before them.
 */
function partHead(zip: JSZip, path: string, until: string): Promise<string> {
  const file = zip.file(path);
  if (!file) return Promise.resolve("");
  return new Promise((resolve, reject) => {
    let head = "";
    const stream = (file as unknown as PartStreams).internalStream("string");
    stream
      .on("data", (chunk: string) => {
        head += chunk;
        if (!head.includes(until)) return;
        stream.pause();
        resolve(head);
      })
      .on("error", reject)
      .on("end", () => resolve(head))
      .resume();
  });
}

async function readCodeNames(zip: JSZip, workbook: string): Promise<CarriedParts["codeNames"]> {
  const sheets = new Map<string, string>();
  for (const [name, part] of await sheetParts(zip, workbook)) {
    const code = /<sheetPr\b[^>]*\bcodeName="([^"]*)"/.exec(await partHead(zip, part, "<sheetData"))?.[1];
    if (code !== undefined) sheets.set(name, code);
  }
  const book = /<workbookPr\b[^>]*\bcodeName="([^"]*)"/.exec(workbook)?.[1];
  return book === undefined && sheets.size === 0 ? undefined : { workbook: book, sheets };
}

/** Puts the code names back into an ExcelJS-written workbook.xml and its sheets (sheetPr is a sheet's first child). */
async function writeCodeNames(zip: JSZip, workbook: string, codeNames: CarriedParts["codeNames"]): Promise<string> {
  if (!codeNames) return workbook;
  const withCode = (tag: string, code: string) =>
    /\bcodeName=/.test(tag) ? tag : tag.replace(/^<(\w+)/, `<$1 codeName="${code}"`);
  let book = workbook;
  const code = codeNames.workbook;
  if (code !== undefined) {
    book = /<workbookPr\b/.test(book)
      ? book.replace(/<workbookPr\b[^>]*>/, (tag) => withCode(tag, code))
      : book.replace(/(<bookViews>|<sheets>)/, `<workbookPr codeName="${code}"/>$1`);
  }
  for (const [name, part] of await sheetParts(zip, book)) {
    const sheetCode = codeNames.sheets.get(name);
    const xml = sheetCode === undefined ? undefined : await text(zip, part);
    if (sheetCode === undefined || !xml) continue;
    zip.file(
      part,
      /<sheetPr\b/.test(xml)
        ? xml.replace(/<sheetPr\b[^>]*>/, (tag) => withCode(tag, sheetCode))
        : xml.replace(/(<worksheet\b[^>]*>)/, `$1<sheetPr codeName="${sheetCode}"/>`),
    );
  }
  return book;
}

/** A part name not yet in the package: the same name, or its stem with a number. */
function freeName(zip: JSZip, taken: Set<string>, part: string): string {
  const free = (p: string) => !zip.file(p) && !taken.has(p);
  if (free(part)) return part;
  const [, stem, ext] = /^(.*?)(\d*)(\.[^./]+)$/.exec(part) ?? [];
  const base = stem ?? part;
  for (let n = 1; ; n++) {
    const candidate = `${base}${n}${ext ?? ""}`;
    if (free(candidate)) return candidate;
  }
}

/** Writes the carried parts into an ExcelJS-written package. */
export async function writeCarriedParts(zip: JSZip, carried: CarriedParts): Promise<void> {
  let types = await text(zip, "[Content_Types].xml");
  if (carried.macroEnabled) {
    types = types.replace(
      /(<Override\b[^>]*PartName="\/xl\/workbook\.xml"[^>]*ContentType=")[^"]*"/,
      `$1${MACRO_MAIN}"`,
    );
  }
  let workbookRels = (await text(zip, "xl/_rels/workbook.xml.rels")) || EMPTY_RELS;
  let workbook = await text(zip, "xl/workbook.xml");
  const taken = new Set<string>();
  carried.relationships.forEach((c, i) => {
    const renamed = new Map<string, string>();
    for (const part of c.parts.keys()) {
      if (!part.includes("/_rels/")) renamed.set(part, freeName(zip, taken, part));
      taken.add(renamed.get(part) ?? part);
    }
    for (const [part, { data, contentType: type }] of c.parts) {
      if (part.includes("/_rels/")) continue;
      const to = renamed.get(part) ?? part;
      zip.file(to, data);
      if (type) types = types.replace("</Types>", `<Override PartName="/${to}" ContentType="${type}"/></Types>`);
      const rels = c.parts.get(relsPath(part));
      if (!rels) continue;
      const retargeted = new TextDecoder().decode(rels.data).replace(/<Relationship\b[^>]*>/g, (r) => {
        const t = attr(r, "Target");
        if (!t || attr(r, "TargetMode") === "External") return r;
        const moved = renamed.get(resolveTarget(part, t));
        return moved ? r.replace(`Target="${t}"`, `Target="${relativeTarget(to, moved)}"`) : r;
      });
      zip.file(relsPath(to), retargeted);
    }
    const rid = `rIdCarried${i + 1}`;
    const target = relativeTarget("xl/workbook.xml", renamed.get(c.root) ?? c.root);
    workbookRels = workbookRels.replace(
      "</Relationships>",
      `<Relationship Id="${rid}" Type="${c.type}" Target="${target}"/></Relationships>`,
    );
    if (c.sheet) workbook = withSheetEntry(workbook, c.sheet, rid);
  });
  zip.file("[Content_Types].xml", types);
  zip.file("xl/_rels/workbook.xml.rels", workbookRels);
  // ExcelJS counted its worksheets only: indexes into the sheet list now count the chart sheets put back too.
  const positions = sheetEntries(workbook).flatMap((e, i) => (attr(e, "r:id")?.startsWith("rIdCarried") ? [] : [i]));
  const reindexed = reindexSheets(workbook, (n) => positions[n] ?? n);
  const book = await writeCodeNames(zip, reindexed, carried.codeNames);
  zip.file("xl/workbook.xml", book);
  if (carried.noteAuthors) await writeNoteAuthors(zip, await sheetParts(zip, book), carried.noteAuthors);
}

const sheetEntries = (workbook: string) => [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);

/**
 * Turns a package's sheet indexes (the active and first tab of each window, a defined name's `localSheetId`), which
 * count chart sheets, into ExcelJS's, which count worksheets only: ExcelJS drops chart sheets on load, so an index
 * past one would name the next sheet, or none (a print area lost). An index at a chart sheet moves to the worksheet
 * after it. `writeCarriedParts` turns them back.
 */
export function worksheetIndexes(workbook: string, rels: string): string {
  const chart = new Set(
    relationships(rels)
      .filter((r) => attr(r, "Type") === `${REL}/chartsheet`)
      .map((r) => attr(r, "Id")),
  );
  const isChart = sheetEntries(workbook).map((e) => chart.has(attr(e, "r:id")));
  if (!isChart.includes(true)) return workbook;
  return reindexSheets(workbook, (n) => isChart.slice(0, n).filter((c) => !c).length);
}

/** Rewrites every sheet index of workbook.xml through `to`. */
function reindexSheets(workbook: string, to: (index: number) => number): string {
  return workbook
    .replace(/(<workbookView\b[^>]*)>/g, (view: string) =>
      view.replace(
        /\b(activeTab|firstSheet)="(\d+)"/g,
        (_all, name: string, n: string) => `${name}="${to(Number(n))}"`,
      ),
    )
    .replace(
      /(<definedName\b[^>]*\blocalSheetId=")(\d+)"/g,
      (_all, head: string, n: string) => `${head}${to(Number(n))}"`,
    );
}

/** Puts a chart sheet's `<sheet>` back after the sheet it followed (first when that sheet is gone or it was first). */
function withSheetEntry(workbook: string, sheet: NonNullable<CarriedRelationship["sheet"]>, rid: string): string {
  const ids = [...workbook.matchAll(/<sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const state = sheet.state ? ` state="${sheet.state}"` : "";
  const entry = `<sheet name="${sheet.name}" sheetId="${Math.max(0, ...ids) + 1}"${state} r:id="${rid}"/>`;
  const after = sheet.after
    ? [...workbook.matchAll(/<sheet\b[^>]*\/>/g)].find((m) => attr(m[0], "name") === sheet.after)
    : undefined;
  if (after?.index !== undefined) {
    const at = after.index + after[0].length;
    return workbook.slice(0, at) + entry + workbook.slice(at);
  }
  return workbook.replace(/<sheets>/, `<sheets>${entry}`);
}
