import type { TableSpec } from "../domain/schema/types";
import type { SourceColumn } from "./header-map";

/**
 * A required field or an evaluation dimension that no source column feeds (issue 13 item 1), and what that will
 * cause: every imported evaluation is 信息不全 (incomplete, so invalid), or every imported row is flagged for the
 * missing required value. Said before importing, so a 0 % validity rate never comes without its reason.
 */
export interface UnfedField {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly consequence: "allIncomplete" | "allFlagged";
}

export function unfedFields(
  spec: TableSpec,
  columns: readonly SourceColumn[],
  dimensionKeys: readonly string[],
): UnfedField[] {
  const fed = new Set(columns.flatMap((c) => (c.target.kind === "field" ? [c.target.key] : [])));
  return spec.fields.flatMap((f): UnfedField[] => {
    if (fed.has(f.key) || f.type === "formula") return [];
    const dimension = spec.key === "evaluations" && dimensionKeys.includes(f.key);
    if (!dimension && !f.required) return [];
    const incomplete = spec.key === "evaluations";
    return [{ key: f.key, zh: f.zh, en: f.en, consequence: incomplete ? "allIncomplete" : "allFlagged" }];
  });
}
