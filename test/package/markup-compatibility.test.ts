import { MarkupCompatibilityFilter, MC, SML } from "./markup-compatibility";
import { xmlReader, xmlWriter } from "./xml-tree";

/** Markup Compatibility processing on a part read in chunks, cut anywhere: the same result whatever the cut. */
const PART =
  `<worksheet xmlns="${SML}" xmlns:mc="${MC}" xmlns:x14ac="urn:x14ac" xmlns:z="urn:z" mc:Ignorable="x14ac">` +
  '<row r="1" x14ac:dyDescent="0.25" z:keep="2" mc:MustUnderstand="z"><x14ac:extra><c r="Z1"/></x14ac:extra>' +
  '<mc:AlternateContent><mc:Choice Requires="x14ac"><c r="A1"/></mc:Choice>' +
  '<mc:Fallback><c r="B1"/>t</mc:Fallback><mc:Fallback><c r="C1"/></mc:Fallback></mc:AlternateContent></row>' +
  '<is><t xml:space="preserve"> a &amp; b </t></is><v xml:space="preserve">1</v></worksheet>';

const PROCESSED =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  `<worksheet xmlns="${SML}" xmlns:mc="${MC}" xmlns:x14ac="urn:x14ac" xmlns:z="urn:z">` +
  '<row r="1" z:keep="2"><c r="B1"/>t</row><is><t> a &amp; b </t></is><v xml:space="preserve">1</v></worksheet>';

function processInChunks(size: number): { xml: string; problems: string[] } {
  const out: string[] = [];
  const filter = new MarkupCompatibilityFilter(
    "xl/worksheets/sheet1.xml",
    xmlWriter((x) => out.push(x)),
  );
  const reader = xmlReader("xl/worksheets/sheet1.xml", filter);
  for (let at = 0; at < PART.length; at += size) reader.write(PART.slice(at, at + size));
  reader.close();
  return { xml: out.join(""), problems: filter.problems };
}

test.each([1, 7, 64, PART.length])("read %i characters at a time, the part is processed the same", (size) => {
  expect(processInChunks(size)).toEqual({
    xml: PROCESSED,
    problems: ["xl/worksheets/sheet1.xml: <row> must be understood in urn:z"],
  });
});

test("a root element in an ignorable namespace is refused", () => {
  const filter = new MarkupCompatibilityFilter(
    "a.xml",
    xmlWriter(() => undefined),
  );
  const reader = xmlReader("a.xml", filter);
  expect(() => reader.write(`<x:root xmlns:x="urn:x" xmlns:mc="${MC}" mc:Ignorable="x"/>`)).toThrow(
    "a.xml: the root element is ignorable",
  );
});
