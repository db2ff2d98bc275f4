import type { FieldSpec } from "./types";

/**
 * 区域 and 服务等级 (issue 15, source 000 §2.2: the evaluation sample covers regions and service levels 普通/VIP):
 * optional list fields of the issue log and the evaluations, the last columns of both tables, after 导入来源, so a
 * workbook set up before them gets them appended and keeps every column letter it had.
 */
export const COVERAGE_FIELDS: readonly FieldSpec[] = [
  { key: "region", zh: "区域", en: "Region", type: "list", list: "region", width: 9 },
  { key: "serviceLevel", zh: "服务等级", en: "Service level", type: "list", list: "serviceLevel", width: 9 },
];
