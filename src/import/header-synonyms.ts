/**
 * Header words people and survey tools use for the fields of each table (issue 3 item 2), besides the fields'
 * own zh and en labels, which always win. Matching ignores case, white space and full-width forms.
 */
import type { TableKey } from "../domain/schema/types";

type Synonyms = Readonly<Record<string, readonly string[]>>;

const CONTACT = ["联系电话", "电话", "手机", "手机号", "手机号码", "联系方式", "phone", "mobile", "telephone"];
const CUSTOMER_ID = ["客户编号", "客户ID", "客户代码", "客户号", "用户ID", "会员号", "customer no", "customer id"];
const CUSTOMER_NAME = ["客户名称", "客户姓名", "客户", "姓名", "customer", "customer name"];
/** 区域 and 服务等级 (issue 15): what CRM and ticket exports call a sales region and a customer tier. */
const REGION = [
  "地区",
  "大区",
  "所属区域",
  "所属地区",
  "所属大区",
  "片区",
  "销售区域",
  "服务区域",
  "area",
  "sales region",
];
const SERVICE_LEVEL = [
  "客户等级",
  "会员等级",
  "客户级别",
  "会员级别",
  "服务级别",
  "VIP等级",
  "customer level",
  "customer tier",
  "service tier",
  "membership level",
];

export const HEADER_SYNONYMS: Readonly<Record<TableKey, Synonyms>> = {
  issues: {
    id: ["工单号", "工单编号", "问题单号", "ticket id", "ticket no"],
    receivedAt: ["受理时间", "创建时间", "报修时间", "来电时间", "提交时间", "反馈时间", "created", "created at"],
    channel: ["渠道", "来源渠道", "反馈渠道", "受理渠道"],
    stage: ["环节", "业务环节"],
    team: ["部门", "团队", "受理部门", "所属团队"],
    customerId: CUSTOMER_ID,
    customerName: CUSTOMER_NAME,
    contact: [...CONTACT, "联系人"],
    product: ["产品", "产品型号", "产品名称", "型号"],
    description: ["问题内容", "描述", "详情", "问题详情", "工单内容"],
    category: ["问题类别", "问题类型", "类别", "分类"],
    urgency: ["紧急度", "优先级", "级别", "priority"],
    firstResponseAt: ["首响时间", "响应时间", "首次回复时间"],
    interimAction: ["初步措施", "临时措施"],
    handler: ["处理人员", "受理人", "经办人"],
    plan: ["解决方案", "处理方法"],
    reviewer: ["审核人"],
    completedAt: ["完成时间", "解决时间", "结案时间", "关闭时间", "resolved at", "closed at"],
    firstContactResolved: ["一次解决", "是否一次性解决", "首次解决", "一次性解决"],
    satisfaction: ["满意度", "满意度评分", "客户评分"],
    suggestion: ["建议"],
    status: ["状态", "工单状态", "处理状态"],
    region: REGION,
    serviceLevel: SERVICE_LEVEL,
  },
  evaluations: {
    issueId: ["问题编号", "工单号", "工单编号"],
    customerId: CUSTOMER_ID,
    serviceType: ["服务项目"],
    serviceDate: ["服务时间", "服务完成日期", "服务完成时间"],
    staffId: ["工号", "员工工号", "客服工号", "服务人员"],
    method: ["回访方式", "评估方式", "调查方式"],
    fillSeconds: ["所用时间", "填写用时", "答题时长", "填写时长", "用时", "作答时长", "time taken", "duration"],
    // Standard wordings of 问卷星, 腾讯问卷, 金数据 and Microsoft Forms satisfaction surveys (the number before them
    // and a trailing question mark are dropped by header-map.ts).
    d_response: [
      "响应与及时性",
      "响应及时性",
      "及时性",
      "响应",
      "响应是否及时",
      "处理是否及时",
      "响应速度满意度",
      "responsiveness",
    ],
    d_attitude: ["态度与沟通", "态度", "沟通", "服务人员态度", "服务态度满意度", "工作人员态度", "attitude"],
    d_expertise: ["专业性与准确性", "服务专业性", "专业性", "专业", "专业水平", "业务能力", "expertise"],
    d_resolution: ["问题解决与结果", "解决效果", "问题解决", "解决", "问题是否解决", "问题是否得到解决", "resolution"],
    d_convenience: [
      "环境与便捷性",
      "便捷性",
      "便捷",
      "办理是否方便",
      "办理便捷度",
      "是否方便",
      "便利性",
      "方便程度",
      "convenience",
    ],
    comment: [
      "意见",
      "建议",
      "您的意见建议",
      "其他意见",
      "意见和建议",
      "意见或建议",
      "其他建议",
      "您对我们的服务还有什么意见或建议",
      "您还有什么意见或建议",
      "还有什么意见或建议",
      "您对我们还有哪些建议",
      "comments",
      "suggestions",
      "any other comments",
    ],
    region: REGION,
    serviceLevel: SERVICE_LEVEL,
  },
  followups: {
    issueId: ["问题编号", "工单号", "工单编号"],
    customerName: CUSTOMER_NAME,
    contact: CONTACT,
    scenario: ["回访类型", "场景"],
    serviceDate: ["服务日期", "处理完成日期", "完成日期", "服务完成日期"],
    callDate: ["回访时间", "回访日"],
    caller: ["回访人", "回访客服", "回访员"],
    overall: ["总体满意度", "整体满意度", "总体评分", "满意度(1-10)"],
    problem: ["问题描述", "具体问题", "问题"],
    problemType: ["问题类型"],
    suggestion: ["建议", "客户意见"],
    closedAt: ["闭环时间", "关闭日期", "结案日期"],
  },
  feedback: {
    customerId: CUSTOMER_ID,
    servedAt: ["服务日期", "反馈时间", "评价时间"],
    staffId: ["工号", "员工工号", "客服工号"],
    team: ["部门", "团队"],
    stage: ["环节"],
    channel: ["渠道"],
    source: ["来源渠道"],
    score: ["评分", "打分", "分数", "星级", "score", "rating"],
    text: ["反馈内容", "客户原话", "评价内容", "内容", "留言", "评论"],
    problemType: ["问题类型", "问题分类"],
    progress: ["进度", "处理进度"],
    owner: ["跟进人", "负责人"],
  },
  improvements: {
    month: ["月份"],
    problem: ["问题"],
    action: ["措施"],
    ownerDept: ["部门"],
    owner: ["负责人"],
    dueDate: ["截止日期", "截止时间", "完成日期"],
  },
};

/**
 * Survey tools' own columns (问卷星, 腾讯问卷, Microsoft Forms): recognised as part of a header and kept as extra
 * columns, never dropped. `submitted` names the submission time.
 */
export const SURVEY_META = {
  submitted: ["提交答卷时间", "提交时间", "答卷时间", "结束答题时间", "完成时间", "completion time"],
  other: [
    "序号",
    "来源",
    "来源详情",
    "来自IP",
    "IP",
    "IP地址",
    "填写设备",
    "地理位置",
    "开始时间",
    "开始答题时间",
    "ID",
    "电子邮件",
    "名称",
    "上次修改时间",
    "start time",
    "email",
    "name",
    "last modified time",
  ],
} as const;

/**
 * When a survey export has no column for the table's date, its submission time stands for it: an online
 * questionnaire is answered right after the service it rates.
 */
export const SUBMITTED_STANDS_FOR: Partial<Readonly<Record<TableKey, string>>> = {
  evaluations: "serviceDate",
  feedback: "servedAt",
};
