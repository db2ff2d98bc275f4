import JSZip from "jszip";

/**
 * Peak memory of opening a workbook, per byte of worksheet and shared-string XML: the streaming reader (read-rows.ts)
 * keeps plain rows in the row store and hands ExcelJS only the rest. The demo workbook of 100,000 issues holds 698 MB
 * of that XML and peaks at 595 MB to 1,012 MB RSS while XlsxHost.load opens it, as garbage collection falls (0.85 to
 * 1.45 bytes a byte; 20,000 issues: 137 MB, 221 MB, the process's own 70 MB weighing more), measured with
 * `/usr/bin/time -v node --import tsx` on a script calling XlsxHost.load on a workbook made by
 * `npx tsx src/cli/main.ts init --demo --rows 100000 f.xlsx`. Rounded up, so the estimate errs towards refusing.
 * Rows left to ExcelJS (rich text, shared formulas …) cost more (EXCELJS_BYTES_PER_XML_BYTE): once the reader has
 * taken its rows, loadEstimate checks again with what ExcelJS is actually handed.
 */
export const OPEN_BYTES_PER_XML_BYTE = 2;

/**
 * Peak memory per byte of cell XML handed to ExcelJS: the same workbook of 100,000 issues after LibreOffice saved it
 * (its mixed-script texts written as rich text, so most rows stay ExcelJS's) peaked at 5.8 GB, as the whole workbook
 * did when ExcelJS read all of it (about 16 bytes a byte).
 */
export const EXCELJS_BYTES_PER_XML_BYTE = 16;

/** Opening would take more memory than the process may use: what it holds, what it needs, the limit (MB). */
export class OpenTooLargeError extends Error {
  constructor(
    readonly xmlMB: number,
    readonly needMB: number,
    readonly limitMB: number,
  ) {
    super(`${xmlMB} MB of cells take about ${needMB} MB of memory to open, more than the ${limitMB} MB allowed`);
  }
}

const mb = (n: number) => Math.ceil(n / 2 ** 20);

/** Bytes of worksheet and shared-string XML in a package, from its zip directory (nothing is inflated). */
export async function cellXmlBytes(data: ArrayBuffer | Uint8Array): Promise<number> {
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
  return { xmlMB: mb(xml), needMB: mb(need), limitMB: mb(limitBytes), fits: need <= limitBytes };
}

/**
 * Refuses to hand ExcelJS a package when the rows left to it would not fit in `limitBytes`: `allXml` bytes of cell
 * XML came in, `handed` is the package without the store's rows (read-rows.ts).
 * @throws OpenTooLargeError
 */
export async function loadEstimate(
  allXml: number,
  handed: ArrayBuffer | Uint8Array,
  limitBytes: number,
): Promise<void> {
  const toExcelJs = Math.min(allXml, await cellXmlBytes(handed));
  const need = toExcelJs * EXCELJS_BYTES_PER_XML_BYTE + (allXml - toExcelJs) * OPEN_BYTES_PER_XML_BYTE;
  if (need > limitBytes) throw new OpenTooLargeError(mb(allXml), mb(need), mb(limitBytes));
}
