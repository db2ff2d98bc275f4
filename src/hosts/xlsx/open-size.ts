import JSZip from "jszip";

/**
 * Peak memory of opening a workbook through ExcelJS's whole-workbook model, per byte of worksheet XML: the demo
 * workbook of 20,000 issues holds 137 MB of sheet and shared-string XML and peaks at 2.1 GB while it opens
 * (`npm run bench`, scale). Rounded up, so the estimate errs towards refusing.
 */
export const OPEN_BYTES_PER_XML_BYTE = 16;

/** Bytes of worksheet and shared-string XML in a package, from its zip directory (nothing is inflated). */
export async function cellXmlBytes(data: Uint8Array): Promise<number> {
  const zip = await JSZip.loadAsync(data);
  let bytes = 0;
  for (const entry of Object.values(zip.files)) {
    if (!/^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/.test(entry.name)) continue;
    bytes += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  }
  return bytes;
}

/** What opening the package is expected to take, and whether that fits in `limitBytes`. */
export async function openEstimate(
  data: Uint8Array,
  limitBytes: number,
): Promise<{ readonly xmlMB: number; readonly needMB: number; readonly limitMB: number; readonly fits: boolean }> {
  const xml = await cellXmlBytes(data);
  const need = xml * OPEN_BYTES_PER_XML_BYTE;
  const mb = (n: number) => Math.ceil(n / 2 ** 20);
  return { xmlMB: mb(xml), needMB: mb(need), limitMB: mb(limitBytes), fits: need <= limitBytes };
}
