import { IMPORT_REF_FIELD } from "./import-ref";
import type { TableSpec } from "./types";

/** 客户反馈详细记录表 · Feedback detail (DOMAIN.md §1.4, source 004 table 2). */
export const FEEDBACK: TableSpec = {
  key: "feedback",
  tableName: "FeedbackLog",
  sheet: { zh: "反馈明细", en: "Feedback" },
  fields: [
    { key: "id", zh: "反馈编号", en: "Feedback ID", type: "text", unique: true, width: 14 },
    { key: "customerId", zh: "客户ID", en: "Customer ID", type: "text", width: 14 },
    {
      key: "customerSegment",
      zh: "客户类型",
      en: "Customer segment",
      type: "list",
      list: "customerSegment",
      width: 10,
    },
    { key: "servedAt", zh: "服务时间", en: "Served at", type: "dateTime", required: true, width: 17 },
    { key: "staffId", zh: "服务人员工号", en: "Staff ID", type: "text", width: 10 },
    { key: "team", zh: "部门/团队", en: "Team", type: "list", list: "team", width: 12 },
    { key: "stage", zh: "服务环节", en: "Service stage", type: "list", list: "stage", width: 12 },
    { key: "channel", zh: "服务渠道", en: "Channel", type: "list", list: "channel", width: 10 },
    { key: "source", zh: "反馈来源", en: "Source", type: "list", list: "feedbackSource", width: 11 },
    { key: "score", zh: "评分(1-5)", en: "Score (1-5)", type: "whole", min: 1, max: 5, width: 8 },
    { key: "text", zh: "反馈内容(客户原话)", en: "Feedback (verbatim)", type: "longText", width: 36 },
    {
      key: "problemType",
      zh: "问题类型分类",
      en: "Problem type",
      type: "list",
      list: "feedbackProblemType",
      width: 11,
    },
    { key: "needsFollowUp", zh: "是否需跟进", en: "Needs follow-up", type: "formula", result: "text", width: 9 },
    { key: "progress", zh: "跟进进度", en: "Progress", type: "list", list: "progress", width: 9 },
    { key: "owner", zh: "责任人", en: "Owner", type: "text", width: 9 },
    IMPORT_REF_FIELD,
  ],
};
