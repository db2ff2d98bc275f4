/** Hand-written rows of the improvement plan (DOMAIN.md §1.5): origin 人工添加, a few per period. */
import type { RecordRow } from "../domain/schema/types";
import { IMPROVEMENT_STATUS } from "../domain/schema/values";
import { improvementId } from "../domain/report/merge-improvements";
import { edate, endOfNextMonth } from "../domain/report/month";
import { monthKey } from "../domain/serial";
import type { DemoContext } from "./context";
import { streamFor } from "./context";

interface Plan {
  readonly problem: string;
  readonly evidence: string;
  readonly action: string;
  readonly ownerDept: string;
  readonly acceptance: string;
  readonly team: "在线客服部" | "电话客服部" | "售后支持组" | "上门服务组" | "技术支持组";
}

const PLANS: readonly Plan[] = [
  {
    team: "电话客服部",
    problem: "电话客服部 高峰期接通慢，客户反映响应慢",
    evidence: "电话渠道平均响应时长 21 秒 > 目标 15 秒",
    action: "高峰时段增加2名坐席，启用智能排队与回拨",
    ownerDept: "客服部",
    acceptance: "电话平均响应时长 ≤ 15 秒，连续两个月",
  },
  {
    team: "上门服务组",
    problem: "上门服务组 备件不足导致二次上门",
    evidence: "二次上门 相关反馈 12 条，占负面反馈 15%",
    action: "热门型号备件前置到区域网点，建立每周补货机制",
    ownerDept: "物流部",
    acceptance: "二次上门率降至 5% 以下",
  },
  {
    team: "售后支持组",
    problem: "售后支持组 退款到账慢",
    evidence: "到账慢 相关反馈占负面反馈 11%",
    action: "退款审核由3级改为2级，超过48小时自动提醒",
    ownerDept: "客服部",
    acceptance: "退款平均到账时长 ≤ 3 个工作日",
  },
  {
    team: "在线客服部",
    problem: "服务便捷性得分率偏低，客户反映报修流程繁琐",
    evidence: "服务便捷性 得分率 65.0% < 70%",
    action: "简化报修表单，支持扫码自动带出产品信息",
    ownerDept: "技术部",
    acceptance: "服务便捷性得分率 ≥ 75%",
  },
  {
    team: "在线客服部",
    problem: "在线客服部 夜间无人值守，响应超时",
    evidence: "在线客服平均响应时长 45 秒 > 目标 30 秒",
    action: "夜间启用机器人首答并安排人工值班",
    ownerDept: "客服部",
    acceptance: "在线客服平均响应时长 ≤ 30 秒",
  },
  {
    team: "技术支持组",
    problem: "变频空调 KFR-35GW/BP3 外机噪音投诉集中",
    evidence: "同型号同批次 产品质量 问题 4 起",
    action: "联合产品部对该批次抽检，主动上门检测",
    ownerDept: "产品部",
    acceptance: "该批次同类问题零新增",
  },
  {
    team: "上门服务组",
    problem: "上门服务组 改约未提前告知客户",
    evidence: "未提前告知 相关反馈 8 条",
    action: "改约必须提前2小时短信及电话通知，纳入考核",
    ownerDept: "客服部",
    acceptance: "未提前告知类投诉为零",
  },
];

const RECHECK_RESULTS: readonly string[] = [
  "复评得分率 82.4%，达标",
  "复评未达标，延长一个月",
  "同类投诉下降 60%，达标",
];

/** 3–6 improvement rows spread over the period's months, ids `IMP-YYYYMM-NN`. */
export function generateImprovements(ctx: DemoContext): RecordRow[] {
  const rng = streamFor(ctx, "improvements");
  const { period, staff } = ctx;
  const count = rng.int(3, 6);
  const plans = [...PLANS];
  const perMonth = new Map<number, number>();
  const rows: RecordRow[] = [];
  for (let i = 0; i < count; i++) {
    const plan = plans.splice(rng.int(0, plans.length - 1), 1)[0] ?? PLANS[0];
    if (!plan) break;
    const monthIndex = Math.floor((i * period.months.length) / count);
    const month = period.month(monthIndex);
    const seq = (perMonth.get(monthIndex) ?? 0) + 1;
    perMonth.set(monthIndex, seq);
    const key = monthKey(month.start);
    const dueDate = endOfNextMonth(key);
    const age = period.months.length - monthIndex;
    const status =
      i === 0
        ? IMPROVEMENT_STATUS.verified
        : rng.pick(
            age > 1
              ? Object.values(IMPROVEMENT_STATUS)
              : [IMPROVEMENT_STATUS.notStarted, IMPROVEMENT_STATUS.inProgress],
          );
    rows.push({
      id: improvementId(key, seq),
      month: key,
      origin: "人工添加",
      problem: plan.problem,
      evidence: plan.evidence,
      action: plan.action,
      ownerDept: plan.ownerDept,
      owner: staff.lead(plan.team).name,
      dueDate,
      acceptance: plan.acceptance,
      status,
      recheckDate: edate(dueDate, 1),
      recheckResult: status === IMPROVEMENT_STATUS.verified ? rng.pick(RECHECK_RESULTS) : undefined,
    });
  }
  return rows;
}
