import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import type { CellValue } from "../../src/domain/schema/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import type { ReportResult } from "../../src/use-cases/generate-report";
import { generateReport } from "../../src/use-cases/generate-report";
import { sameResult } from "../support/compare";
import { recalculate } from "../support/libreoffice";
import type { SheetInfo } from "./package-model";
import { loadPackage } from "./package-model";
import type { XmlElement } from "./xml-tree";
import { attr, childElements, descendants, textOf } from "./xml-tree";

/**
 * A report opened as a file preview (Protected View, a phone or chat preview: the cached values, no recalculation)
 * shows the same figures as LibreOffice after it recalculates every formula. Both sides are read from the
 * package XML, so no product code reads what the product wrote.
 */
const dir = mkdtempSync(join(tmpdir(), "sqd-preview-"));
const book = join(dir, "book.xlsx");
let result: ReportResult;
let preview: SheetInfo;
let recalculated: SheetInfo;
let previewStrings: readonly string[];
let recalculatedStrings: readonly string[];
let oursAll: Awaited<ReturnType<typeof loadPackage>>;
let theirsAll: Awaited<ReturnType<typeof loadPackage>>;

/** What a cell shows from its cached value alone; undefined when it has none. */
function cached(cell: XmlElement | undefined, strings: readonly string[]): CellValue {
  const v = cell && childElements(cell, "v")[0];
  if (!cell || !v) return undefined;
  const text = textOf(v);
  switch (attr(cell, "t")) {
    case "s":
      return strings[Number(text)];
    case "str":
    case "e":
      return text;
    case "b":
      return text === "1" ? "TRUE" : "FALSE";
    default:
      return Number(text);
  }
}

beforeAll(async () => {
  await runInit({ file: book, lang: "zh-CN", demo: { issues: 120, seed: "preview" } });
  const host = await XlsxHost.load(readFileSync(book));
  // A month without records first: its figures are blank and its charts plot #N/A.
  await generateReport(host, { month: "2023-06", lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
  result = await generateReport(host, { month: "2024-03", lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
  writeFileSync(book, await host.toBuffer());
  const ours = await loadPackage(readFileSync(book));
  const theirs = await loadPackage(readFileSync(recalculate(book).file));
  const sheet = (p: typeof ours) => p.sheets.find((s) => s.name === result.sheet);
  preview = sheet(ours) ?? ({} as SheetInfo);
  recalculated = sheet(theirs) ?? ({} as SheetInfo);
  oursAll = ours;
  theirsAll = theirs;
  previewStrings = ours.sharedStrings;
  recalculatedStrings = theirs.sharedStrings;
}, 300_000);

const formulaCells = () => [...preview.cells].filter(([, c]) => childElements(c, "f").length > 0);

test("every formula cell of the report carries a cached value", () => {
  const missing = formulaCells()
    .filter(([, c]) => childElements(c, "v").length === 0)
    .map(([a]) => a);
  expect(formulaCells().length).toBeGreaterThan(100);
  expect(missing).toEqual([]);
});

test("every cached value equals LibreOffice's value after it recalculates the file", () => {
  const compared = formulaCells().map(([a, c]) => ({
    a,
    shown: cached(c, previewStrings),
    truth: cached(recalculated.cells.get(a), recalculatedStrings),
  }));
  expect(compared.filter((c) => !sameResult(c.shown, c.truth ?? ""))).toEqual([]);
  // Blanks on both sides would also be equal: most figures must be real numbers.
  expect(compared.filter((c) => typeof c.shown === "number" && c.shown !== 0).length).toBeGreaterThan(50);
  const figures = [...Object.values(result.cells), ...Object.values(result.previousCells)];
  expect(figures.every((a) => compared.some((c) => c.a === a))).toBe(true);
});

test("every formula cell of the book shows from its cached value what LibreOffice computes", () => {
  const mismatches: string[] = [];
  let shownValues = 0;
  for (const sheet of oursAll.sheets) {
    const lo = theirsAll.sheets.find((s) => s.name === sheet.name);
    for (const [a, c] of sheet.cells) {
      if (childElements(c, "f").length === 0) continue;
      const shown = cached(c, oursAll.sharedStrings);
      const truth = cached(lo?.cells.get(a), theirsAll.sharedStrings);
      // No cached value shows as a blank cell, which is right only where the formula gives "".
      if (!sameResult(shown ?? "", truth ?? ""))
        mismatches.push(`${sheet.name}!${a}: ${String(shown)} vs ${String(truth)}`);
      if (shown !== undefined && shown !== "") shownValues++;
    }
  }
  expect(mismatches.slice(0, 20)).toEqual([]);
  expect(shownValues).toBeGreaterThan(700);
});

test('the report\'s charts plot numbers or #N/A (a gap, no bar), never the text "" that Excel plots as 0', () => {
  const sources = [...oursAll.xml]
    .filter(([path]) => /^xl\/charts\/chart\d+\.xml$/.test(path))
    .flatMap(([, chart]) => descendants(chart, "val").flatMap((v) => descendants(v, "f").map(textOf)));
  expect(sources).toHaveLength(4);
  const kinds = new Set<string>();
  for (const source of sources) {
    const m = /!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(source);
    expect(m?.[1]).toBe(m?.[3]);
    for (let row = Number(m?.[2]); row <= Number(m?.[4]); row++) {
      const sheet = theirsAll.sheets.find((x) => source.startsWith(`'${x.name}'!`));
      const cell = sheet?.cells.get(`${m?.[1]}${row}`);
      const value = cached(cell, recalculatedStrings);
      kinds.add(
        typeof value === "number"
          ? "number"
          : attr(cell ?? ({} as XmlElement), "t") === "e"
            ? String(value)
            : `text ${String(value)}`,
      );
    }
  }
  expect(kinds).toEqual(new Set(["number", "#N/A"]));
  for (const [path, chart] of oursAll.xml) {
    if (/^xl\/charts\/chart\d+\.xml$/.test(path))
      expect(attr(descendants(chart, "dispBlanksAs")[0] ?? chart, "val")).toBe("gap");
  }
});
