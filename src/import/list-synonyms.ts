/**
 * Other words for list values (issue 3 item 3): what people and other systems write for 是/否, a channel, an
 * urgency … Matching ignores case, white space and full-width forms. A value maps only to a list value the
 * workbook's list still has.
 */
import type { ListKey } from "../domain/schema/types";
import { SERVICE_LEVEL, YES_NO } from "../domain/schema/values";

/** A region's other names: with 区 or 大区, and in English (华东 → 华东区, 华东大区, East China). */
const region = (name: string, english: string) => [`${name}区`, `${name}大区`, `${english} China`];

type ListSynonyms = Readonly<Record<string, readonly string[]>>;

export const LIST_SYNONYMS: Partial<Readonly<Record<ListKey, ListSynonyms>>> = {
  yesNo: {
    [YES_NO.yes]: ["y", "yes", "√", "✓", "✔", "对", "true", "1", "已解决"],
    [YES_NO.no]: ["n", "no", "×", "✗", "✘", "错", "false", "0", "未解决"],
  },
  channel: {
    电话: ["热线", "400电话", "电话热线", "客服电话", "phone", "call"],
    在线客服: ["在线", "网页客服", "在线咨询", "online", "chat", "live chat"],
    APP: ["app客服", "手机app", "应用"],
    邮件: ["email", "e-mail", "电子邮件", "邮箱"],
    上门服务: ["上门"],
    门店: ["线下门店", "到店", "store"],
    社交媒体: ["微博", "微信公众号", "抖音", "social media"],
    电商平台: ["淘宝", "天猫", "京东", "拼多多", "电商"],
  },
  urgency: {
    一般: ["普通", "低", "中", "normal", "low"],
    紧急: ["加急", "急", "高", "urgent", "high"],
    重大: ["严重", "特急", "critical", "major"],
  },
  customerType: {
    个人: ["个人客户", "个体", "私人", "individual", "personal"],
    企业: ["企业客户", "公司", "单位", "对公", "business", "company"],
  },
  surveyMethod: {
    电话回访: ["电话", "电话调查", "phone"],
    在线问卷: ["问卷", "网络问卷", "线上问卷", "问卷星", "腾讯问卷", "online", "survey"],
    当面沟通: ["面谈", "当面", "现场", "face to face"],
  },
  issueStatus: {
    处理中: ["进行中", "未完成", "待处理", "open", "in progress"],
    已完成: ["完成", "已解决", "done", "resolved"],
    已关闭: ["关闭", "已结案", "closed"],
  },
  progress: {
    待处理: ["未处理", "pending", "to do"],
    处理中: ["进行中", "in progress"],
    已完成: ["完成", "done"],
  },
  region: {
    华北: region("华北", "North"),
    东北: region("东北", "Northeast"),
    华东: region("华东", "East"),
    华中: region("华中", "Central"),
    华南: region("华南", "South"),
    西南: region("西南", "Southwest"),
    西北: region("西北", "Northwest"),
  },
  serviceLevel: {
    [SERVICE_LEVEL.standard]: ["普通客户", "普通会员", "标准", "常规", "非VIP", "standard", "regular", "normal"],
    [SERVICE_LEVEL.vip]: ["VIP客户", "VIP会员", "贵宾", "贵宾客户", "premium"],
  },
  improvementStatus: {
    未开始: ["not started"],
    进行中: ["处理中", "in progress"],
    已完成: ["完成", "done"],
    已验证: ["验证通过", "verified"],
  },
};

/** Folded for comparison: NFKC, lower case, no white space. */
export function foldListText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/**
 * A matcher for one list: the list value a text stands for — the value itself (ignoring case and width), else the
 * value of a synonym when the list has that value — or undefined.
 */
export function listMatcher(key: ListKey, values: readonly string[]): (text: string) => string | undefined {
  const byText = new Map<string, string>();
  for (const v of values) if (!byText.has(foldListText(v))) byText.set(foldListText(v), v);
  for (const [value, words] of Object.entries(LIST_SYNONYMS[key] ?? {})) {
    if (!values.includes(value)) continue;
    for (const w of words) if (!byText.has(foldListText(w))) byText.set(foldListText(w), value);
  }
  return (text) => byText.get(foldListText(text));
}
