import { IMPORT_REF_FIELD } from "./import-ref";
import type { TableSpec } from "./types";

/** 服务质量改进清单 · Improvement plan (DOMAIN.md §1.5). */
export const IMPROVEMENTS: TableSpec = {
  key: "improvements",
  tableName: "ImprovementPlan",
  sheet: { zh: "改进清单", en: "Improvements" },
  fields: [
    { key: "id", zh: "改进编号", en: "Improvement ID", type: "text", unique: true, width: 15 },
    { key: "month", zh: "来源月份", en: "Month", type: "month", width: 9 },
    { key: "origin", zh: "来源", en: "Origin", type: "list", list: "improvementOrigin", width: 11 },
    { key: "problem", zh: "问题描述", en: "Problem", type: "longText", width: 30 },
    { key: "evidence", zh: "依据", en: "Evidence", type: "text", width: 28 },
    { key: "action", zh: "改进措施", en: "Action", type: "longText", width: 28 },
    { key: "ownerDept", zh: "责任部门", en: "Responsible dept.", type: "list", list: "ownerDept", width: 10 },
    { key: "owner", zh: "责任人", en: "Owner", type: "text", width: 9 },
    { key: "dueDate", zh: "完成时限", en: "Due date", type: "date", width: 12 },
    { key: "acceptance", zh: "验收标准", en: "Acceptance criteria", type: "text", width: 20 },
    { key: "status", zh: "状态", en: "Status", type: "list", list: "improvementStatus", width: 9 },
    { key: "recheckDate", zh: "复评日期", en: "Re-check date", type: "date", width: 12 },
    { key: "recheckResult", zh: "复评结果", en: "Re-check result", type: "text", width: 16 },
    IMPORT_REF_FIELD,
  ],
};
