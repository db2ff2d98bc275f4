import type { FieldSpec, ResultKind } from "../domain/schema/types";

export const NUM_FMT: Readonly<Record<ResultKind, string>> = {
  dateTime: "yyyy-mm-dd hh:mm",
  date: "yyyy-mm-dd",
  percent: "0.0%",
  number: "0.00",
  whole: "0",
  text: "@",
};

/** The number format of a field's column, undefined for General. */
export function fieldNumFmt(field: FieldSpec): string | undefined {
  switch (field.type) {
    case "dateTime":
    case "date":
    case "whole":
      return NUM_FMT[field.type];
    case "formula":
      return field.result && field.result !== "text" ? NUM_FMT[field.result] : undefined;
    default:
      return undefined;
  }
}
