import JSZip from "jszip";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { checkPackage } from "./package-check";
import { withEditedPart } from "../support/xlsx-parts";

/**
 * The package check itself: a set-up book passes, and each defect Excel repairs, put into that book by hand, is
 * found with a message that names the part.
 */
let base: Uint8Array;
const SETTINGS = "xl/worksheets/sheet2.xml";

beforeAll(async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN" });
  await host.apply({
    lang: "zh-CN",
    ops: [
      {
        kind: "chart",
        sheet: "列表",
        type: "line",
        title: "t",
        categories: "'列表'!$A$1:$A$2",
        values: "'列表'!$B$1:$B$2",
        anchor: { from: "K2", to: "P12" },
      },
    ],
  });
  base = await host.toBuffer();
}, 60_000);

const edit = (path: string, change: (xml: string) => string) => withEditedPart(base, path, change);

test("a set-up book with a chart passes: x14ac/xr attributes are ignorable, not errors", async () => {
  const zip = await JSZip.loadAsync(base);
  expect(await zip.file(SETTINGS)?.async("string")).toMatch(/mc:Ignorable="[^"]*x14ac/);
  expect(await checkPackage(base)).toEqual({ schemaErrors: [], violations: [] });
});

test("the line chart as the report wrote it before (marker after val) fails the chart schema", async () => {
  const data = await edit("xl/charts/chart1.xml", (xml) => {
    const marker = /<c:marker><c:symbol val="circle"\/><\/c:marker>/.exec(xml)?.[0] ?? "";
    return xml.replace(marker, "").replace("</c:val>", `</c:val>${marker}`);
  });
  const { schemaErrors } = await checkPackage(data);
  expect(schemaErrors).toHaveLength(1);
  expect(schemaErrors[0]).toMatch(
    /^xl\/charts\/chart1\.xml:2: Schemas validity error : Element '\{http:\/\/schemas\.openxmlformats\.org\/drawingml\/2006\/chart\}marker': This element is not expected\./,
  );
});

test("an attribute of a namespace that is not ignorable is a schema error", async () => {
  const data = await edit(SETTINGS, (xml) =>
    xml.replace("<worksheet ", '<worksheet xmlns:z="urn:unknown" ').replace("<sheetData>", '<sheetData z:flag="1">'),
  );
  const { schemaErrors } = await checkPackage(data);
  expect(schemaErrors.join("\n")).toContain(
    "attribute '{urn:unknown}flag': The attribute '{urn:unknown}flag' is not allowed",
  );
});

test("mc:AlternateContent is judged by its Fallback", async () => {
  const alternate = (fallback: string) =>
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
    '<mc:Choice Requires="c14" xmlns:c14="http://schemas.microsoft.com/office/drawing/2007/8/2/chart"><c14:style val="102"/></mc:Choice>' +
    `<mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`;
  const good = await edit("xl/charts/chart1.xml", (xml) =>
    xml.replace("<c:chart>", `${alternate('<c:style val="2"/>')}<c:chart>`),
  );
  const bad = await edit("xl/charts/chart1.xml", (xml) =>
    xml.replace("<c:chart>", `${alternate('<c:style val="99"/>')}<c:chart>`),
  );
  expect((await checkPackage(good)).schemaErrors).toEqual([]);
  expect((await checkPackage(bad)).schemaErrors.join("\n")).toContain(
    "Element '{http://schemas.openxmlformats.org/drawingml/2006/chart}style', attribute 'val'",
  );
});

test("a theme relationship and override without the theme part are two violations", async () => {
  const zip = await JSZip.loadAsync(base);
  zip.remove("xl/theme/theme1.xml");
  const { violations } = await checkPackage(await zip.generateAsync({ type: "uint8array" }));
  expect(violations).toEqual([
    "[Content_Types].xml: override for /xl/theme/theme1.xml, which is not in the package",
    expect.stringMatching(/^xl\/_rels\/workbook\.xml\.rels: rId\d+ targets theme\/theme1\.xml, which is missing$/),
  ]);
});

test("each package rule finds its defect", async () => {
  const cases: [string, (xml: string) => string, RegExp][] = [
    [
      SETTINGS,
      (xml) => xml.replace(/<pane [^>]*\/>/, '<pane topLeftCell="A1" activePane="bottomLeft" state="frozen"/>'),
      /sheet2\.xml: a pane without a split/,
    ],
    [
      SETTINGS,
      (xml) => xml.replace(/(<dataValidation\b[^>]*sqref=")([A-Z]+)(\d+):([A-Z]+)(\d+)"/, '$1$2$3:$4$5 $2$5"'),
      /sheet2\.xml \(设置\): validation #1 \S+ overlaps validation #1 \S+/,
    ],
    [
      SETTINGS,
      (xml) => xml.replace(/<c r="A1"( s="\d+")?/, '<c r="A1" s="999"'),
      /sheet2\.xml A1: style 999 does not exist/,
    ],
    [
      "xl/tables/table1.xml",
      (xml) => xml.replace(/(<tableColumn [^>]*name=")[^"]*"/, '$1别名"'),
      /column "别名" but header cell/,
    ],
    [
      "xl/charts/chart1.xml",
      (xml) => xml.replace("'列表'!$B$1:$B$2", "'缺失'!$B$1:$B$2"),
      /not a range of an existing sheet/,
    ],
    ["xl/charts/chart1.xml", (xml) => xml.replace("'列表'!$B$1:$B$2", "'列表'!$B$1:$B$4000"), /refers to empty cells/],
    [
      "xl/workbook.xml",
      (xml) => xml.replace(/<definedName name="[^"]*"/, '<definedName name="A1"'),
      /invalid defined name "A1"/,
    ],
    [
      "xl/tables/table1.xml",
      (xml) =>
        xml
          .replace(/ totalsRowShown="0"/, ' totalsRowShown="0"')
          .replace(/<tableColumn /, '<tableColumn totalsRowLabel="Total" '),
      /totals row label on a table without a totals row/,
    ],
  ];
  for (const [path, change, message] of cases) {
    const { violations } = await checkPackage(await edit(path, change));
    expect([String(message), violations.some((v) => message.test(v))]).toEqual([String(message), true]);
  }
});
