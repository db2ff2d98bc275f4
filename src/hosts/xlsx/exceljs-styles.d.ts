/** ExcelJS 4.4 modules the named styles read and write with (named-styles.ts), which its typings leave out. */
declare module "exceljs/lib/xlsx/xform/style/styles-xform" {
  export default class StylesXform {
    /** The part's lists (fonts, fills, cellXfs, …, each with its parsed `model`) and one-item xforms (font, …). */
    readonly map: Record<string, unknown>;
    parse(events: AsyncIterable<unknown>): Promise<unknown>;
    /** The style ExcelJS gives a loaded cell whose `s` is `id` (null when the part has no such format). */
    getStyleModel(id: number): object | null;
  }
}

declare module "exceljs/lib/utils/parse-sax" {
  export default function parseSax(chunks: Iterable<string> | AsyncIterable<string>): AsyncIterable<unknown>;
}

declare module "exceljs/lib/utils/utils" {
  const utils: {
    /** Whether a number format shows a date or time (ExcelJS then loads the number as a Date). */
    isDateFmt(format: string | undefined): boolean;
  };
  export default utils;
}
