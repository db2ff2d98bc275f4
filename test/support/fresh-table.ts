import type { Lang, TableSpec } from "../../src/domain/schema/types";
import { label } from "../../src/domain/schema/types";
import type { TableBase } from "../../src/workbook/plan-types";

/** A record table as set-up leaves it: the schema's headers over one blank body row (a plan of changes needs it). */
export function freshTable(spec: TableSpec, lang: Lang = "zh-CN"): TableBase {
  return { headers: spec.fields.map((f) => label(f, lang)), bodyRows: 1, usedRows: 0 };
}
