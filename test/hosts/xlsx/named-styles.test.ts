import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import JSZip from "jszip";
import { demoSeed } from "../../../src/demo/demo-seed";
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { generateReport } from "../../../src/use-cases/generate-report";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";
import { checkPackage } from "../../package/package-check";
import { cellText, loadPackage } from "../../package/package-model";
import { attr, childElements, descendants, serializeXml, type XmlElement } from "../../package/xml-tree";

/**
 * The report's look comes from named cell styles, so a company restyles every report once in Excel (Home ▸ Cell
 * Styles ▸ Modify), and the named styles a workbook already has survive our saves (issue 14 item 2).
 */
const REPORT_STYLE_NAMES = [
  "报告达标",
  "报告未达标",
  "报告标题",
  "报告副标题",
  "报告注释",
  "报告章节",
  "报告表头",
  "报告关键指标",
  "报告正文",
  "报告段落",
];
const EXCEL_BOOK = resolve(__dirname, "../../fixtures/excel-styles/excel-cell-styles.xlsx");

const report = (host: XlsxHost, month: string) =>
  generateReport(host, { month, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });

/** An element's children as XML, in sorted order (the order of a font's properties carries no meaning). */
const parts = (e: XmlElement) =>
  childElements(e)
    .map((c) => serializeXml(c).replace(/^<\?xml[^>]*>\s*/, ""))
    .sort();

/** A package's styles as Excel reads them: each cell's named style, each style's definition. */
async function stylesOf(data: Uint8Array) {
  const model = await loadPackage(data);
  const styles = model.xml.get("xl/styles.xml") as XmlElement;
  const list = (name: string, item: string) => childElements(styles, name).flatMap((l) => childElements(l, item));
  const cellXfs = list("cellXfs", "xf");
  const styleXfs = list("cellStyleXfs", "xf");
  const cellStyles = list("cellStyles", "cellStyle");
  const fonts = list("fonts", "font");
  const fills = list("fills", "fill");
  const nameOfXf = (xfId: string | undefined) =>
    cellStyles.find((c) => attr(c, "xfId") === (xfId ?? "0")) as XmlElement;
  const sheet = (name: string) => model.sheets.find((s) => s.name === name);
  const cellXf = (sheetName: string, ref: string) =>
    cellXfs[Number(attr(sheet(sheetName)?.cells.get(ref) as XmlElement, "s") ?? "0")] as XmlElement;
  return {
    cellStyles: cellStyles.map((c) => ({ name: attr(c, "name"), builtinId: attr(c, "builtinId") })),
    /** The named style a cell uses. */
    styleOf: (sheetName: string, ref: string) => attr(nameOfXf(attr(cellXf(sheetName, ref), "xfId")), "name"),
    /** The font a cell shows (its format's font), as XML. */
    fontOf: (sheetName: string, ref: string) =>
      serializeXml(fonts[Number(attr(cellXf(sheetName, ref), "fontId"))] as XmlElement),
    /** A named style's font and fill, as XML. */
    definition: (name: string) => {
      const style = cellStyles.find((c) => attr(c, "name") === name) as XmlElement;
      const xf = styleXfs[Number(attr(style, "xfId"))] as XmlElement;
      return {
        font: parts(fonts[Number(attr(xf, "fontId"))] as XmlElement),
        fill: parts(fills[Number(attr(xf, "fillId"))] as XmlElement),
      };
    },
    /** How many cells of each sheet use each named style. */
    usage: () => {
      const counts: Record<string, number> = {};
      for (const s of model.sheets)
        for (const c of s.cells.values()) {
          const name = attr(nameOfXf(attr(cellXfs[Number(attr(c, "s") ?? "0")] as XmlElement, "xfId")), "name") ?? "?";
          counts[`${s.name}/${name}`] = (counts[`${s.name}/${name}`] ?? 0) + 1;
        }
      return counts;
    },
  };
}

/** The cell of a sheet holding this text (shared strings resolved by the package model). */
async function cellWith(data: Uint8Array, sheetName: string, text: string): Promise<string> {
  const model = await loadPackage(data);
  const sheet = model.sheets.find((s) => s.name === sheetName);
  for (const [ref, c] of sheet?.cells ?? []) if (cellText(model, c) === text) return ref;
  throw new Error(`no cell "${text}" on ${sheetName}`);
}

/**
 * Edits a package's styles.xml as Excel does after Modify: the style's font or fill changes, and so do its cells'.
 */
async function restyle(data: Uint8Array, name: string, kind: "font" | "fill", part: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  let xml = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  const list = new RegExp(`<${kind}s count="(\\d+)"`);
  const id = Number(list.exec(xml)?.[1]);
  xml = xml.replace(list, `<${kind}s count="${id + 1}"`).replace(`</${kind}s>`, `${part}</${kind}s>`);
  const xfId = new RegExp(`<cellStyle name="${name}" xfId="(\\d+)"`).exec(xml)?.[1] ?? "?";
  const attribute = new RegExp(`${kind}Id="\\d+"`);
  xml = xml.replace(/<cellStyleXfs\b[^>]*>([\s\S]*?)<\/cellStyleXfs>/, (block) => {
    let i = 0;
    return block.replace(/<xf\b[^>]*?(\/?)>/g, (xf) =>
      String(i++) === xfId ? xf.replace(attribute, `${kind}Id="${id}"`) : xf,
    );
  });
  xml = xml.replace(/<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/, (block) =>
    block.replace(new RegExp(`<xf\\b[^>]*\\bxfId="${xfId}"[^>]*>`, "g"), (xf) =>
      xf.replace(attribute, `${kind}Id="${id}"`),
    ),
  );
  zip.file("xl/styles.xml", xml);
  return zip.generateAsync({ type: "uint8array" });
}

/** The fill colours of a sheet's conditional formats (their dxfs), sorted. */
async function markFills(data: Uint8Array, sheetName: string): Promise<string[]> {
  const model = await loadPackage(data);
  const styles = model.xml.get("xl/styles.xml") as XmlElement;
  const dxfs = childElements(styles, "dxfs").flatMap((l) => childElements(l, "dxf"));
  const onSheet = model.sheets.find((s) => s.name === sheetName)?.xml as XmlElement;
  const fills = descendants(onSheet, "cfRule").map((rule) => {
    const dxf = dxfs[Number(attr(rule, "dxfId"))] as XmlElement;
    return attr(descendants(dxf, "bgColor")[0] as XmlElement, "rgb") ?? "?";
  });
  return [...new Set(fills)].sort();
}

let first: Uint8Array;
let sheet: string;

beforeAll(async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN", seed: demoSeed({ issues: 80, seed: "named-styles" }) });
  sheet = (await report(host, "2024-02")).sheet;
  first = await host.toBuffer();
}, 120_000);

test("every report style is a named cell style, and the report's cells use them", async () => {
  const styles = await stylesOf(first);
  expect(styles.cellStyles[0]).toEqual({ name: "Normal", builtinId: "0" });
  expect(styles.cellStyles.map((s) => s.name)).toEqual(expect.arrayContaining(REPORT_STYLE_NAMES));
  expect(styles.styleOf(sheet, "A1")).toBe("报告标题");
  const heading = await cellWith(first, sheet, "二、核心指标");
  expect(styles.styleOf(sheet, heading)).toBe("报告章节");
  const header = await cellWith(first, sheet, "指标");
  expect(styles.styleOf(sheet, header)).toBe("报告表头");
  const kpiRow = Number(header.replace(/^[A-Z]+/, "")) + 1;
  expect(styles.styleOf(sheet, `A${kpiRow}`)).toBe("报告关键指标");
  expect(styles.styleOf(sheet, `B${kpiRow}`)).toBe("报告关键指标");
  expect(styles.styleOf(sheet, `A${kpiRow + 2}`)).toBe("报告正文");
  // A record table's cells keep Normal.
  expect(Object.keys(styles.usage()).filter((k) => !k.startsWith(`${sheet}/`) && !k.endsWith("/Normal"))).toEqual([]);
  const check = await checkPackage(first);
  expect(check.schemaErrors).toEqual([]);
  expect(check.violations).toEqual([]);
});

test("a company's restyle of a report style survives later saves and the next report", async () => {
  const red = '<font><b/><sz val="20"/><color rgb="FFC00000"/><name val="Microsoft YaHei"/></font>';
  const purple =
    '<fill><patternFill patternType="solid"><fgColor rgb="FF7030A0"/><bgColor indexed="64"/></patternFill></fill>';
  const restyled = await restyle(await restyle(first, "报告标题", "font", red), "报告未达标", "fill", purple);
  const saved = await (await XlsxHost.load(restyled)).toBuffer();
  const host = await XlsxHost.load(saved);
  const next = await report(host, "2024-03");
  const after = await host.toBuffer();
  const styles = await stylesOf(after);
  expect(styles.cellStyles.filter((s) => s.name === "报告标题")).toHaveLength(1);
  for (const data of [saved, after]) {
    const font = (await stylesOf(data)).definition("报告标题").font;
    expect(font).toEqual(["<b/>", '<color rgb="FFC00000"/>', '<name val="Microsoft YaHei"/>', '<sz val="20"/>']);
  }
  expect(styles.styleOf(next.sheet, "A1")).toBe("报告标题");
  expect(styles.fontOf(next.sheet, "A1")).toMatch(/<color rgb="FFC00000"\/>/);
  expect(styles.fontOf(next.sheet, "A1")).toMatch(/<sz val="20"\/>/);
  // The new report's target-missed marks (conditional formats) take the restyled fill; the met ones keep ours.
  const marks = await markFills(after, next.sheet);
  expect(marks).toEqual(expect.arrayContaining(["FF7030A0", "FFC6EFCE"]));
  expect(marks).not.toContain("FFFFC7CE");
  expect(await markFills(first, sheet)).toEqual(expect.arrayContaining(["FFFFC7CE", "FFC6EFCE"]));
  // The other report styles keep the product's look.
  expect(styles.definition("报告章节").font).toContain('<color rgb="FF1F3864"/>');
  const check = await checkPackage(after);
  expect(check.schemaErrors).toEqual([]);
  expect(check.violations).toEqual([]);
}, 120_000);

test("the named styles of a workbook saved by Excel survive a round trip and a report", async () => {
  const source = new Uint8Array(readFileSync(EXCEL_BOOK));
  const before = await stylesOf(source);
  const user = before.cellStyles.filter((s) => s.builtinId !== "0");
  expect(user.length).toBe(48);
  const host = await XlsxHost.load(source);
  const saved = await host.toBuffer();
  const after = await stylesOf(saved);
  expect(after.cellStyles.filter((s) => s.builtinId !== "0")).toEqual(user);
  for (const name of ["好", "差", "适中", "标题 1", "百分比"])
    expect(after.definition(name)).toEqual(before.definition(name));
  // The cells Excel styled 好 / 差 / 适中 still use those styles.
  const styled = (u: Record<string, number>) => Object.entries(u).filter(([k]) => !/\/(常规|Normal)$/.test(k));
  expect(styled(after.usage())).toEqual(styled(before.usage()));
  expect(styled(before.usage()).length).toBe(3);

  await setUpWorkbook(host, { lang: "zh-CN", seed: demoSeed({ issues: 60, seed: "named-styles-excel" }) });
  const reported = await report(host, "2024-02");
  const withReport = await host.toBuffer();
  const all = await stylesOf(withReport);
  expect(all.cellStyles.filter((s) => s.builtinId !== "0").slice(0, user.length)).toEqual(user);
  expect(all.cellStyles.map((s) => s.name)).toEqual(expect.arrayContaining(REPORT_STYLE_NAMES));
  expect(all.styleOf(reported.sheet, "A1")).toBe("报告标题");
  expect(styled(all.usage()).filter(([k]) => !k.startsWith(`${reported.sheet}/`))).toEqual(styled(before.usage()));
  const check = await checkPackage(withReport);
  expect(check.schemaErrors).toEqual([]);
  expect(check.violations).toEqual([]);
}, 180_000);

/** Adds a custom named style (no builtinId, as Excel's New Cell Style writes it) and gives it to one cell. */
async function withUserStyle(data: Uint8Array, sheetName: string, ref: string): Promise<Uint8Array> {
  const part = (await loadPackage(data)).sheets.find((s) => s.name === sheetName)?.part ?? "?";
  const zip = await JSZip.loadAsync(data);
  let xml = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  const count = (tag: string) => Number(new RegExp(`<${tag} count="(\\d+)"`).exec(xml)?.[1]);
  const add = (tag: string, item: string) => {
    const n = count(tag);
    xml = xml.replace(`<${tag} count="${n}"`, `<${tag} count="${n + 1}"`).replace(`</${tag}>`, `${item}</${tag}>`);
    return n;
  };
  const font = add("fonts", '<font><b/><sz val="11"/><color rgb="FF00B050"/><name val="Calibri"/></font>');
  const styleXf = add(
    "cellStyleXfs",
    `<xf numFmtId="0" fontId="${font}" fillId="0" borderId="0" applyNumberFormat="0" applyFill="0" ` +
      'applyBorder="0" applyAlignment="0" applyProtection="0"/>',
  );
  add("cellStyles", `<cellStyle name="质检重点" xfId="${styleXf}"/>`);
  const cellXf = add("cellXfs", `<xf numFmtId="0" fontId="${font}" fillId="0" borderId="0" xfId="${styleXf}"/>`);
  zip.file("xl/styles.xml", xml);
  const sheetXml = (await zip.file(part)?.async("string")) ?? "";
  zip.file(
    part,
    sheetXml.replace(new RegExp(`<c r="${ref}"([^>]*?)( s="\\d+")?([ />])`), `<c r="${ref}"$1 s="${cellXf}"$3`),
  );
  return zip.generateAsync({ type: "uint8array" });
}

test("a user's own named style, and the cell that uses it, survive saves and a report", async () => {
  const host = await XlsxHost.load(first);
  host.workbook.addWorksheet("我的备注").getCell("A1").value = "重点客户";
  const styled = await withUserStyle(await host.toBuffer(), "我的备注", "A1");
  const before = await stylesOf(styled);
  expect(before.styleOf("我的备注", "A1")).toBe("质检重点");
  const again = await XlsxHost.load(styled);
  await report(again, "2024-01");
  const after = await stylesOf(await (await XlsxHost.load(await again.toBuffer())).toBuffer());
  expect(after.cellStyles).toContainEqual({ name: "质检重点", builtinId: undefined });
  expect(after.styleOf("我的备注", "A1")).toBe("质检重点");
  expect(after.definition("质检重点")).toEqual(before.definition("质检重点"));
  expect(after.definition("质检重点").font).toContain('<color rgb="FF00B050"/>');
}, 120_000);
