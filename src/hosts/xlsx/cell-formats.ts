import parseSax from "exceljs/lib/utils/parse-sax";
import StylesXform from "exceljs/lib/xlsx/xform/style/styles-xform";
import type JSZip from "jszip";
import type { StyleModel, StylePalette } from "./row-store";

/**
 * A package's cell formats (styles.xml `<cellXfs>`) as entries of the row store's palette: each format is the style
 * model ExcelJS's own StylesXform gives a cell it loads with that `s`, so a cell kept by the store looks exactly as
 * it would had ExcelJS loaded it. `s` absent or 0 is the default format, as ExcelJS has it. A format is added to the
 * palette the first time a cell uses it.
 */
export async function readCellFormats(zip: JSZip, palette: StylePalette): Promise<(s: number) => number> {
  const xml = await zip.file("xl/styles.xml")?.async("string");
  if (xml === undefined) return () => 0;
  const xform = new StylesXform();
  await xform.parse(parseSax([xml]));
  const count = ((xform.map.cellXfs as { model?: unknown[] } | undefined)?.model ?? []).length;
  const known: number[] = [];
  return (s) => {
    if (s <= 0 || s >= count) return 0;
    let index = known[s];
    if (index === undefined) {
      index = palette.add((xform.getStyleModel(s) ?? undefined) as StyleModel | undefined);
      known[s] = index;
    }
    return index;
  };
}
