import type JSZip from "jszip";

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const LEGACY_DRAWING = /<legacyDrawing\b[^>]*\/>/g;
/** The CT_Worksheet children that ECMA-376 puts after `<legacyDrawing>` (part 1, 18.3.1.99), in its order. */
const AFTER_LEGACY_DRAWING =
  /<(?:legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

/**
 * Puts each worksheet's `<legacyDrawing>` (the shapes of its notes) where the schema has it: ExcelJS 4.4 writes it
 * last, after `<tableParts>` and `<extLst>`, so a sheet with a note and a table, or a note and a validation
 * ExcelJS writes as an extension, was a package Excel offered to repair. Runs on the parts before their rows are
 * streamed in (streamed-package.ts), so it reads each sheet's head and tail around an empty `<sheetData/>`, never
 * its rows; the elements it looks for are only ever after `<sheetData>`, and unprefixed ones only at the top level.
 */
export async function orderLegacyDrawings(zip: JSZip): Promise<void> {
  for (const path of Object.keys(zip.files).filter((p) => SHEET_PART.test(p))) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const fixed = withLegacyDrawingsInPlace(xml);
    if (fixed !== xml) zip.file(path, fixed);
  }
}

/** A worksheet's XML with its `<legacyDrawing>` elements moved before the first element the schema puts after. */
export function withLegacyDrawingsInPlace(xml: string): string {
  const drawings = xml.match(LEGACY_DRAWING);
  if (!drawings) return xml;
  const rest = xml.replace(LEGACY_DRAWING, "");
  const at = AFTER_LEGACY_DRAWING.exec(rest)?.index ?? rest.lastIndexOf("</worksheet>");
  if (at < 0) return xml;
  return rest.slice(0, at) + drawings.join("") + rest.slice(at);
}
