import type { ListKey, ListSpec } from "./types";
import {
  DIMENSION_CLASS,
  IMPROVEMENT_STATUS,
  ISSUE_STATUS,
  PROGRESS,
  SCENARIO,
  URGENCY,
  YES_NO,
} from "./values";

/** Every list on the Lists sheet with its default values (DOMAIN.md §1, §6). Users extend them in the workbook. */
export const LISTS: readonly ListSpec[] = [
  {
    key: "channel",
    zh: "服务渠道",
    en: "Channel",
    dropdown: true,
    values: ["电话", "在线客服", "APP", "邮件", "上门服务", "门店", "社交媒体", "电商平台", "其他"],
  },
  {
    key: "stage",
    zh: "服务环节",
    en: "Service stage",
    dropdown: true,
    values: ["售前咨询", "售中交易支持", "安装", "维修", "退换货", "保养巡检", "技术支持", "投诉处理", "其他"],
  },
  {
    key: "team",
    zh: "部门/团队",
    en: "Team",
    dropdown: true,
    values: ["在线客服部", "电话客服部", "售后支持组", "上门服务组", "技术支持组"],
  },
  { key: "customerType", zh: "客户类型", en: "Customer type", dropdown: true, values: ["个人", "企业"] },
  {
    key: "issueCategory",
    zh: "问题分类",
    en: "Issue category",
    dropdown: true,
    values: ["产品质量", "服务态度", "响应速度", "技术支持", "物流配送", "其他"],
  },
  { key: "urgency", zh: "紧急程度", en: "Urgency", dropdown: true, values: Object.values(URGENCY) },
  {
    key: "ownerDept",
    zh: "责任部门",
    en: "Responsible department",
    dropdown: true,
    values: ["技术部", "产品部", "客服部", "物流部", "其他"],
  },
  { key: "yesNo", zh: "是/否", en: "Yes/No", dropdown: true, values: Object.values(YES_NO) },
  { key: "issueStatus", zh: "归档状态", en: "Issue status", dropdown: true, values: Object.values(ISSUE_STATUS) },
  {
    key: "serviceType",
    zh: "服务类型",
    en: "Service type",
    dropdown: true,
    values: ["维修", "咨询", "投诉", "保养", "其他"],
  },
  { key: "surveyMethod", zh: "调研方式", en: "Survey method", dropdown: true, values: ["电话回访", "在线问卷", "当面沟通"] },
  { key: "scenario", zh: "回访场景", en: "Follow-up scenario", dropdown: true, values: Object.values(SCENARIO) },
  {
    key: "followupProblemType",
    zh: "回访问题分类",
    en: "Follow-up problem type",
    dropdown: true,
    values: ["服务态度", "专业能力", "响应效率", "解决效果", "其他"],
  },
  { key: "customerSegment", zh: "客户分群", en: "Customer segment", dropdown: true, values: ["新客户", "老客户", "高价值客户"] },
  {
    key: "feedbackSource",
    zh: "反馈来源",
    en: "Feedback source",
    dropdown: true,
    values: ["满意度问卷", "电话回访", "投诉", "工单备注", "社交媒体", "电商评论"],
  },
  {
    key: "feedbackProblemType",
    zh: "反馈问题类型",
    en: "Feedback problem type",
    dropdown: true,
    values: ["服务态度", "响应时效", "沟通不足", "专业能力", "流程繁琐", "产品质量", "其他"],
  },
  { key: "progress", zh: "跟进进度", en: "Follow-up progress", dropdown: true, values: Object.values(PROGRESS) },
  {
    key: "improvementOrigin",
    zh: "改进来源",
    en: "Improvement origin",
    dropdown: true,
    values: ["低分维度", "高频问题", "指标未达标", "共性问题", "重大投诉", "人工添加"],
  },
  {
    key: "improvementStatus",
    zh: "改进状态",
    en: "Improvement status",
    dropdown: true,
    values: Object.values(IMPROVEMENT_STATUS),
  },
  { key: "dimensionClass", zh: "维度类别", en: "Dimension class", dropdown: true, values: Object.values(DIMENSION_CLASS) },
  {
    key: "lexicon",
    zh: "领域词库",
    en: "Domain lexicon",
    dropdown: false,
    values: [
      "态度差",
      "没耐心",
      "流程繁琐",
      "到账慢",
      "响应慢",
      "未提前告知",
      "备件不足",
      "二次上门",
      "等待时间长",
      "联系不上",
      "推诿",
      "收费不透明",
      "上门迟到",
      "没解决",
      "重复维修",
    ],
  },
  {
    key: "stopWords",
    zh: "停用词",
    en: "Stop words",
    dropdown: false,
    values: ["的", "了", "是", "我", "你", "他", "我们", "就", "也", "都", "还", "很", "太", "和", "在", "有", "没有", "不", "这个", "那个", "一个", "什么", "怎么", "非常", "比较", "感觉", "觉得"],
  },
];

export function listSpec(key: ListKey): ListSpec {
  const spec = LISTS.find((l) => l.key === key);
  if (!spec) throw new RangeError(`unknown list ${key}`);
  return spec;
}
