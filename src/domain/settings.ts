import { DIMENSION_CLASS } from "./schema/values";

export type DimensionClass = (typeof DIMENSION_CLASS)[keyof typeof DIMENSION_CLASS];

/** An evaluation dimension (DOMAIN.md §1.2, §2.2). `weight` undefined means "split the class share equally". */
export interface Dimension {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly class: DimensionClass;
  readonly weight?: number;
}

export const DEFAULT_DIMENSIONS: readonly Dimension[] = [
  { key: "d_response", zh: "响应速度", en: "Responsiveness", class: DIMENSION_CLASS.auxiliary },
  { key: "d_attitude", zh: "服务态度", en: "Attitude", class: DIMENSION_CLASS.auxiliary },
  { key: "d_expertise", zh: "专业能力", en: "Expertise", class: DIMENSION_CLASS.core },
  { key: "d_resolution", zh: "问题解决效果", en: "Resolution", class: DIMENSION_CLASS.core },
  { key: "d_convenience", zh: "服务便捷性", en: "Convenience", class: DIMENSION_CLASS.auxiliary },
];

export type SettingKind = "number" | "percent" | "text" | "dateTime";

/** One configurable number of DOMAIN.md, as it appears on the Settings sheet. */
export interface SettingSpec {
  readonly key: keyof RuleSettings;
  readonly zh: string;
  readonly en: string;
  readonly kind: SettingKind;
  readonly section: string;
}

/** Every configurable rule value. Defaults are DOMAIN.md's. */
export interface RuleSettings {
  readonly deptCode: string;
  readonly coreShare: number;
  readonly auxShare: number;
  readonly lowRate: number;
  readonly gradeExcellent: number;
  readonly gradeGood: number;
  readonly benchmark: number;
  readonly csatMin: number;
  readonly minFillSeconds: number;
  readonly validityTarget: number;
  readonly coverageTarget: number;
  readonly recheckShare: number;
  readonly slaNormalWorkdays: number;
  readonly slaUrgentHours: number;
  readonly slaMajorHours: number;
  /** Blank: now. The time against which open issues are judged overdue in the live sheet. */
  readonly asOf: number | undefined;
  readonly followUpMaxOverall: number;
  readonly followUpSyncHours: number;
  readonly followUpRecontactWorkdays: number;
  readonly afterSalesMinDays: number;
  readonly afterSalesMaxDays: number;
  readonly complaintMinDays: number;
  readonly complaintMaxDays: number;
  readonly newCustomerMaxDays: number;
  readonly promoterMin: number;
  readonly detractorMax: number;
  readonly feedbackFollowUpBelow: number;
  readonly negativeScoreMax: number;
  readonly targetResponseOnline: number;
  readonly targetResponsePhone: number;
  readonly targetFcr: number;
  readonly targetSatisfaction: number;
  readonly highFrequencyShare: number;
  readonly commonIssueMin: number;
  /** Below this many valid evaluations a report shows 样本不足 instead of a grade (issue 14). */
  readonly minSample: number;
}

export interface Settings {
  readonly rules: RuleSettings;
  readonly dimensions: readonly Dimension[];
  /** Holidays as Excel serial day numbers. */
  readonly holidays: readonly number[];
}

export const DEFAULT_RULES: RuleSettings = {
  deptCode: "SVC",
  coreShare: 0.6,
  auxShare: 0.4,
  lowRate: 0.7,
  gradeExcellent: 0.9,
  gradeGood: 0.8,
  benchmark: 0.8,
  csatMin: 4,
  minFillSeconds: 30,
  validityTarget: 0.9,
  coverageTarget: 0.3,
  recheckShare: 0.1,
  slaNormalWorkdays: 3,
  slaUrgentHours: 24,
  slaMajorHours: 4,
  asOf: undefined,
  followUpMaxOverall: 7,
  followUpSyncHours: 24,
  followUpRecontactWorkdays: 3,
  afterSalesMinDays: 3,
  afterSalesMaxDays: 5,
  complaintMinDays: 1,
  complaintMaxDays: 2,
  newCustomerMaxDays: 7,
  promoterMin: 9,
  detractorMax: 6,
  feedbackFollowUpBelow: 3,
  negativeScoreMax: 3,
  targetResponseOnline: 30,
  targetResponsePhone: 15,
  targetFcr: 0.85,
  targetSatisfaction: 4.5,
  highFrequencyShare: 0.1,
  commonIssueMin: 3,
  minSample: 5,
};

export const DEFAULT_SETTINGS: Settings = { rules: DEFAULT_RULES, dimensions: DEFAULT_DIMENSIONS, holidays: [] };

/** The Settings sheet's rows, in order, with their labels. */
export const SETTING_SPECS: readonly SettingSpec[] = [
  { key: "deptCode", zh: "部门代码(问题编号)", en: "Department code (issue ids)", kind: "text", section: "ids" },
  { key: "coreShare", zh: "核心维度总权重", en: "Core dimensions' total weight", kind: "percent", section: "scores" },
  {
    key: "auxShare",
    zh: "辅助维度总权重",
    en: "Auxiliary dimensions' total weight",
    kind: "percent",
    section: "scores",
  },
  {
    key: "lowRate",
    zh: "低分维度阈值(得分率)",
    en: "Low-score dimension below (rate)",
    kind: "percent",
    section: "scores",
  },
  { key: "gradeExcellent", zh: "优秀等级下限", en: "Grade 'excellent' from", kind: "percent", section: "scores" },
  { key: "gradeGood", zh: "良好等级下限", en: "Grade 'good' from", kind: "percent", section: "scores" },
  { key: "benchmark", zh: "行业平均得分率", en: "Industry benchmark rate", kind: "percent", section: "scores" },
  {
    key: "csatMin",
    zh: "CSAT满意下限(加权得分)",
    en: "CSAT satisfied from (weighted score)",
    kind: "number",
    section: "scores",
  },
  {
    key: "minFillSeconds",
    zh: "最短填写用时(秒)",
    en: "Shortest valid fill time (s)",
    kind: "number",
    section: "quality",
  },
  { key: "validityTarget", zh: "有效率目标", en: "Validity rate target", kind: "percent", section: "quality" },
  { key: "coverageTarget", zh: "样本覆盖率目标", en: "Sample coverage target", kind: "percent", section: "quality" },
  { key: "recheckShare", zh: "复核抽样比例", en: "Re-check sample share", kind: "percent", section: "quality" },
  {
    key: "slaNormalWorkdays",
    zh: "一般问题时限(工作日)",
    en: "Normal issue SLA (working days)",
    kind: "number",
    section: "sla",
  },
  { key: "slaUrgentHours", zh: "紧急问题时限(小时)", en: "Urgent issue SLA (hours)", kind: "number", section: "sla" },
  {
    key: "slaMajorHours",
    zh: "重大问题启动时限(小时)",
    en: "Major issue response SLA (hours)",
    kind: "number",
    section: "sla",
  },
  {
    key: "asOf",
    zh: "超时判断截止时间(留空=当前)",
    en: "Overdue as of (blank = now)",
    kind: "dateTime",
    section: "sla",
  },
  {
    key: "followUpMaxOverall",
    zh: "需跟进:总体满意度不高于",
    en: "Follow up when overall at most",
    kind: "number",
    section: "followups",
  },
  {
    key: "followUpSyncHours",
    zh: "同步责任部门时限(小时)",
    en: "Tell the department within (hours)",
    kind: "number",
    section: "followups",
  },
  {
    key: "followUpRecontactWorkdays",
    zh: "再次联系时限(工作日)",
    en: "Re-contact within (working days)",
    kind: "number",
    section: "followups",
  },
  {
    key: "afterSalesMinDays",
    zh: "售后闭环回访最早(工作日)",
    en: "After-sales call from (working days)",
    kind: "number",
    section: "followups",
  },
  {
    key: "afterSalesMaxDays",
    zh: "售后闭环回访最晚(工作日)",
    en: "After-sales call until (working days)",
    kind: "number",
    section: "followups",
  },
  {
    key: "complaintMinDays",
    zh: "投诉处理回访最早(工作日)",
    en: "Complaint call from (working days)",
    kind: "number",
    section: "followups",
  },
  {
    key: "complaintMaxDays",
    zh: "投诉处理回访最晚(工作日)",
    en: "Complaint call until (working days)",
    kind: "number",
    section: "followups",
  },
  {
    key: "newCustomerMaxDays",
    zh: "新客户回访最晚(自然日)",
    en: "New-customer call within (days)",
    kind: "number",
    section: "followups",
  },
  { key: "promoterMin", zh: "推荐者下限(1-10)", en: "Promoters from (1-10)", kind: "number", section: "followups" },
  { key: "detractorMax", zh: "贬损者上限(1-10)", en: "Detractors up to (1-10)", kind: "number", section: "followups" },
  {
    key: "feedbackFollowUpBelow",
    zh: "反馈需跟进:评分低于",
    en: "Feedback needs follow-up below score",
    kind: "number",
    section: "monitoring",
  },
  {
    key: "negativeScoreMax",
    zh: "负面反馈:评分不高于",
    en: "Negative feedback: score at most",
    kind: "number",
    section: "monitoring",
  },
  {
    key: "targetResponseOnline",
    zh: "目标响应时长-在线客服/APP(秒)",
    en: "Target response, online/APP (s)",
    kind: "number",
    section: "monitoring",
  },
  {
    key: "targetResponsePhone",
    zh: "目标响应时长-电话(秒)",
    en: "Target response, phone (s)",
    kind: "number",
    section: "monitoring",
  },
  {
    key: "targetFcr",
    zh: "一次性解决率目标",
    en: "First-contact resolution target",
    kind: "percent",
    section: "monitoring",
  },
  {
    key: "targetSatisfaction",
    zh: "满意度平均分目标",
    en: "Average satisfaction target",
    kind: "number",
    section: "monitoring",
  },
  {
    key: "highFrequencyShare",
    zh: "高频问题占比下限",
    en: "Frequent problem from share",
    kind: "percent",
    section: "improvements",
  },
  {
    key: "commonIssueMin",
    zh: "共性问题最少问题数",
    en: "Common problem from issue count",
    kind: "number",
    section: "improvements",
  },
  {
    key: "minSample",
    zh: "评级最少有效评估数(少于则为样本不足)",
    en: "Fewest valid evaluations for a grade (else too few)",
    kind: "number",
    section: "scores",
  },
];
