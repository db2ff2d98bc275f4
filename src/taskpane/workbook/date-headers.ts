import { tableSpecs } from "../../domain/schema";
import { DEFAULT_DIMENSIONS } from "../../domain/settings";

/** The header texts of the record tables' date and date-time fields, in either language (the viewer formats them). */
export function dateHeaders(): ReadonlySet<string> {
  const dated = tableSpecs(DEFAULT_DIMENSIONS).flatMap((spec) =>
    spec.fields.filter(
      (f) => f.type === "date" || f.type === "dateTime" || f.result === "dateTime" || f.result === "date",
    ),
  );
  return new Set(dated.flatMap((f) => [f.zh, f.en]));
}
