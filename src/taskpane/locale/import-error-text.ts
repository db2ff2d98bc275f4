import type { Lang } from "../../domain/schema/types";
import type { ImportSourceError } from "../../import/errors";
import type { Catalogue } from "./index";
import { fill } from "./format";

/** An import source error in the pane's language, when the error says why as data; else undefined. */
export function importErrorText(error: ImportSourceError, t: Catalogue, locale: Lang): string | undefined {
  const r = error.reason;
  if (r === undefined) return undefined;
  const file = error.sheet === undefined ? error.file : `${error.file} [${error.sheet}]`;
  const count = (n: number) => n.toLocaleString(locale);
  switch (r.kind) {
    case "noHeader":
      return fill(t.importErrorNoHeader, { file });
    case "tooManyRows":
      return error.row === undefined
        ? fill(t.importErrorTooManyRows, { file, limit: count(r.limit) })
        : fill(t.importErrorTooManyRowsAt, { file, limit: count(r.limit), row: count(error.row) });
    case "tooManyColumns":
      return fill(t.importErrorTooManyColumns, { file, limit: count(r.limit), columns: count(r.columns) });
    case "notWorkbook":
      return fill(t.importErrorNotWorkbook, { file });
    case "noSheet":
      return fill(t.importErrorNoSheet, { file, sheets: r.sheets.join(locale === "zh-CN" ? "、" : ", ") });
    case "noSuchFile":
      return fill(t.importErrorNoSuchFile, { file });
    case "notCsvOrXlsx":
      return fill(t.importErrorNotCsvOrXlsx, { file });
    case "mappingNoColumn":
      return fill(t.importErrorMappingNoColumn, { file, column: r.column });
    case "mappingNoField":
      return fill(t.importErrorMappingNoField, { file, field: r.field });
    case "mappingTaken":
      return fill(t.importErrorMappingTaken, {
        file,
        field: locale === "zh-CN" ? r.field.zh : r.field.en,
        column: r.column,
        owner: r.owner,
      });
  }
}
