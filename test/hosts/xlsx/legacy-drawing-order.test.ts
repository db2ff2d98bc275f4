import { withLegacyDrawingsInPlace } from "../../../src/hosts/xlsx/legacy-drawing-order";

const HEAD = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>';

test("a legacyDrawing written after tableParts and extLst moves before tableParts", () => {
  const xml =
    `${HEAD}<pageMargins/><drawing r:id="rId1"/><tableParts count="1"><tablePart r:id="rId3"/></tableParts>` +
    `<extLst><ext uri="{X}"><x14:dataValidations/></ext></extLst><legacyDrawing r:id="rId2"/></worksheet>`;
  expect(withLegacyDrawingsInPlace(xml)).toBe(
    `${HEAD}<pageMargins/><drawing r:id="rId1"/><legacyDrawing r:id="rId2"/><tableParts count="1">` +
      `<tablePart r:id="rId3"/></tableParts><extLst><ext uri="{X}"><x14:dataValidations/></ext></extLst></worksheet>`,
  );
});

test("a legacyDrawing after extLst alone moves before extLst", () => {
  expect(withLegacyDrawingsInPlace(`${HEAD}<extLst><ext/></extLst><legacyDrawing r:id="rId2"/></worksheet>`)).toBe(
    `${HEAD}<legacyDrawing r:id="rId2"/><extLst><ext/></extLst></worksheet>`,
  );
});

test("a sheet whose legacyDrawing is already in place, or that has none, is unchanged", () => {
  const placed = `${HEAD}<pageMargins/><legacyDrawing r:id="rId2"/></worksheet>`;
  expect(withLegacyDrawingsInPlace(placed)).toBe(placed);
  const none = `${HEAD}<tableParts count="0"/></worksheet>`;
  expect(withLegacyDrawingsInPlace(none)).toBe(none);
});
