import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readRows } from "../../../src/hosts/xlsx/read-rows";
import { handPackage, relsXml, sheetXml } from "./support/hand-package";

/**
 * The streaming reader (issue 18): a package's plain rows go to the row store, read chunk by chunk; every row the
 * store cannot keep stays in the package ExcelJS loads. Expected values are typed from the XML written here.
 */

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DEFAULT_FONT = { size: 11, color: { theme: 1 }, name: "Calibri", family: 2, scheme: "minor" };
const NO_BORDER = {};
const NO_FILL = { type: "pattern", pattern: "none" };

const STRINGS = [
  "<si><t>编号</t></si>",
  "<si><t>a_x000D_b</t></si>",
  "<si><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r></si>",
  '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="0"/></si>',
  '<si><t xml:space="preserve"> 两边有空格 </t></si>',
];

const PLAIN_ROWS =
  `<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>4</v></c></row>` +
  `<row r="2" spans="1:10" ht="20" customHeight="1" x14ac:dyDescent="0.25">` +
  `<c r="A2"><v>42.5</v></c><c r="B2" s="1"><v>45292.5000000001</v></c><c r="C2" t="b"><v>1</v></c>` +
  `<c r="D2" t="e"><v>#N/A</v></c><c r="E2"><f>A2*2</f><v>85</v></c>` +
  `<c r="F2" t="str"><f>IF(A2&gt;1,"是","否")</f><v>是</v></c><c r="G2" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
  `<c r="H2" t="inlineStr"><is><t>内联 &amp; &lt;文本&gt;</t></is></c><c r="I2" s="2"/><c r="J2" s="0"><v>-3E-2</v></c><c r="K2"><v>45292.5000000001</v></c></row>` +
  `<row r="3"><c r="A3" t="b"><f>_xlfn.XOR(TRUE,FALSE)</f><v>1</v></c><c r="B3" s="1"><f>B2+1</f><v>45293.2500000001</v></c><c r="E3"><f>A2*2</f><v>85</v></c>` +
  `<c r="F3"><f>NOW()</f></c></row>` +
  `<row r="5" ht="30" customHeight="1"/>`;

test("plain rows become stored rows: text, numbers, dates as serials (to the millisecond, as ExcelJS loads them), booleans, errors, formulas with results", async () => {
  const data = await handPackage({ sheets: [{ name: "记录", xml: sheetXml(PLAIN_ROWS) }], sharedStrings: STRINGS });
  const read = await readRows(data);
  const rows = read.rows.get("记录");
  expect(rows?.size).toBe(4);
  expect(rows?.get(1)).toEqual({ attrs: "", values: ["编号", "a\rb", " 两边有空格 "], styles: [] });
  const two = rows?.get(2);
  expect(two?.attrs).toBe(' ht="20" customHeight="1" x14ac:dyDescent="0.25"');
  expect(two?.values).toEqual([
    42.5,
    45292.5,
    true,
    { error: "#N/A" },
    85,
    "是",
    { error: "#DIV/0!" },
    "内联 & <文本>",
    undefined,
    -0.03,
    45292.5000000001,
  ]);
  expect(two?.formulas).toEqual([undefined, undefined, undefined, undefined, "A2*2", 'IF(A2>1,"是","否")', "1/0"]);
  const three = rows?.get(3);
  expect(three?.values).toEqual([true, 45293.25, undefined, undefined, 85]);
  expect(three?.formulas).toEqual(["_xlfn.XOR(TRUE,FALSE)", "B2+1", undefined, undefined, "A2*2", "NOW()"]);
  expect(rows?.get(4)).toBeUndefined();
  expect(rows?.get(5)).toEqual({ attrs: ' ht="30" customHeight="1"', values: [], styles: [] });
  // The same error is one object wherever it occurs.
  const other = await readRows(
    await handPackage({
      sheets: [
        { name: "S", xml: sheetXml(`<row r="1"><c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="e"><v>#N/A</v></c></row>`) },
      ],
    }),
  );
  const [a, b] = other.rows.get("S")?.get(1)?.values ?? [];
  expect(a).toBe(b);
});

test("a stored cell's format is the style model ExcelJS gives the cell it loads", async () => {
  const data = await handPackage({ sheets: [{ name: "记录", xml: sheetXml(PLAIN_ROWS) }], sharedStrings: STRINGS });
  const read = await readRows(data);
  const two = read.rows.get("记录")?.get(2);
  const style = (col: number) => read.palette.get(two?.styles[col] ?? 0);
  const date = { numFmt: "yyyy-mm-dd", font: DEFAULT_FONT, border: NO_BORDER, fill: NO_FILL };
  const boxed = {
    font: { bold: true, size: 12, color: { argb: "FFFF0000" }, name: "Arial" },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } },
    border: { left: { style: "thin", color: { argb: "FF000000" } } },
    alignment: { horizontal: "center", wrapText: true },
  };
  expect(style(1)).toEqual(date);
  expect(style(8)).toEqual(boxed);
  expect(two?.styles[0]).toBeUndefined();
  expect(two?.styles[9]).toBeUndefined();
  expect(style(0)).toEqual({});
  // ExcelJS, loading the same package, gives those cells the same styles.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("记录");
  expect(ws?.getCell("B2").style).toEqual(style(1));
  expect(ws?.getCell("I2").style).toEqual(style(8));
  expect(ws?.getCell("A2").style).toEqual({});
  expect(ws?.getCell("J2").style).toEqual({});
});

const COMMENTS_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<authors><author>李</author></authors><commentList><comment ref="A10" authorId="0"><text><r><t>备注</t></r></text></comment>` +
  `</commentList></comments>`;
const THREADED_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">` +
  `<threadedComment ref="A11" dT="2024-01-01T00:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}">` +
  `<text>讨论</text></threadedComment></ThreadedComments>`;

const EXOTIC_ROWS =
  `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` +
  `<row r="2"><c r="A2" t="s"><v>2</v></c></row>` +
  `<row r="3"><c r="A3" t="s"><v>3</v></c></row>` +
  `<row r="4"><c r="A4" t="d"><v>2024-01-01T00:00:00</v></c></row>` +
  `<row r="5"><c r="A5"><f t="shared" ref="A5:A6" si="0">B5+1</f><v>1</v></c></row>` +
  `<row r="6"><c r="A6"><f t="shared" si="0"/><v>1</v></c></row>` +
  `<row r="7"><c r="A7"><f t="array" ref="A7">SUM(B1:B2*2)</f><v>0</v></c></row>` +
  `<row r="8"><c r="A8" cm="1"><v>3</v></c></row>` +
  `<row r="9"><c r="A9"><v>9</v></c><c r="B9" t="inlineStr"><is><t>a &lt; b &amp; "c"</t></is></c></row>` +
  `<row r="10"><c r="A10"><v>10</v></c></row>` +
  `<row r="11"><c r="A11"><v>11</v></c></row>` +
  `<row r="12"><c r="A12"><v>12</v></c></row>` +
  `<row r="13"><c r="C13"><v>13</v></c></row>` +
  `<row r="14" s="2" customFormat="1"><c r="A14"><v>14</v></c><c r="B14" t="s"><v>1</v></c></row>` +
  `<row r="15"><c r="A15"><f ca="1">RAND()</f><v>0.5</v></c></row>` +
  `<row r="16"><c r="A16"><v>16</v><extLst/></c></row>` +
  `<row r="17"><c r="A17" t="inlineStr"><is><r><t>富</t></r></is></c></row>` +
  `<row r="18"><c r="A18" t="s"><v>0</v></c><c r="B18"><v>18</v></c></row>`;
const EXOTIC_AFTER =
  `<mergeCells count="1"><mergeCell ref="A12:B13"/></mergeCells>` +
  `<hyperlinks><hyperlink ref="B9" r:id="rId1"/></hyperlinks>` +
  `<rowBreaks count="2" manualBreakCount="2"><brk id="4" max="16383" man="1"/><brk id="12" max="16383" man="1"/></rowBreaks>` +
  `<colBreaks count="1" manualBreakCount="1"><brk id="2" max="1048575" man="1"/></colBreaks>`;

async function exoticPackage(): Promise<Uint8Array> {
  return handPackage({
    sheets: [
      {
        name: "其他",
        xml: sheetXml(EXOTIC_ROWS, EXOTIC_AFTER),
        rels: relsXml([
          { id: "rId1", type: `${REL}/hyperlink`, target: "https://example.com/?a=1&b=2", external: true },
          { id: "rId2", type: `${REL}/comments`, target: "../comments1.xml" },
          {
            id: "rId3",
            type: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
            target: "../threadedComments/threadedComment1.xml",
          },
        ]),
      },
    ],
    sharedStrings: STRINGS,
    parts: { "xl/comments1.xml": COMMENTS_XML, "xl/threadedComments/threadedComment1.xml": THREADED_XML },
  });
}

test("rows the store cannot keep stay ExcelJS's: rich or phonetic text, t=d, shared/array/flagged formulas, cell attributes, links, notes, merges, row formats, unknown children", async () => {
  const read = await readRows(await exoticPackage());
  const rows = read.rows.get("其他");
  expect([...(rows?.entries() ?? [])].map(([n]) => n)).toEqual([1, 18]);
  expect(rows?.get(18)?.values).toEqual(["编号", 18]);
  expect(read.rowBreaks.get("其他")).toEqual([4, 12]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(read.data as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("其他");
  // The store's rows are not ExcelJS's too.
  expect(ws?.getRow(1).hasValues).toBe(false);
  expect(ws?.getRow(18).hasValues).toBe(false);
  expect(ws?.getCell("A2").value).toEqual({ richText: [{ text: "富" }, { font: { bold: true }, text: "文本" }] });
  expect(ws?.getCell("A3").value).toBe("漢字");
  expect(ws?.getCell("A5").value).toEqual({ formula: "B5+1", shareType: "shared", ref: "A5:A6", result: 1 });
  expect(ws?.getCell("A6").value).toEqual({ sharedFormula: "A5", result: 1 });
  expect(ws?.getCell("A8").value).toBe(3);
  expect(ws?.getCell("B9").value).toEqual({ text: 'a < b & "c"', hyperlink: "https://example.com/?a=1&b=2" });
  expect(ws?.getCell("A10").note).toBe("备注");
  expect(ws?.getCell("A11").value).toBe(11);
  expect(ws?.getCell("C13").value).toBe(13);
  expect(ws?.getCell("B13").isMerged).toBe(true);
  expect(ws?.getCell("A14").value).toBe(14);
  expect(ws?.getCell("B14").value).toBe("a\rb");
  expect(ws?.getCell("A15").value).toEqual({ formula: "RAND()", result: 0.5 });
  // The stripped part keeps the root's namespaces, the rows it left and everything after the rows.
  const zip = await JSZip.loadAsync(read.data);
  const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  expect(xml).toContain('xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">');
  // ExcelJS gets only the shared strings of the rows it holds, numbered anew.
  expect(xml).toContain(`<row r="2"><c r="A2" t="s"><v>0</v></c></row>`);
  expect(xml).toContain(`<row r="3"><c r="A3" t="s"><v>1</v></c></row>`);
  expect(await zip.file("xl/sharedStrings.xml")?.async("string")).toBe(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">` +
      `${STRINGS[2]}${STRINGS[3]}<si><t xml:space="preserve">a&#13;b</t></si></sst>`,
  );
  expect(xml).toContain(`<row r="17"><c r="A17" t="inlineStr"><is><r><t>富</t></r></is></c></row>`);
  expect(xml).toContain(`<row r="16"><c r="A16"><v>16</v><extLst/></c></row>`);
  expect(xml).toContain(`<c r="B9" t="inlineStr"><is><t>a &lt; b &amp; "c"</t></is></c>`);
  expect(xml).not.toContain(`<row r="1">`);
  expect(xml).not.toContain(`<row r="18">`);
  expect(xml.endsWith(`${EXOTIC_AFTER}</worksheet>`)).toBe(true);
});

test("a workbook ExcelJS wrote keeps its values, notes, links and merges through the stripped package", async () => {
  const source = new ExcelJS.Workbook();
  const ws = source.addWorksheet("问题记录");
  ws.addRow(["编号", "客户", "金额"]);
  for (let i = 1; i <= 40; i++) ws.addRow([`FU-${i}`, `客户${i}`, i * 1.5]);
  ws.getCell("B5").note = "回访过两次";
  ws.getCell("A7").value = { text: "工单", hyperlink: "https://example.com/t/7" };
  ws.mergeCells("B9:C10");
  ws.getCell("A12").value = { richText: [{ text: "红", font: { color: { argb: "FFFF0000" } } }, { text: "字" }] };
  const read = await readRows(new Uint8Array(await source.xlsx.writeBuffer()));
  const rows = read.rows.get("问题记录");
  expect([5, 7, 9, 10, 12].map((n) => rows?.get(n))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  expect(rows?.get(41)?.values).toEqual(["FU-40", "客户40", 60]);
  expect(rows?.size).toBe(41 - 5);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(read.data as unknown as ArrayBuffer);
  const loaded = wb.getWorksheet("问题记录");
  expect(loaded?.getCell("B5").value).toBe("客户4");
  expect(loaded?.getCell("B5").note).toBe("回访过两次");
  expect(loaded?.getCell("A7").value).toEqual({ text: "工单", hyperlink: "https://example.com/t/7" });
  expect(loaded?.getCell("C7").value).toBe(9);
  expect(loaded?.getCell("B9").value).toBe("客户8");
  expect(loaded?.getCell("C10").isMerged).toBe(true);
  expect(loaded?.getCell("A12").value).toEqual({
    richText: [{ text: "红", font: { color: { argb: "FFFF0000" } } }, { text: "字" }],
  });
  expect(loaded?.getRow(2).hasValues).toBe(false);
});

test("a sheet of many chunks is read whole; a package with nothing to take is handed on as it was", async () => {
  let rowsXml = "";
  for (let r = 1; r <= 6000; r++)
    rowsXml += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>第${r}行</t></is></c><c r="B${r}"><v>${r}</v></c></row>`;
  const data = await handPackage({ sheets: [{ name: "大", xml: sheetXml(rowsXml) }] });
  const rows = (await readRows(data)).rows.get("大");
  expect(rows?.size).toBe(6000);
  expect(rows?.get(1)?.values).toEqual(["第1行", 1]);
  expect(rows?.get(3001)?.values).toEqual(["第3001行", 3001]);
  expect(rows?.get(6000)?.values).toEqual(["第6000行", 6000]);
  const nothing = await handPackage({ sheets: [{ name: "空", xml: sheetXml("") }] });
  expect((await readRows(nothing)).data).toBe(nothing);
});

test("a sheet whose rows are not all numbered in order is left to ExcelJS whole", async () => {
  const rowsXml = `<row r="2"><c r="A2" t="s"><v>4</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>`;
  const read = await readRows(
    await handPackage({ sheets: [{ name: "乱序", xml: sheetXml(rowsXml) }], sharedStrings: STRINGS }),
  );
  expect(read.rows.get("乱序")?.size).toBe(0);
  const zip = await JSZip.loadAsync(read.data);
  expect(await zip.file("xl/worksheets/sheet1.xml")?.async("string")).toBe(
    sheetXml(`<row r="2"><c r="A2" t="s"><v>0</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>`),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(read.data as unknown as ArrayBuffer);
  expect(wb.getWorksheet("乱序")?.getCell("A2").value).toBe(" 两边有空格 ");
  expect(wb.getWorksheet("乱序")?.getCell("A1").value).toBe(1);
});
