import SharedStringsXform from "exceljs/lib/xlsx/xform/strings/shared-strings-xform";
import { indexSharedStringsInMap } from "../../../src/hosts/xlsx/shared-strings-index";

/**
 * The register's texts are found in a Map (issue 18: an object keyed by millions of texts kept a second copy of each);
 * every text must get the index, and the part the values and counts, that ExcelJS's own object gave them.
 */
const TEXTS = ["问题编号", "__proto__", "constructor", "toString", "", "问题编号", "hasOwnProperty", "__proto__", "1"];

test("each text gets its first index, repeats count, and the names objects inherit are texts like any other", () => {
  indexSharedStringsInMap();
  const strings = new SharedStringsXform();
  expect(TEXTS.map((t) => strings.add(t))).toEqual([0, 1, 2, 3, 4, 0, 5, 1, 6]);
  expect(strings.values).toEqual(["问题编号", "__proto__", "constructor", "toString", "", "hasOwnProperty", "1"]);
  expect(strings.count).toBe(9);
  expect(strings.xml).toContain('count="9" uniqueCount="7"');
  expect((strings as unknown as { textIndex?: Map<string, number> }).textIndex?.size).toBe(7);
});

test("rich texts keep their own register beside the texts, in one sequence of indexes", () => {
  indexSharedStringsInMap();
  const strings = new SharedStringsXform();
  const rich = { richText: [{ text: "粗体", font: { bold: true } }] };
  expect([strings.add("a"), strings.add(rich), strings.add("a"), strings.add(rich), strings.add("b")]).toEqual([
    0, 1, 0, 1, 2,
  ]);
});
