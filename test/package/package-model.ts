import JSZip from "jszip";
import type { XmlElement } from "./xml-tree";
import { attr, childElements, descendants, parseXml, textOf } from "./xml-tree";

/** An unzipped .xlsx: its parts, content types, relationships and worksheets, read without ExcelJS. */
export interface PackageModel {
  /** Part names without the leading "/" (xl/workbook.xml), directories left out. */
  readonly parts: ReadonlyMap<string, Uint8Array>;
  /** Parsed XML parts (content types and relationships included). */
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

export interface SheetInfo {
  readonly name: string;
  readonly part: string;
  readonly xml: XmlElement;
  /** A1 address → the cell element. */
  readonly cells: ReadonlyMap<string, XmlElement>;
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

export async function loadPackage(data: Uint8Array): Promise<PackageModel> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, Uint8Array>();
  for (const [name, entry] of Object.entries(zip.files))
    if (!entry.dir) parts.set(name, await entry.async("uint8array"));
  const decode = (p: string) => new TextDecoder().decode(parts.get(p));
  const types = parts.has("[Content_Types].xml")
    ? parseXml(decode("[Content_Types].xml"), "[Content_Types].xml")
    : undefined;
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const d of types ? childElements(types, "Default") : []) {
    defaults.set((attr(d, "Extension") ?? "").toLowerCase(), attr(d, "ContentType") ?? "");
  }
  for (const o of types ? childElements(types, "Override") : []) {
    overrides.set((attr(o, "PartName") ?? "").toLowerCase(), attr(o, "ContentType") ?? "");
  }
  const contentType = (part: string) =>
    overrides.get(`/${part}`.toLowerCase()) ?? defaults.get((/\.([^./]+)$/.exec(part)?.[1] ?? "").toLowerCase());

  const xml = new Map<string, XmlElement>();
  if (types) xml.set("[Content_Types].xml", types);
  for (const p of parts.keys()) {
    if (p !== "[Content_Types].xml" && isXmlType(contentType(p))) xml.set(p, parseXml(decode(p), p));
  }

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

  const sharedStringsPart = relationships("xl/workbook.xml").find((r) => r.type.endsWith("/sharedStrings"))?.part;
  const sst = sharedStringsPart ? xml.get(sharedStringsPart) : undefined;
  const sharedStrings = sst
    ? childElements(sst, "si").map((si) =>
        [...childElements(si, "t"), ...childElements(si, "r").flatMap((r) => childElements(r, "t"))]
          .map(textOf)
          .join(""),
      )
    : [];

  const workbook = xml.get("xl/workbook.xml");
  const workbookRels = relationships("xl/workbook.xml");
  const sheets: SheetInfo[] = [];
  for (const s of workbook ? descendants(workbook, "sheet") : []) {
    const rid = s.attributes.find((a) => a.local === "id" && a.uri.endsWith("/relationships"))?.value;
    const part = workbookRels.find((r) => r.id === rid)?.part;
    const sheetXml = part ? xml.get(part) : undefined;
    if (!part || !sheetXml) continue;
    const cells = new Map<string, XmlElement>();
    for (const c of descendants(sheetXml, "c")) cells.set(attr(c, "r") ?? "", c);
    sheets.push({ name: attr(s, "name") ?? "", part, xml: sheetXml, cells });
  }
  return { parts, xml, contentType, relationships, sheets, sharedStrings };
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
