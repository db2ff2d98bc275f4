import JSZip from "jszip";
import { demoSeed } from "../../src/demo/demo-seed";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { checkPackage } from "./package-check";
import { sheetPath, withEditedPart } from "../support/xlsx-parts";

/**
 * The package check on a worksheet of 1,000 issues, which it reads as a stream (JSZip hands it over in blocks of
 * 16 KB, so tags and text are split between chunks): each defect, put deep into the sheet by hand, is found as the
 * whole-part check found it.
 */
let base: Uint8Array;
let issues: string;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

beforeAll(async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN", seed: demoSeed({ issues: 1000, seed: "streamed-check" }) });
  base = await host.toBuffer();
  issues = await sheetPath(await JSZip.loadAsync(base), "问题记录");
}, 120_000);

const edit = (change: (xml: string) => string) => withEditedPart(base, issues, change);

/** The start tag of a cell with its attributes replaced (the cell keeps its content). */
const cellTag = (ref: string, attributes: string) => (xml: string) =>
  xml.replace(new RegExp(`<c r="${ref}"[^>]*?(/?)>`), `<c r="${ref}"${attributes}$1>`);

test("the sheet is large enough to be read in many chunks, and a set-up book with 1,000 issues passes", async () => {
  const zip = await JSZip.loadAsync(base);
  expect(issues).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
  expect(((await zip.file(issues)?.async("string")) ?? "").length).toBeGreaterThan(20 * 16_384);
  expect(await checkPackage(base)).toEqual({ schemaErrors: [], violations: [] });
}, 60_000);

test("a cell of row 900 with a type the schema does not know is a schema error of the sheet", async () => {
  const { schemaErrors, violations } = await checkPackage(await edit(cellTag("C900", ' t="zz"')));
  expect(violations).toEqual([]);
  expect(schemaErrors).toEqual([
    `${issues}:2: Schemas validity error : Element '{${MAIN}}c', attribute 't': [facet 'enumeration'] ` +
      "The value 'zz' is not an element of the set {'b', 'n', 'e', 's', 'str', 'inlineStr'}.",
  ]);
}, 60_000);

test("an attribute of row 950 is an error unless its namespace is listed in mc:Ignorable", async () => {
  const declared = (ignorable: string) => (xml: string) =>
    xml
      .replace('mc:Ignorable="x14ac"', `xmlns:z="urn:unknown" mc:Ignorable="${ignorable}"`)
      .replace(/<row r="950"/, '<row r="950" z:flag="1"');
  expect(await checkPackage(await edit(declared("x14ac z")))).toEqual({ schemaErrors: [], violations: [] });
  const { schemaErrors } = await checkPackage(await edit(declared("x14ac")));
  expect(schemaErrors).toEqual([
    `${issues}:2: Schemas validity error : Element '{${MAIN}}row', attribute '{urn:unknown}flag': ` +
      "The attribute '{urn:unknown}flag' is not allowed.",
  ]);
}, 60_000);

test("a header cell that no longer holds its column's name is a table violation", async () => {
  const { violations } = await checkPackage(
    await edit((xml) =>
      xml.replace(/<c r="A1"([^>]*?) t="s"><v>\d+<\/v><\/c>/, '<c r="A1"$1 t="inlineStr"><is><t>别名</t></is></c>'),
    ),
  );
  expect(violations).toEqual([
    expect.stringMatching(/^xl\/tables\/table\d+\.xml: column "[^"]+" but header cell 问题记录!A1 holds "别名"$/),
  ]);
}, 60_000);

test("a cell's and a row's style index past the cell formats, deep in the sheet, are violations", async () => {
  const data = await edit((xml) =>
    cellTag("D700", ' s="999"')(xml).replace(/<row r="800"/, '<row r="800" s="998" customFormat="1"'),
  );
  const { violations } = await checkPackage(data);
  expect(violations).toEqual([
    expect.stringMatching(new RegExp(`^${issues} D700: style 999 does not exist \\(\\d+ defined\\)$`)),
    expect.stringMatching(new RegExp(`^${issues} row 800: style 998 does not exist \\(\\d+ defined\\)$`)),
  ]);
}, 60_000);

test("a cell of its own text longer than 32,767 characters is a violation", async () => {
  const long = "长".repeat(32_768);
  const data = await edit((xml) =>
    xml.replace(/<c r="K990"[^>]*?(\/>|>.*?<\/c>)/, `<c r="K990" t="inlineStr"><is><t>${long}</t></is></c>`),
  );
  expect((await checkPackage(data)).violations).toEqual([`${issues} K990: text too long for a cell`]);
}, 60_000);

test("an r:id on a cell that is no relationship of the sheet is a violation", async () => {
  const { violations } = await checkPackage(await edit(cellTag("E640", ' r:id="rId99"')));
  expect(violations).toEqual([
    `${issues}: <c> r:id="rId99" has no relationship in ${issues.replace(/([^/]+)$/, "_rels/$1.rels")}`,
  ]);
}, 60_000);
