import JSZip from "jszip";
import { readPartText } from "../../src/hosts/xlsx/part-text";
import { SML } from "./markup-compatibility";
import type { XmlElement, XmlSink } from "./xml-tree";
import { XmlTreeBuilder, attr, childElements, descendants, teeSink, textOf, xmlReader } from "./xml-tree";

/** An unzipped .xlsx: its parts, content types, relationships and worksheets, read without ExcelJS. */
export interface PackageModel {
  /** Part names without the leading "/" (xl/workbook.xml), directories left out. */
  readonly parts: ReadonlySet<string>;
  /**
   * Parsed XML parts (content types and relationships included). Read for a check, a worksheet's <sheetData> and the
   * shared strings' <si> items are left out: they went by as a stream (see PackageReading).
   */
  readonly xml: ReadonlyMap<string, XmlElement>;
  contentType(part: string): string | undefined;
  /** The relationships whose source is `part` ("" for the package). */
  relationships(part: string): readonly Relationship[];
  readonly sheets: readonly SheetInfo[];
  /** Shared strings by index, as plain text. */
  readonly sharedStrings: readonly string[];
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** The target part name (internal targets only). */
  readonly part: string;
}

/** A sheet as named in the workbook, and its part. */
export interface SheetRef {
  readonly name: string;
  readonly part: string;
}

export interface SheetInfo extends SheetRef {
  readonly xml: XmlElement;
  /** A1 address → the cell element: every cell, or (read for a check) the cells the check looks up by address. */
  readonly cells: ReadonlyMap<string, XmlElement>;
}

/**
 * How a check reads a package in bounded memory: every XML part's events also go to `part` as they are read, and a
 * worksheet's rows are handed to `rows` one at a time instead of staying in the model. `rows` is asked once the other
 * parts and the shared strings are read, so it can judge a row against them.
 */
export interface PackageReading {
  part(path: string, contentType: string | undefined): { sink: XmlSink; end(): void } | undefined;
  rows(model: PackageModel): {
    /** Whether the sheet's model keeps the cell at this address. */
    keep(sheet: SheetRef, address: string): boolean;
    row(sheet: SheetRef, row: XmlElement): void;
  };
}

export const relsPathOf = (part: string) => (part === "" ? "_rels/.rels" : part.replace(/([^/]+)$/, "_rels/$1.rels"));

export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

const isXmlType = (type: string | undefined) => type !== undefined && /[+/]xml$/.test(type);
const WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

/**
 * Builds a part's tree, handing each child of a `container` element (a <row> of <sheetData>, an <si> of <sst>) to
 * `item` as it closes; with `drop`, the child then leaves the tree, so the part holds one such child at a time.
 */
class ItemTreeBuilder extends XmlTreeBuilder {
  constructor(
    private readonly container: string,
    private readonly item: (e: XmlElement) => void,
    private readonly drop: boolean,
  ) {
    super();
  }

  override text(text: string): void {
    if (!(this.drop && this.stack.at(-1)?.local === this.container)) super.text(text);
  }

  override close(): void {
    const e = this.stack.pop();
    const parent = this.stack.at(-1);
    if (e && parent?.local === this.container && parent.uri === SML) {
      this.item(e);
      if (this.drop) parent.children.pop();
    }
  }
}

/** The text of a shared string item (<si>): its <t>, or its runs' <t>s. */
const itemText = (si: XmlElement) =>
  [...childElements(si, "t"), ...childElements(si, "r").flatMap((r) => childElements(r, "t"))].map(textOf).join("");

/**
 * Reads a package part by part, each part's text chunk by chunk. Without `reading` the model holds every part whole
 * (for tests that look at cells); with it, worksheets and shared strings are streamed as PackageReading says.
 */
export async function loadPackage(data: Uint8Array, reading?: PackageReading): Promise<PackageModel> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Set(Object.values(zip.files).flatMap((entry) => (entry.dir ? [] : [entry.name])));
  const xml = new Map<string, XmlElement>();
  const read = async (path: string, type: string | undefined, builder: XmlTreeBuilder) => {
    const extra = reading?.part(path, type);
    const reader = xmlReader(path, extra ? teeSink(builder, extra.sink) : builder);
    await readPartText(zip, path, (text) => reader.write(text));
    reader.close();
    extra?.end();
    if (builder.root) xml.set(path, builder.root);
  };

  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  const contentType = (part: string) =>
    overrides.get(`/${part}`.toLowerCase()) ?? defaults.get((/\.([^./]+)$/.exec(part)?.[1] ?? "").toLowerCase());
  if (parts.has("[Content_Types].xml")) {
    await read("[Content_Types].xml", "application/vnd.openxmlformats-package.content-types", new XmlTreeBuilder());
    const types = xml.get("[Content_Types].xml");
    for (const d of types ? childElements(types, "Default") : []) {
      defaults.set((attr(d, "Extension") ?? "").toLowerCase(), attr(d, "ContentType") ?? "");
    }
    for (const o of types ? childElements(types, "Override") : []) {
      overrides.set((attr(o, "PartName") ?? "").toLowerCase(), attr(o, "ContentType") ?? "");
    }
  }
  const xmlParts = [...parts].filter((p) => p !== "[Content_Types].xml" && isXmlType(contentType(p)));
  const big = (p: string) => contentType(p) === WORKSHEET || contentType(p) === SHARED_STRINGS;
  for (const p of xmlParts.filter((p) => !big(p))) await read(p, contentType(p), new XmlTreeBuilder());

  const relationships = (source: string): Relationship[] => {
    const rels = xml.get(relsPathOf(source));
    if (!rels) return [];
    return childElements(rels, "Relationship").map((r) => {
      const target = attr(r, "Target") ?? "";
      const external = attr(r, "TargetMode") === "External";
      return {
        id: attr(r, "Id") ?? "",
        type: attr(r, "Type") ?? "",
        target,
        external,
        part: external ? "" : resolveTarget(source, target),
      };
    });
  };
  const workbookRels = relationships("xl/workbook.xml");
  const sharedStringsPart = workbookRels.find((r) => r.type.endsWith("/sharedStrings"))?.part;
  const sharedStrings: string[] = [];
  const sheets: SheetInfo[] = [];
  const model: PackageModel = { parts, xml, contentType, relationships, sheets, sharedStrings };

  for (const p of xmlParts.filter((p) => contentType(p) === SHARED_STRINGS)) {
    const own = p === sharedStringsPart;
    await read(
      p,
      SHARED_STRINGS,
      new ItemTreeBuilder("sst", (si) => own && sharedStrings.push(itemText(si)), !!reading),
    );
  }

  const rows = reading?.rows(model);
  const workbook = xml.get("xl/workbook.xml");
  const named = new Map<string, string>();
  for (const s of workbook ? descendants(workbook, "sheet") : []) {
    const rid = s.attributes.find((a) => a.local === "id" && a.uri.endsWith("/relationships"))?.value;
    const part = workbookRels.find((r) => r.id === rid)?.part;
    if (part && parts.has(part) && !named.has(part)) named.set(part, attr(s, "name") ?? "");
  }
  const worksheets = xmlParts.filter((p) => contentType(p) === WORKSHEET);
  // Sheets in workbook order, then worksheet parts no sheet names (read for the schema check only).
  for (const part of [...named.keys(), ...worksheets.filter((p) => !named.has(p))]) {
    const cells = new Map<string, XmlElement>();
    const ref: SheetRef = { name: named.get(part) ?? "", part };
    if (contentType(part) === WORKSHEET) {
      const builder = new ItemTreeBuilder(
        "sheetData",
        (row) => {
          for (const c of childElements(row, "c")) {
            const address = attr(c, "r") ?? "";
            if (!rows || rows.keep(ref, address)) cells.set(address, c);
          }
          rows?.row(ref, row);
        },
        !!rows,
      );
      await read(part, WORKSHEET, builder);
    }
    const sheetXml = xml.get(part);
    if (!sheetXml || !named.has(part)) continue;
    sheets.push({ ...ref, xml: sheetXml, cells });
  }
  return model;
}

/** The text a cell shows (shared, inline or formula string, or the number as written), "" when empty. */
export function cellText(model: PackageModel, cell: XmlElement | undefined): string {
  if (!cell) return "";
  const type = attr(cell, "t");
  const v = childElements(cell, "v")[0];
  if (type === "s") return model.sharedStrings[Number(v ? textOf(v) : -1)] ?? "";
  if (type === "inlineStr") return childElements(cell, "is").map(textOf).join("");
  return v ? textOf(v) : "";
}
