import { IMPORT_REF_FIELD } from "./import-ref";
import type { TableSpec } from "./types";

/** 回访记录表 · Follow-up calls (DOMAIN.md §1.3, source 003). */
export const FOLLOWUPS: TableSpec = {
  key: "followups",
  tableName: "FollowupLog",
  sheet: { zh: "回访记录", en: "Follow-ups" },
  fields: [
    { key: "id", zh: "回访编号", en: "Call ID", type: "text", unique: true, width: 14 },
    { key: "issueId", zh: "关联问题编号", en: "Issue ID", type: "text", width: 14 },
    { key: "customerName", zh: "客户名称", en: "Customer name", type: "text", personal: true, width: 12 },
    { key: "contact", zh: "联系人", en: "Contact", type: "text", personal: true, width: 16 },
    { key: "scenario", zh: "回访场景", en: "Scenario", type: "list", list: "scenario", width: 13 },
    { key: "serviceDate", zh: "服务/处理完成日期", en: "Service date", type: "date", width: 12 },
    { key: "callDate", zh: "回访日期", en: "Call date", type: "date", width: 12 },
    { key: "caller", zh: "回访人员", en: "Caller", type: "text", width: 9 },
    { key: "overall", zh: "总体满意度(1-10)", en: "Overall (1-10)", type: "whole", min: 1, max: 10, width: 10 },
    { key: "f_attitude", zh: "服务态度", en: "Attitude", type: "whole", min: 1, max: 5, width: 8 },
    { key: "f_expertise", zh: "专业能力", en: "Expertise", type: "whole", min: 1, max: 5, width: 8 },
    { key: "f_efficiency", zh: "响应效率", en: "Efficiency", type: "whole", min: 1, max: 5, width: 8 },
    { key: "f_resolution", zh: "解决效果", en: "Resolution", type: "whole", min: 1, max: 5, width: 8 },
    { key: "problem", zh: "具体问题描述", en: "Problem", type: "longText", width: 24 },
    { key: "problemType", zh: "问题分类", en: "Problem type", type: "list", list: "followupProblemType", width: 10 },
    { key: "suggestion", zh: "客户建议", en: "Suggestion", type: "longText", width: 20 },
    { key: "needsFollowUp", zh: "需跟进", en: "Needs follow-up", type: "formula", result: "text", width: 8 },
    {
      key: "syncDueAt",
      zh: "同步责任部门时限",
      en: "Tell department by",
      type: "formula",
      result: "dateTime",
      width: 17,
    },
    { key: "recontactDueAt", zh: "再次联系时限", en: "Re-contact by", type: "formula", result: "dateTime", width: 17 },
    { key: "resolution", zh: "处理结果", en: "Outcome", type: "text", width: 16 },
    { key: "closedAt", zh: "闭环日期", en: "Closed on", type: "date", width: 12 },
    { key: "callTimely", zh: "回访及时", en: "Call on time", type: "formula", result: "text", width: 9 },
    IMPORT_REF_FIELD,
  ],
};
