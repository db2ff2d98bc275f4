import parseSax from "exceljs/lib/utils/parse-sax";
import utils from "exceljs/lib/utils/utils";
import StylesXform from "exceljs/lib/xlsx/xform/style/styles-xform";
import type JSZip from "jszip";
import type { StyleModel, StylePalette } from "./row-store";

/** A package's cell formats (styles.xml `<cellXfs>`) as the row store uses them, by a cell's `s`. */
export interface CellFormats {
  /** The palette index of the format's style. */
  index(s: number): number;
  /** Whether ExcelJS takes a number in this format for a date. */
  isDate(s: number): boolean;
}

const EPOCH = 25569;
const DAY_MS = 24 * 3600 * 1000;

/**
 * A date-formatted number as ExcelJS loads it: a Date to the millisecond, which the host reads back as a serial
 * (cell-values.ts), so the store's serial is that one.
 */
export const dateSerial = (serial: number): number => EPOCH + Math.round((serial - EPOCH) * DAY_MS) / DAY_MS;

/**
 * Each cell format as an entry of the row store's palette: the style model ExcelJS's own StylesXform gives a cell it
 * loads with that `s`, so a cell kept by the store looks exactly as it would had ExcelJS loaded it. `s` absent or 0
 * is the default format, as ExcelJS has it. A format is added to the palette the first time a cell uses it.
 */
export async function readCellFormats(zip: JSZip, palette: StylePalette): Promise<CellFormats> {
  const xml = await zip.file("xl/styles.xml")?.async("string");
  if (xml === undefined) return { index: () => 0, isDate: () => false };
  const xform = new StylesXform();
  await xform.parse(parseSax([xml]));
  const count = ((xform.map.cellXfs as { model?: unknown[] } | undefined)?.model ?? []).length;
  const style = (s: number) => (s > 0 && s < count ? xform.getStyleModel(s) : null) as StyleModel | null;
  const known: number[] = [];
  const dates: boolean[] = [];
  return {
    index: (s) => (known[s] ??= palette.add(style(s) ?? undefined)),
    isDate: (s) => (dates[s] ??= utils.isDateFmt(style(s)?.numFmt)),
  };
}
