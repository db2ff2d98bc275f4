import type { Dimension } from "../settings";
import { COVERAGE_FIELDS } from "./coverage-fields";
import { IMPORT_REF_FIELD } from "./import-ref";
import type { FieldSpec, TableSpec } from "./types";

const BEFORE_SCORES: readonly FieldSpec[] = [
  { key: "id", zh: "评估编号", en: "Evaluation ID", type: "text", unique: true, width: 14 },
  { key: "issueId", zh: "关联问题编号", en: "Issue ID", type: "text", width: 14 },
  { key: "customerId", zh: "客户编号", en: "Customer ID", type: "text", required: true, width: 14 },
  { key: "customerType", zh: "客户类型", en: "Customer type", type: "list", list: "customerType", width: 9 },
  { key: "serviceType", zh: "服务类型", en: "Service type", type: "list", list: "serviceType", width: 9 },
  { key: "serviceDate", zh: "服务日期", en: "Service date", type: "date", required: true, width: 12 },
  { key: "staffId", zh: "服务人员工号", en: "Staff ID", type: "text", width: 10 },
  { key: "method", zh: "调研方式", en: "Survey method", type: "list", list: "surveyMethod", width: 10 },
  { key: "fillSeconds", zh: "填写用时(秒)", en: "Fill time (s)", type: "number", width: 10 },
];

const AFTER_SCORES: readonly FieldSpec[] = [
  { key: "weightedScore", zh: "加权得分", en: "Weighted score", type: "formula", result: "number", width: 9 },
  { key: "scoreRate", zh: "得分率", en: "Score rate", type: "formula", result: "percent", width: 8 },
  { key: "comment", zh: "意见建议", en: "Comment", type: "longText", width: 30 },
  { key: "validity", zh: "有效性", en: "Validity", type: "formula", result: "text", width: 22 },
  IMPORT_REF_FIELD,
  ...COVERAGE_FIELDS,
];

/** 客户满意度评估表 · Satisfaction evaluations (DOMAIN.md §1.2): one 1–5 column per configured dimension. */
export function evaluationsSpec(dimensions: readonly Dimension[]): TableSpec {
  const scores: FieldSpec[] = dimensions.map((d) => ({
    key: d.key,
    zh: d.zh,
    en: d.en,
    type: "whole",
    min: 1,
    max: 5,
    width: 8,
  }));
  return {
    key: "evaluations",
    tableName: "EvaluationLog",
    sheet: { zh: "满意度评估", en: "Evaluations" },
    fields: [...BEFORE_SCORES, ...scores, ...AFTER_SCORES],
  };
}
