/**
 * List values that rules and formulas compare against. Values are stored in the workbook as the source documents
 * write them (Chinese) in every UI language; the English keys name them in code.
 */
export const URGENCY = { normal: "一般", urgent: "紧急", major: "重大" } as const;
export const YES_NO = { yes: "是", no: "否" } as const;
export const ISSUE_STATUS = { open: "处理中", done: "已完成", closed: "已关闭" } as const;
export const SCENARIO = {
  afterSales: "售后闭环",
  complaint: "投诉处理",
  maintenance: "定期维护",
  majorChange: "重大服务变更",
  newCustomer: "新客户首次服务",
} as const;
export const DIMENSION_CLASS = { core: "核心", auxiliary: "辅助" } as const;
export const IMPROVEMENT_STATUS = {
  notStarted: "未开始",
  inProgress: "进行中",
  done: "已完成",
  verified: "已验证",
} as const;
/** 服务等级 (source 000 §2.2: the sample covers 普通 and VIP customers). */
export const SERVICE_LEVEL = { standard: "普通", vip: "VIP" } as const;
export const PROGRESS = { pending: "待处理", inProgress: "处理中", done: "已完成" } as const;

/** Reasons an evaluation is invalid (DOMAIN.md §4.1), in the order they are written. */
export const INVALID_REASON = { straightLining: "同值作答", tooFast: "用时过短", incomplete: "信息不全" } as const;
export type InvalidReason = (typeof INVALID_REASON)[keyof typeof INVALID_REASON];
export const VALIDITY_OK = "有效";
export const VALIDITY_INVALID_PREFIX = "无效:";
