import type { Dimension } from "../settings";
import { evaluationsSpec } from "./evaluations";
import { FEEDBACK } from "./feedback";
import { FOLLOWUPS } from "./followups";
import { IMPROVEMENTS } from "./improvements";
import { ISSUES } from "./issues";
import type { TableKey, TableSpec } from "./types";

export const TABLE_KEYS: readonly TableKey[] = ["issues", "evaluations", "followups", "feedback", "improvements"];

/** All five record tables, in sheet order, for a dimension set. */
export function tableSpecs(dimensions: readonly Dimension[]): readonly TableSpec[] {
  return [ISSUES, evaluationsSpec(dimensions), FOLLOWUPS, FEEDBACK, IMPROVEMENTS];
}

export function fieldOf(spec: TableSpec, key: string) {
  const field = spec.fields.find((f) => f.key === key);
  if (!field) throw new RangeError(`${spec.key} has no field ${key}`);
  return field;
}

export { ISSUES, FOLLOWUPS, FEEDBACK, IMPROVEMENTS, evaluationsSpec };
export { IMPORT_REF_FIELD } from "./import-ref";
export { LISTS, listSpec } from "./lists";
export { label } from "./types";
export type {
  CellValue,
  FieldSpec,
  FieldType,
  Lang,
  ListKey,
  ListSpec,
  RecordRow,
  ResultKind,
  TableKey,
  TableSpec,
} from "./types";
