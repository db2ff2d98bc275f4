import JSZip from "jszip";

/**
 * Peak memory of opening a workbook, per byte of worksheet and shared-string XML: the streaming reader (read-rows.ts)
 * keeps plain rows in the row store and hands ExcelJS only the rest. The demo workbook of 100,000 issues holds 698 MB
 * of that XML and peaks at 595 MB to 1,012 MB RSS while XlsxHost.load opens it, as garbage collection falls (0.85 to
 * 1.45 bytes a byte; 20,000 issues: 137 MB, 221 MB, the process's own 70 MB weighing more), measured with
 * `/usr/bin/time -v node --import tsx` on a script calling XlsxHost.load on a workbook made by
 * `npx tsx src/cli/main.ts init --demo --rows 100000 f.xlsx`. Rounded up, so the estimate errs towards refusing.
 * Rows left to ExcelJS (rich text, shared formulas …) cost about 16 bytes a byte, as the whole workbook did before;
 * a workbook made mostly of them is underestimated.
 */
export const OPEN_BYTES_PER_XML_BYTE = 2;

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
