import JSZip from "jszip";
import { internals } from "../../../src/hosts/xlsx/exceljs-internals";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import type { WorkbookPlan } from "../../../src/workbook/plan-types";
import { sheetXml, validationsIn } from "../../support/xlsx-parts";

/**
 * A validation over a long range is one rule in the workbook, and it stays one entry when the workbook is opened
 * (ExcelJS would read it into an entry per cell), and one rule over the same range when it is saved again.
 */
const ROWS = 3000;

const plan: WorkbookPlan = {
  lang: "zh-CN",
  ops: [
    { kind: "sheet", name: "Data", freezeRows: 1 },
    {
      kind: "table",
      sheet: "Data",
      name: "T",
      origin: "A1",
      columns: [{ header: "text" }, { header: "n" }],
      rows: Array.from({ length: ROWS }, (_, i) => [`r${i}`, i]),
    },
    { kind: "validation", sheet: "Data", range: `B2:B${ROWS + 1}`, rule: { type: "decimal", min: 0 } },
  ],
};

/** The plan's workbook with a user's list rule over two areas in one element (sqref "D2:D5 F2:F5"), as Excel writes it. */
async function saved(): Promise<Uint8Array> {
  const host = XlsxHost.create();
  await host.apply(plan);
  const zip = await JSZip.loadAsync(await host.toBuffer());
  const path = "xl/worksheets/sheet1.xml";
  const xml = (await zip.file(path)?.async("string")) ?? "";
  const rule =
    '<dataValidation type="list" allowBlank="1" sqref="D2:D5 F2:F5"><formula1>"是,否"</formula1></dataValidation>';
  const withRule = xml.replace(
    /<dataValidations count="1">([\s\S]*?)<\/dataValidations>/,
    `<dataValidations count="2">$1${rule}</dataValidations>`,
  );
  if (withRule === xml) throw new Error("the sheet has no validation to add the user's rule beside");
  zip.file(path, withRule);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

test("an opened workbook holds each range of a validation as one entry, not one per cell", async () => {
  const host = await XlsxHost.load(await saved());
  const ws = host.workbook.getWorksheet("Data");
  if (!ws) throw new Error("no Data sheet");
  const model = internals(ws).dataValidations.model;
  expect(Object.keys(model).sort()).toEqual([`B2:B${ROWS + 1}`, "D2:D5", "F2:F5"]);
  expect(model[`B2:B${ROWS + 1}`]).toEqual({
    type: "decimal",
    allowBlank: true,
    showErrorMessage: true,
    operator: "greaterThanOrEqual",
    errorStyle: "stop",
    formulae: [0],
  });
  expect(model["D2:D5"]).toEqual({ type: "list", allowBlank: true, formulae: ['"是,否"'] });
});

test("saved again, the rules cover the same areas with the same formulas", async () => {
  const host = await XlsxHost.load(await saved());
  const again = validationsIn(await sheetXml(await host.toBuffer(), "Data"));
  const areas = again.flatMap((v) => v.sqref.split(" ").map((area) => [v.type, area, v.formula1]));
  expect(areas.sort()).toEqual([
    ["decimal", `B2:B${ROWS + 1}`, "0"],
    ["list", "D2:D5", "&quot;是,否&quot;"],
    ["list", "F2:F5", "&quot;是,否&quot;"],
  ]);
});
