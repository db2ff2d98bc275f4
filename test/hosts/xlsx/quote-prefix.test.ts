import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import type { WorkbookPlan } from "../../../src/workbook/plan-types";
import { checkPackage } from "../../package/package-check";
import type { PackageModel } from "../../package/package-model";
import { cellText, loadPackage } from "../../package/package-model";
import { requireXmllint } from "../../package/schema-validation";
import type { XmlElement } from "../../package/xml-tree";
import { attr, childElements, descendants } from "../../package/xml-tree";

/**
 * Stored text that begins with = + - @ tab or CR carries Excel's quote prefix in the file (a cellXfs format with
 * quotePrefix="1"), as Excel itself writes text typed after an apostrophe: without it, pressing Enter in such a
 * cell turns the text into a live formula.
 */
const RISKY = ["=1+1", "+86 138 0000 0000", "-5", "@SUM(A1)", "\tindented", '=HYPERLINK("http://x")'];
const PLAIN = ["plain", "1+1", "a=b", "中文-说明", "'quoted"];

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
      rows: [...RISKY, ...PLAIN].map((t, i) => [t, i]),
    },
    { kind: "cells", sheet: "Data", origin: "D2", rows: [["=composed", "fine"]], numFmts: [["@", "@"]] },
  ],
};

/** The cellXfs format of each shared-string cell of the Data sheet, by the cell's text. */
function formats(model: PackageModel): Map<string, XmlElement | undefined> {
  const styles = model.xml.get("xl/styles.xml");
  const cellXfs = styles ? descendants(styles, "cellXfs")[0] : undefined;
  if (!cellXfs) throw new Error("no cellXfs in the styles part");
  const xfs = childElements(cellXfs, "xf");
  const sheet = model.sheets.find((s) => s.name === "Data");
  if (!sheet) throw new Error("no Data sheet");
  const out = new Map<string, XmlElement | undefined>();
  for (const cell of sheet.cells.values()) {
    if (attr(cell, "t") === "s") out.set(cellText(model, cell), xfs[Number(attr(cell, "s") ?? "0")]);
  }
  return out;
}

function quotePrefixed(model: PackageModel): Map<string, boolean> {
  return new Map([...formats(model)].map(([text, xf]) => [text, xf !== undefined && attr(xf, "quotePrefix") === "1"]));
}

async function written(): Promise<Uint8Array> {
  const host = XlsxHost.create();
  await host.apply(plan);
  return host.toBuffer();
}

test("text that begins like a formula gets the quote prefix, other text does not", async () => {
  const marks = quotePrefixed(await loadPackage(await written()));
  for (const t of [...RISKY, "=composed"]) expect([t, marks.get(t)]).toEqual([t, true]);
  for (const t of [...PLAIN, "fine", "text", "n"]) expect([t, marks.get(t)]).toEqual([t, false]);
});

test("the prefixed cell keeps its own format (the text number format) beside the prefix", async () => {
  const xf = formats(await loadPackage(await written())).get("=composed");
  expect(xf && attr(xf, "numFmtId")).toBe("49");
  expect(xf && attr(xf, "quotePrefix")).toBe("1");
});

test("the text reads back unchanged, and the prefix survives opening and saving again", async () => {
  const again = await XlsxHost.load(await written());
  expect((await again.readTable("T"))?.rows.map((r) => r[0])).toEqual([...RISKY, ...PLAIN]);
  const marks = quotePrefixed(await loadPackage(await again.toBuffer()));
  expect(RISKY.map((t) => marks.get(t))).toEqual(RISKY.map(() => true));
});

test("the package stays valid against the ECMA-376 schemas and the package rules", async () => {
  requireXmllint();
  const check = await checkPackage(await written());
  expect(check.schemaErrors).toEqual([]);
  expect(check.violations).toEqual([]);
});

test("a user's rich text and link text that begin like a formula get the prefix too, plain ones do not", async () => {
  const host = XlsxHost.create();
  await host.apply(plan);
  const notes = host.workbook.addWorksheet("Notes");
  notes.getCell("A1").value = { richText: [{ text: "=", font: { bold: true } }, { text: "SUM(1)" }] };
  notes.getCell("A2").value = { text: "-link", hyperlink: "https://example.com/a" };
  notes.getCell("A3").value = { richText: [{ text: "plain rich" }] };
  notes.getCell("A4").value = { text: "plain link", hyperlink: "https://example.com/b" };
  const model = await loadPackage(await host.toBuffer());
  const styles = model.xml.get("xl/styles.xml");
  const cellXfs = styles ? descendants(styles, "cellXfs")[0] : undefined;
  const xfs = cellXfs ? childElements(cellXfs, "xf") : [];
  const sheet = model.sheets.find((s) => s.name === "Notes");
  const marked = ["A1", "A2", "A3", "A4"].map((ref) => {
    const cell = sheet?.cells.get(ref);
    const xf = cell && xfs[Number(attr(cell, "s") ?? "0")];
    return [ref, xf !== undefined && attr(xf, "quotePrefix") === "1"];
  });
  expect(marked).toEqual([
    ["A1", true],
    ["A2", true],
    ["A3", false],
    ["A4", false],
  ]);
});
