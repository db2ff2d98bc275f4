import JSZip from "jszip";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/**
 * A one-sheet .xlsx as a survey tool writes it: inline strings, each row at the row number given (so a test can
 * place a row past Excel's limit, which Excel and ExcelJS refuse to write), and the used range stated ahead of
 * them when `dimension` is given.
 */
export async function xlsxExport(
  sheet: string,
  rows: readonly (readonly [number, readonly string[]])[],
  dimension?: string,
): Promise<Uint8Array> {
  const zip = new JSZip();
  const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      "</Types>",
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets>` +
      `<sheet name="${escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  const body = rows
    .map(
      ([r, cells]) =>
        `<row r="${String(r)}">` +
        cells.map((text) => `<c t="inlineStr"><is><t>${escape(text)}</t></is></c>`).join("") +
        "</row>",
    )
    .join("");
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}">${dimension === undefined ? "" : `<dimension ref="${dimension}"/>`}<sheetData>${body}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
