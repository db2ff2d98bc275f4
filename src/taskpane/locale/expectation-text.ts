import type { Expectation } from "../../import/check-values";
import type { enUS } from "./en-us";
import { fill } from "./format";

/** What a cell should have held, in the pane's language (the use cases give it as data). */
export function expectationText(e: Expectation, t: typeof enUS, listSeparator: string): string {
  switch (e.rule) {
    case "required":
      return fill(t.expectRequired, { field: e.field });
    case "date":
      return t.expectDate;
    case "dateTime":
      return t.expectDateTime;
    case "month":
      return t.expectMonth;
    case "number":
      return t.expectNumber;
    case "whole":
      return fill(t.expectWhole, { min: e.min, max: e.max });
    case "list":
      return fill(t.expectList, {
        values: e.values.slice(0, 12).join(listSeparator) + (e.values.length > 12 ? listSeparator + "…" : ""),
      });
    case "unique":
      return fill(t.expectUnique, { row: e.firstRow });
    case "table":
      return fill(t.expectTable, { table: e.table });
    case "weights":
      return t.expectWeights;
    case "setting":
      return fill(t.expectSetting, { kind: e.kind });
    case "sheet":
      return fill(t.expectSheet, { sheet: e.sheet });
    case "header":
      return fill(e.renamed === undefined ? t.expectHeaderMissing : t.expectHeaderRenamed, { header: e.header });
    case "calculated":
      return fill(t.expectCalculated, { header: e.header });
    case "tableName":
      return fill(t.expectTableName, { table: e.table });
    case "reopen":
      return fill(t.expectReopen, { status: e.status });
  }
}
