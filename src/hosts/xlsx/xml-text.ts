import type JSZip from "jszip";
import { resolveTarget } from "./part-paths";

/** Text and attribute values as a package part holds them (the five entities XML defines). */
export const xmlEscape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const xmlUnescape = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Each worksheet's part (chart sheets left out), by the sheet's name, from workbook.xml and its relationships. */
export async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const rel of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(rel, "Id");
    const target = attr(rel, "Target");
    if (id && target && attr(rel, "Type") === WORKSHEET) targets.set(id, resolveTarget("xl/workbook.xml", target));
  }
  const parts = new Map<string, string>();
  for (const sheet of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(sheet, "name");
    const part = targets.get(attr(sheet, "r:id") ?? "");
    if (name !== undefined && part) parts.set(xmlUnescape(name), part);
  }
  return parts;
}
