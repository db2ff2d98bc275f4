import JSZip from "jszip";
import { relativeFromFolder } from "./part-paths";

/**
 * Workbooks saved by other programs are valid packages that ExcelJS 4.4 misreads; they are brought to the form it
 * reads before it loads them, without changing what the workbook holds:
 * - openpyxl (and other writers) name relationship targets by absolute part name (`/xl/tables/table1.xml`), which
 *   OPC allows; ExcelJS finds a sheet's tables only by the relative form (`../tables/table1.xml`), so it failed to
 *   open the file at all;
 * - LibreOffice writes tables without `<tableStyleInfo>` (it is optional); ExcelJS then fails when it saves the
 *   workbook. Such a table is given an explicit "no style" entry, which is how it looks already.
 * A package that needs neither is returned as it was.
 */
export async function readableByExcelJs(data: ArrayBuffer | Uint8Array): Promise<ArrayBuffer | Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  let changed = false;
  for (const path of Object.keys(zip.files)) {
    const xml = /(^|\/)_rels\/[^/]*\.rels$/.test(path)
      ? relativeTargets(path, await part(zip, path))
      : /^xl\/tables\/[^/]+\.xml$/.test(path)
        ? withTableStyleInfo(await part(zip, path))
        : undefined;
    if (xml !== undefined) {
      zip.file(path, xml);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: "uint8array" }) : data;
}

const part = async (zip: JSZip, path: string) => (await zip.file(path)?.async("string")) ?? "";

/** A .rels part with its internal absolute targets made relative to the folder of the part it belongs to. */
function relativeTargets(relsPath: string, xml: string): string | undefined {
  // xl/worksheets/_rels/sheet1.xml.rels describes xl/worksheets/sheet1.xml: its targets resolve from xl/worksheets.
  const base = relsPath.split("/").slice(0, -2);
  let changed = false;
  const result = xml.replace(/<Relationship\b[^>]*>/g, (tag) => {
    if (/\bTargetMode="External"/.test(tag)) return tag;
    return tag.replace(/\bTarget="\/([^"]*)"/, (_whole, target: string) => {
      changed = true;
      return `Target="${relativeFromFolder(base, target)}"`;
    });
  });
  return changed ? result : undefined;
}

const NO_STYLE = '<tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>';

/** A table part with a tableStyleInfo (CT_Table: after tableColumns, before extLst), or undefined if it has one. */
function withTableStyleInfo(xml: string): string | undefined {
  if (/<(\w+:)?tableStyleInfo\b/.test(xml)) return undefined;
  const prefix = /<(\w+:)?table\b/.exec(xml)?.[1] ?? "";
  const style = prefix ? NO_STYLE.replace("<tableStyleInfo", `<${prefix}tableStyleInfo`) : NO_STYLE;
  const before = new RegExp(`(<${prefix}extLst\\b|</${prefix}table>)`).exec(xml);
  if (!before) return undefined;
  return `${xml.slice(0, before.index)}${style}${xml.slice(before.index)}`;
}
