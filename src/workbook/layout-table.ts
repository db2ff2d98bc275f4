import type { CellValue, Lang, RecordRow, TableSpec } from "../domain/schema/types";
import { label } from "../domain/schema/types";
import { VALIDITY_INVALID_PREFIX, YES_NO } from "../domain/schema/values";
import type { Dimension } from "../domain/settings";
import { cellAddress, columnLetter } from "./a1";
import { fieldNumFmt } from "./formats";
import type { CalculatedResult } from "./calculated-results";
import { calculatedColumnFormula, rowRefFor } from "./formulas";
import { listName, settingName } from "./names";
import type { HighlightStyle, PlanOp, TableColumnPlan, ValidationRule } from "./plan-types";

/** Rows below the data that still carry validations, so typing under a table in any spreadsheet is checked. */
export const VALIDATION_SPARE_ROWS = 500;

export interface TableContent {
  readonly rows: readonly RecordRow[];
  /** Headers of user columns that are not in the schema, kept after the schema's columns. */
  readonly extraHeaders: readonly string[];
  /** The domain's results of the calculated columns (calculated-results.ts), cached next to their formulas. */
  readonly results?: Readonly<Record<string, CalculatedResult>>;
}

/** Highlights of calculated results, as formulas on the first body cell (column letter `$X`, row 2). */
function highlightsFor(
  spec: TableSpec,
  col: (key: string) => string,
): { key: string; formula: string; style: HighlightStyle }[] {
  const yes = `"${YES_NO.yes}"`;
  switch (spec.key) {
    case "issues":
      return [{ key: "overdue", formula: `${col("overdue")}=${yes}`, style: "bad" }];
    case "evaluations":
      return [
        {
          key: "scoreRate",
          formula: `AND(ISNUMBER(${col("scoreRate")}),${col("scoreRate")}<${settingName("lowRate")})`,
          style: "bad",
        },
        {
          key: "validity",
          formula: `LEFT(${col("validity")},${VALIDITY_INVALID_PREFIX.length})="${VALIDITY_INVALID_PREFIX}"`,
          style: "muted",
        },
      ];
    case "followups":
      return [
        { key: "needsFollowUp", formula: `${col("needsFollowUp")}=${yes}`, style: "warn" },
        { key: "callTimely", formula: `${col("callTimely")}="${YES_NO.no}"`, style: "warn" },
      ];
    case "feedback":
      return [{ key: "needsFollowUp", formula: `${col("needsFollowUp")}=${yes}`, style: "warn" }];
    default:
      return [];
  }
}

/** A calculated column's cached values: "" where the domain has no result, as the formula shows it. */
function resultsOf(result: CalculatedResult | undefined, rows: readonly RecordRow[]): CellValue[] | undefined {
  return result && rows.map((r) => result(r) ?? "");
}

/** Plan ops for one record table: the table with its calculated columns, validations and highlights. */
export function tableOps(
  spec: TableSpec,
  sheet: string,
  content: TableContent,
  dimensions: readonly Dimension[],
  lang: Lang,
): PlanOp[] {
  const headerOf = (key: string) => {
    const field = spec.fields.find((f) => f.key === key);
    if (!field) throw new RangeError(`${spec.key} has no field ${key}`);
    return label(field, lang);
  };
  const rowRef = rowRefFor(spec, headerOf);
  const columns: TableColumnPlan[] = [
    ...spec.fields.map((f) => ({
      header: label(f, lang),
      numFmt: fieldNumFmt(f),
      width: f.width,
      formula: f.type === "formula" ? calculatedColumnFormula(spec, f.key, rowRef, dimensions) : undefined,
      values: resultsOf(f.type === "formula" ? content.results?.[f.key] : undefined, content.rows),
    })),
    ...content.extraHeaders.map((h) => ({ header: h, width: 14 })),
  ];
  const keys = [...spec.fields.map((f) => (f.type === "formula" ? undefined : f.key)), ...content.extraHeaders];
  const rows: CellValue[][] = content.rows.map((r) => keys.map((k) => (k === undefined ? undefined : r[k])));
  const lastRow = 1 + Math.max(rows.length, 1) + VALIDATION_SPARE_ROWS;
  const colIndex = (key: string) => spec.fields.findIndex((f) => f.key === key) + 1;
  const columnRange = (key: string) => `${cellAddress(2, colIndex(key))}:${cellAddress(lastRow, colIndex(key))}`;

  const ops: PlanOp[] = [
    { kind: "sheet", name: sheet, freezeRows: 1 },
    { kind: "table", sheet, name: spec.tableName, origin: "A1", columns, rows },
  ];
  for (const f of spec.fields) {
    const rule = validationRule(f);
    if (rule) ops.push({ kind: "validation", sheet, range: columnRange(f.key), rule });
  }
  const col = (key: string) => `$${columnLetter(colIndex(key))}2`;
  for (const h of highlightsFor(spec, col)) {
    ops.push({ kind: "highlight", sheet, range: columnRange(h.key), formula: h.formula, style: h.style });
  }
  return ops;
}

function validationRule(field: TableSpec["fields"][number]): ValidationRule | undefined {
  if (field.list) return { type: "list", source: listName(field.list) };
  if (field.type === "whole" && field.min !== undefined && field.max !== undefined) {
    return { type: "whole", min: field.min, max: field.max };
  }
  if (field.type === "date" || field.type === "dateTime") return { type: "date" };
  if (field.type === "number") return { type: "decimal", min: 0 };
  return undefined;
}
