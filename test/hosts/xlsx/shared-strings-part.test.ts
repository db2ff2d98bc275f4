import SharedStringsXform from "exceljs/lib/xlsx/xform/strings/shared-strings-xform";
import { sharedStringsChunks } from "../../../src/hosts/xlsx/shared-strings-part";

/**
 * sharedStrings.xml streamed chunk by chunk (issue 18) must be the XML ExcelJS's own part writer makes in one
 * string: plain and rich texts, texts that need xml:space="preserve", characters XML escapes or cannot hold, and
 * more texts than one chunk takes.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const joined = (chunks: Iterable<Uint8Array>) => [...chunks].map((c) => decoder.decode(c)).join("");

function register(): SharedStringsXform {
  const strings = new SharedStringsXform();
  strings.add("问题编号");
  strings.add(" leading space");
  strings.add("trailing space ");
  strings.add("two\nlines");
  strings.add(`A&B <c> "d" 'e'`);
  strings.add("bell\u0007gone");
  strings.add({ richText: [{ text: "粗体", font: { bold: true } }, { text: " 普通" }] });
  strings.add({ richText: [] });
  for (let i = 0; i < 2500; i++) strings.add(`客户 ${String(i % 2100)}`);
  return strings;
}

test("the streamed part is ExcelJS's sharedStrings.xml byte for byte, over several chunks", () => {
  const strings = register();
  expect(strings.values.length).toBe(2108);
  expect(joined(sharedStringsChunks(strings, (t) => encoder.encode(t)))).toBe(strings.xml);
});

test("the counts are those when the part is made, though the rows' second walk adds every text again", () => {
  const strings = register();
  const expected = strings.xml;
  const chunks = sharedStringsChunks(strings, (t) => encoder.encode(t));
  for (const text of strings.values.slice(0, 100)) strings.add(text);
  expect(joined(chunks)).toBe(expected);
  expect(expected).toContain('count="2508" uniqueCount="2108"');
});
