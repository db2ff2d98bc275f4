import JSZip from "jszip";

/** The package path of a worksheet by its sheet name, from the workbook part and its relationships. */
export async function sheetPath(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const escaped = sheetName.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((s) => s.includes(`name="${escaped}"`));
  const rid = sheet && /r:id="([^"]+)"/.exec(sheet)?.[1];
  const rel =
    rid && [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${rid}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`no sheet named ${sheetName}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The XML of a worksheet by its sheet name, read straight from the saved package. */
export async function sheetXml(data: Uint8Array | Buffer, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  return (await zip.file(await sheetPath(zip, sheetName))?.async("string")) ?? "";
}

/**
 * The package with one part's XML changed by hand (a defect put in for a check to find).
 * @throws Error when the change leaves the part as it was, so a test never checks an unchanged package by mistake.
 */
export async function withEditedPart(
  data: Uint8Array,
  path: string,
  change: (xml: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const xml = (await zip.file(path)?.async("string")) ?? "";
  const changed = change(xml);
  if (changed === xml) throw new Error(`the edit did not change ${path}: ${String(change)}`);
  zip.file(path, changed);
  return zip.generateAsync({ type: "uint8array" });
}

export interface SavedValidation {
  readonly type: string;
  readonly sqref: string;
  readonly formula1: string;
  readonly formula2?: string;
}

export function validationsIn(xml: string): SavedValidation[] {
  return [...xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map((m) => {
    const attrs = m[1] ?? "";
    const body = m[2] ?? "";
    return {
      type: /\btype="([^"]+)"/.exec(attrs)?.[1] ?? "",
      sqref: /\bsqref="([^"]+)"/.exec(attrs)?.[1] ?? "",
      formula1: /<formula1>([^<]*)<\/formula1>/.exec(body)?.[1] ?? "",
      formula2: /<formula2>([^<]*)<\/formula2>/.exec(body)?.[1],
    };
  });
}
