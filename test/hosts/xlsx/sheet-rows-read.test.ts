import type JSZip from "jszip";
import { KeptStrings } from "../../../src/hosts/xlsx/shared-strings-read";
import { RowShapes } from "../../../src/hosts/xlsx/row-store";
import { readWorksheet } from "../../../src/hosts/xlsx/sheet-rows-read";
import { sheetXml } from "./support/hand-package";

/**
 * A worksheet arrives in chunks that end anywhere: inside a tag, inside `</sheetData>`, between the bytes of one
 * Chinese character. Each chunk size below gives the same rows and the same stripped part.
 */

/** A stand-in for JSZip that hands out its parts `size` bytes at a time, as JSZip's internal stream does. */
function chunkedZip(parts: Record<string, string>, size: number): JSZip {
  const bytes = (path: string) => new TextEncoder().encode(parts[path]);
  const stream = (data: Uint8Array) => {
    const handlers: Record<string, ((value?: unknown) => void)[]> = {};
    let paused = true;
    let at = 0;
    const flow = () => {
      while (!paused && at < data.length) {
        const chunk = data.subarray(at, at + size);
        at += size;
        for (const h of handlers.data ?? []) h(chunk);
      }
      if (!paused && at >= data.length) for (const h of handlers.end ?? []) h();
    };
    const self = {
      on(event: string, handler: (value?: unknown) => void) {
        (handlers[event] ??= []).push(handler);
        return self;
      },
      pause: () => void (paused = true),
      resume: () => {
        paused = false;
        setTimeout(flow, 0);
      },
    };
    return self;
  };
  return {
    file: (path: string) =>
      parts[path] === undefined
        ? null
        : { internalStream: () => stream(bytes(path)), async: () => Promise.resolve(parts[path]) },
  } as unknown as JSZip;
}

const ROWS =
  `<row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>售后闭环——满意</t></is></c>` +
  `<c r="B1" t="str"><f>IF(C1&gt;0,"是","否")</f><v>是</v></c><c r="C1"><v>12.25</v></c></row>` +
  `<row r="2"><c r="A2" t="inlineStr"><is><t>合并的行 &amp; "引号"</t></is></c></row>` +
  `<row r="3" ht="18" customHeight="1"><c r="A3" t="e"><v>#VALUE!</v></c><c r="B3" t="inlineStr"><is><t>𠀀扩展字</t></is></c></row>`;
const PART = "xl/worksheets/sheet1.xml";

/** No shared strings, every format the default, nothing interned yet. */
const plainSources = () => ({
  strings: [],
  kept: new KeptStrings({ texts: [], others: new Map(), rootAttributes: "", present: false }),
  formats: { index: () => 0, isDate: () => false },
  interned: new Map<string, string>(),
  shapes: new RowShapes(),
  errors: new Map(),
});
const XML = sheetXml(ROWS, `<mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>`);

test.each([1, 2, 3, 5, 7, 4096])("chunks of %i bytes give the same rows and stripped part", async (size) => {
  const zip = chunkedZip({ [PART]: XML }, size);
  const read = await readWorksheet(zip, PART, plainSources());
  expect([...read.rows.entries()]).toEqual([
    [
      1,
      { attrs: "", values: ["售后闭环——满意", "是", 12.25], styles: [], formulas: [undefined, 'IF(C1>0,"是","否")'] },
    ],
    [3, { attrs: ' ht="18" customHeight="1"', values: [{ error: "#VALUE!" }, "𠀀扩展字"], styles: [] }],
  ]);
  const stripped = new TextDecoder().decode(Buffer.concat(read.stripped ?? []));
  expect(stripped).toBe(
    sheetXml(
      `<row r="2"><c r="A2" t="inlineStr"><is><t>合并的行 &amp; "引号"</t></is></c></row>`,
      `<mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>`,
    ),
  );
});

test("rows as LibreOffice writes them (customFormat and aca switched off) are the store's; a row format switched on is not", async () => {
  const rows =
    `<row r="1" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">` +
    `<c r="A1" s="0" t="n"><f aca="false">B1*2</f><v>4</v></c><c r="B1" s="0" t="n"><v>2</v></c></row>` +
    `<row r="2" customFormat="1" s="0"><c r="A2" t="n"><v>1</v></c></row>` +
    `<row r="3"><c r="A3" t="n"><f aca="true">B3</f><v>0</v></c></row>`;
  const zip = chunkedZip({ [PART]: sheetXml(rows, "") }, 4096);
  const read = await readWorksheet(zip, PART, plainSources());
  expect([...read.rows.entries()]).toEqual([
    [
      1,
      {
        attrs: ' customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"',
        values: [4, 2],
        styles: [],
        formulas: ["B1*2"],
      },
    ],
  ]);
  const stripped = new TextDecoder().decode(Buffer.concat(read.stripped ?? []));
  expect(stripped).toContain(`<row r="2" customFormat="1" s="0">`);
  expect(stripped).toContain(`<f aca="true">B3</f>`);
});

test("a row with LibreOffice's mixed-script text (rich text, one font per script) stays ExcelJS's, its string kept", async () => {
  const rich =
    `<si><r><rPr><sz val="11"/><rFont val="WenQuanYi Micro Hei"/><family val="2"/></rPr><t xml:space="preserve">对开门冰箱 </t></r>` +
    `<r><rPr><sz val="11"/><rFont val="Calibri"/><family val="2"/><charset val="1"/></rPr><t xml:space="preserve">BCD-610WP</t></r></si>`;
  const kept = new KeptStrings({
    texts: [undefined, "维修"],
    others: new Map([[0, rich]]),
    rootAttributes: "",
    present: true,
  });
  const rowOf = (r: number, index: number) =>
    `<row r="${r}" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">` +
    `<c r="A${r}" s="0" t="s"><v>${index}</v></c></row>`;
  const zip = chunkedZip({ [PART]: sheetXml(rowOf(1, 0) + rowOf(2, 1)) }, 4096);
  const read = await readWorksheet(zip, PART, { ...plainSources(), strings: [undefined, "维修"], kept });
  expect([...read.rows.entries()].map(([n, row]) => [n, row.values])).toEqual([[2, ["维修"]]]);
  expect(new TextDecoder().decode(Buffer.concat(read.stripped ?? []))).toBe(sheetXml(rowOf(1, 0)));
  expect(kept.xml()).toContain(rich);
});
