/** Texts that staff write: issue descriptions, actions, plans, suggestions and follow-up outcomes. */
import type { Rng } from "./random";

export interface DescriptionContext {
  /** Product name, e.g. 变频空调; blank when the issue names no product. */
  readonly product: string;
  readonly symptom: string;
}

type Template = (c: DescriptionContext, rng: Rng) => string;

/** Issue descriptions per issue category (the `issueCategory` list). */
export const DESCRIPTIONS: Readonly<Record<string, readonly Template[]>> = {
  产品质量: [
    (c, r) => `客户反映${c.product}${c.symptom}，已持续${r.int(2, 9)}天，影响正常使用`,
    (c) => `${c.product}${c.symptom}，客户要求上门检修`,
    (c, r) => `安装后第${r.int(3, 40)}天出现${c.symptom}，怀疑批次质量问题`,
    (c) => `客户来电称${c.product}${c.symptom}，要求退换`,
  ],
  服务态度: [
    () => "客户投诉上门师傅态度差，未说明收费标准就开始施工",
    () => "客户反映客服没耐心，多次打断客户描述问题",
    () => "师傅上门迟到两个小时且未提前告知，客户不满",
    () => "客户称维修人员推诿责任，要求更换师傅",
  ],
  响应速度: [
    (_, r) => `客户报修后${r.int(6, 48)}小时无人联系，多次催促仍未安排`,
    (_, r) => `在线客服响应慢，客户排队等待超过${r.int(15, 40)}分钟`,
    (_, r) => `退款申请提交${r.int(5, 12)}天仍未到账，客户反映到账慢`,
    () => "热线高峰期接不通，客户留言后一直联系不上",
  ],
  技术支持: [
    (c) => `${c.product}无法连接APP，客户不会配网，需远程指导`,
    (c) => `客户咨询${c.product}固件升级失败的处理方法`,
    (c) => `${c.product}${c.symptom}，需技术人员判断是否为软件问题`,
  ],
  物流配送: [
    (_, r) => `配送延误${r.int(2, 6)}天，外包装破损，客户要求换货`,
    () => "备件不足导致维修延期，需二次上门",
    (c) => `${c.product}送货上门时磕碰，客户拒收`,
  ],
  其他: [
    () => "客户咨询发票开具及延保政策",
    () => "客户要求修改预约上门时间",
    () => "客户咨询以旧换新活动规则",
    () => "客户反映会员积分未到账",
  ],
};

/** Texts that look like formulas, to prove they are stored as text (DOMAIN.md §4.5). */
export const FORMULA_LIKE_DESCRIPTIONS: readonly string[] = [
  "=SUM(A1)测试",
  "-客户反映遥控器失灵，按键无反应",
  "+86 138 0013 8000 来电称热水器漏水",
  "@售后 客户要求今天回电",
  '=HYPERLINK("http://example.com","点击查看")客户留言',
];

export const FORMULA_LIKE_SUGGESTIONS: readonly string[] = [
  "-建议增加备件库存",
  "=1+1 客户随手填写",
  "+1 同意加强上门前电话确认",
];

/** First actions per issue category. */
export const INTERIM_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  产品质量: ["电话安抚客户并记录故障现象", "远程指导客户断电重启", "预约次日上门检测"],
  服务态度: ["主管致电客户致歉", "暂停责任人派单并核实经过"],
  响应速度: ["主管致电客户致歉", "加急派单至就近网点", "短信告知客户处理进度"],
  技术支持: ["发送配网视频教程", "远程指导客户断电重启", "升级至技术支持组"],
  物流配送: ["协调物流查询配送进度", "登记退换货申请"],
  其他: ["记录客户诉求并告知处理时限", "转相关部门核实"],
};

export const PLANS: Readonly<Record<string, readonly string[]>> = {
  产品质量: ["上门检测后更换压缩机电容", "更换同型号新机", "更换主控板并做满负荷测试", "该批次产品统一检测并加固"],
  服务态度: ["主管上门致歉，对责任人进行服务规范培训", "更换服务师傅并赠送延保一年", "退还多收费用并书面致歉"],
  响应速度: ["当天安排就近网点上门", "加急处理退款并短信告知进度", "调整排班，高峰期增加坐席"],
  技术支持: ["远程指导客户重新配网", "推送固件修复包并指导升级", "安排技术员上门调试"],
  物流配送: ["协调物流加急补发", "补发配件并安排二次上门安装", "办理换货并承担运费"],
  其他: ["按政策开具发票并邮寄", "重新预约上门时间", "核实后补发积分"],
};

export const ISSUE_SUGGESTIONS: readonly string[] = [
  "加强上门人员服务规范培训",
  "增加备件库存，缩短维修周期",
  "优化报修流程，减少重复填写",
  "在线客服高峰期增加排班",
  "上门前30分钟电话确认",
  "退款审核流程提速",
  "建立重复维修预警机制",
];

export const FOLLOWUP_SUGGESTIONS: readonly string[] = [
  "希望缩短上门等待时间",
  "建议增加线上预约时段",
  "希望常用配件备足一点",
  "希望收费标准提前说明",
  "建议维修后附上检测报告",
  "希望客服能一次说清楚流程",
];

export const RESOLUTIONS: readonly string[] = [
  "已同步技术部安排二次上门，问题已解决",
  "已致歉并赠送延保一年，客户表示理解",
  "已安排主管回访，客户接受处理方案",
  "已补发配件并完成安装",
  "已退还多收费用",
  "已转产品部分析批次问题，并为客户换机",
];

export const NO_ACTION_RESOLUTION = "客户满意，无需跟进";
export const OPEN_RESOLUTION = "已转责任部门处理中";
