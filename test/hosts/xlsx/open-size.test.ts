import ExcelJS from "exceljs";
import JSZip from "jszip";
import { demoSeed } from "../../../src/demo/demo-seed";
import {
  cellXmlBytes,
  EXCELJS_BYTES_PER_XML_BYTE,
  OPEN_BYTES_PER_XML_BYTE,
  OpenTooLargeError,
} from "../../../src/hosts/xlsx/open-size";
import { refuseTooLarge, WorkbookFileError } from "../../../src/hosts/xlsx/workbook-file";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";

/**
 * A workbook too large to open in the memory the process may use is refused before it is read, with a message
 * naming the file and the limit (issue 18: never an out-of-memory abort).
 */
let data: Uint8Array;

beforeAll(async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN", seed: demoSeed({ issues: 300, seed: "open-size" }) });
  data = await host.toBuffer();
}, 120_000);

test("the cell XML counted from the zip directory is the inflated size of the sheets and shared strings", async () => {
  const zip = await JSZip.loadAsync(data);
  const parts = Object.keys(zip.files).filter(
    (p) => p.startsWith("xl/worksheets/sheet") || p === "xl/sharedStrings.xml",
  );
  expect(parts.length).toBeGreaterThan(5);
  let inflated = 0;
  for (const p of parts) inflated += (await zip.file(p)?.async("uint8array"))?.length ?? 0;
  expect(await cellXmlBytes(data)).toBe(inflated);
});

test("a limit below what opening takes refuses it, naming the file, its size and the limit", async () => {
  const refusal = refuseTooLarge("/books/年度问题.xlsx", data, 2 ** 20);
  await expect(refusal).rejects.toBeInstanceOf(WorkbookFileError);
  await expect(refusal).rejects.toThrow(
    /^\/books\/年度问题\.xlsx: its sheets hold \d+ MB of cells, which take about \d+ MB of memory to open, more than the 1 MB this process may use; nothing was read\./,
  );
});

test("a limit that covers the estimate lets it open", async () => {
  const need = (await cellXmlBytes(data)) * OPEN_BYTES_PER_XML_BYTE;
  await expect(refuseTooLarge("book.xlsx", data, need)).resolves.toBeUndefined();
  await expect(refuseTooLarge("book.xlsx", data, need - 1)).rejects.toThrow(/nothing was read/);
});

/** A workbook whose every row holds rich text: the store takes none of them, ExcelJS gets all its cell XML. */
async function richTextBook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("问题记录");
  for (let r = 1; r <= 400; r++)
    ws.getRow(r).getCell(1).value = {
      richText: [{ text: "对开门冰箱 " }, { text: `BCD-${r}`, font: { name: "Calibri" } }],
    };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("rows left to ExcelJS are counted at its cost once the reader has taken the store's rows", async () => {
  const rich = await richTextBook();
  const xml = await cellXmlBytes(rich);
  // The estimate before reading lets it through; what ExcelJS is handed does not fit.
  await expect(refuseTooLarge("book.xlsx", rich, xml * OPEN_BYTES_PER_XML_BYTE)).resolves.toBeUndefined();
  await expect(XlsxHost.load(rich, { limitBytes: xml * OPEN_BYTES_PER_XML_BYTE })).rejects.toBeInstanceOf(
    OpenTooLargeError,
  );
  await expect(XlsxHost.load(rich, { limitBytes: xml * EXCELJS_BYTES_PER_XML_BYTE })).resolves.toBeInstanceOf(XlsxHost);
});

test("a workbook whose plain rows the store takes is not held to ExcelJS's cost", async () => {
  // Its sheets' heads and tails and the heading rows still go to ExcelJS: twice the first estimate, not 16 times.
  const limitBytes = (await cellXmlBytes(data)) * OPEN_BYTES_PER_XML_BYTE * 2;
  expect(limitBytes).toBeLessThan((await cellXmlBytes(data)) * EXCELJS_BYTES_PER_XML_BYTE);
  await expect(XlsxHost.load(data, { limitBytes })).resolves.toBeInstanceOf(XlsxHost);
});
