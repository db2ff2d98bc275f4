import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";

/**
 * A chart sheet between worksheets (issue 10): workbook.xml counts it in every sheet index — the active tab, a
 * defined name's localSheetId — while ExcelJS, which drops chart sheets, counts worksheets only. Loaded and saved by
 * the xlsx host, the indexes still name the sheets they named, and a sheet the product activates is the one shown.
 */
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Sheets A, 图表1 (a chart sheet), B, C, the window showing C, and C's print area (what Excel writes). */
async function book(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const name of ["A", "B", "C"]) wb.addWorksheet(name).getCell("A1").value = name;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const read = async (path: string) => (await zip.file(path)?.async("string")) ?? "";
  zip.file(
    "xl/chartsheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet ` +
      `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheetPr/><sheetViews>` +
      `<sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" ` +
      `header="0.3" footer="0.3"/></chartsheet>`,
  );
  const types = await read("[Content_Types].xml");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/xl/chartsheets/sheet1.xml" ` +
        `ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>`,
    ),
  );
  const rels = await read("xl/_rels/workbook.xml.rels");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdChart" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
    ),
  );
  const workbook = (await read("xl/workbook.xml"))
    .replace(/(<sheet [^>]*name="A"[^>]*\/>)/, `$1<sheet name="图表1" sheetId="9" r:id="rIdChart"/>`)
    .replace(
      "<sheets>",
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" ' +
        'activeTab="3"/></bookViews><sheets>',
    )
    .replace(
      "</sheets>",
      '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="3">C!$A$1:$B$2</definedName>' +
        "</definedNames>",
    );
  zip.file("xl/workbook.xml", workbook);
  return zip.generateAsync({ type: "uint8array" });
}

/** The sheet names in tab order, the active tab's name, and each print area with the sheet it belongs to. */
async function indexes(data: Uint8Array) {
  const workbook = (await (await JSZip.loadAsync(data)).file("xl/workbook.xml")?.async("string")) ?? "";
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
  const active = Number(/\bactiveTab="(\d+)"/.exec(workbook)?.[1] ?? 0);
  const printAreas = [...workbook.matchAll(/<definedName\b[^>]*name="_xlnm.Print_Area"[^>]*>([^<]*)</g)].map((m) => [
    sheets[Number(/localSheetId="(\d+)"/.exec(m[0])?.[1])],
    m[1],
  ]);
  return { sheets, active: sheets[active], printAreas };
}

test("the fixture: C is shown and has a print area, a chart sheet before it", async () => {
  expect(await indexes(await book())).toEqual({
    sheets: ["A", "图表1", "B", "C"],
    active: "C",
    printAreas: [["C", "C!$A$1:$B$2"]],
  });
});

test("loaded and saved, the active tab and the print area still belong to C", async () => {
  const host = await XlsxHost.load(await book());
  const saved = await indexes(await host.toBuffer());
  expect(saved.sheets).toEqual(["A", "图表1", "B", "C"]);
  expect(saved.active).toBe("C");
  // ExcelJS writes a print area as 'C'!$A1:$B2 (quoted, rows without $): the same cells, on C
  const cells = (range = "") => range.replace(/&apos;|'|\$/g, "");
  expect(saved.printAreas.map(([sheet, range]) => [sheet, cells(range)])).toEqual([["C", "C!A1:B2"]]);
});

test("a sheet the product activates after the chart sheet is the one shown", async () => {
  const host = await XlsxHost.load(await book());
  await host.activate("B");
  expect((await indexes(await host.toBuffer())).active).toBe("B");
  await host.activate("A");
  expect((await indexes(await host.toBuffer())).active).toBe("A");
});
