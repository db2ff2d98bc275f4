/**
 * The (team, stage, channel) groups of the monthly summary (DOMAIN.md §5). Issues and feedback are drawn from a
 * fixed set so the same groups recur; a few groups have only issues, a few only feedback, one never has a 重大
 * issue, so every blank-versus-zero rule of the summary is exercised.
 */
import type { Team } from "./parties";
import type { Rng } from "./random";
import { weighted } from "./random";

export interface Group {
  readonly team: Team;
  readonly stage: string;
  readonly channel: string;
  /** Relative frequency among issues (0: none). */
  readonly issues: number;
  /** Relative frequency among feedback (0: none). */
  readonly feedback: number;
  readonly noMajor?: boolean;
}

export const GROUPS: readonly Group[] = [
  { team: "在线客服部", stage: "售前咨询", channel: "在线客服", issues: 8, feedback: 10 },
  { team: "在线客服部", stage: "技术支持", channel: "在线客服", issues: 6, feedback: 6 },
  { team: "在线客服部", stage: "退换货", channel: "APP", issues: 7, feedback: 8 },
  { team: "在线客服部", stage: "售中交易支持", channel: "电商平台", issues: 5, feedback: 9 },
  { team: "电话客服部", stage: "维修", channel: "电话", issues: 10, feedback: 8 },
  { team: "电话客服部", stage: "投诉处理", channel: "电话", issues: 6, feedback: 6 },
  { team: "电话客服部", stage: "售前咨询", channel: "电话", issues: 4, feedback: 5 },
  { team: "售后支持组", stage: "退换货", channel: "电话", issues: 6, feedback: 5 },
  { team: "售后支持组", stage: "维修", channel: "APP", issues: 6, feedback: 6 },
  { team: "售后支持组", stage: "投诉处理", channel: "社交媒体", issues: 3, feedback: 5 },
  { team: "上门服务组", stage: "安装", channel: "上门服务", issues: 8, feedback: 9 },
  { team: "上门服务组", stage: "维修", channel: "上门服务", issues: 10, feedback: 9 },
  { team: "上门服务组", stage: "保养巡检", channel: "上门服务", issues: 4, feedback: 4 },
  { team: "技术支持组", stage: "技术支持", channel: "电话", issues: 5, feedback: 4 },
  { team: "技术支持组", stage: "技术支持", channel: "邮件", issues: 3, feedback: 2 },
  { team: "售后支持组", stage: "其他", channel: "门店", issues: 2, feedback: 0, noMajor: true },
  { team: "技术支持组", stage: "维修", channel: "其他", issues: 1, feedback: 0 },
  { team: "在线客服部", stage: "投诉处理", channel: "电商平台", issues: 0, feedback: 3 },
  { team: "上门服务组", stage: "安装", channel: "门店", issues: 0, feedback: 2 },
];

export const drawIssueGroup = weighted(GROUPS.filter((g) => g.issues > 0).map((g) => [g, g.issues] as const));
export const drawFeedbackGroup = weighted(GROUPS.filter((g) => g.feedback > 0).map((g) => [g, g.feedback] as const));

/** How well a team works: first-contact resolution, response speed, satisfaction shift. */
export interface TeamProfile {
  readonly fcr: number;
  readonly fast: boolean;
  readonly mood: number;
}

export const TEAM_PROFILES: Readonly<Record<Team, TeamProfile>> = {
  在线客服部: { fcr: 0.88, fast: true, mood: 0.1 },
  电话客服部: { fcr: 0.78, fast: false, mood: -0.25 },
  售后支持组: { fcr: 0.76, fast: false, mood: -0.1 },
  上门服务组: { fcr: 0.92, fast: true, mood: 0.45 },
  技术支持组: { fcr: 0.84, fast: true, mood: 0 },
};

/** Issue categories per service stage (the `issueCategory` list). */
const CATEGORY_BY_STAGE: Readonly<Record<string, (rng: Rng) => string>> = {
  售前咨询: weighted([
    ["其他", 6],
    ["技术支持", 3],
    ["响应速度", 2],
  ]),
  售中交易支持: weighted([
    ["物流配送", 4],
    ["其他", 3],
    ["响应速度", 3],
  ]),
  安装: weighted([
    ["产品质量", 4],
    ["服务态度", 2],
    ["技术支持", 3],
    ["物流配送", 2],
  ]),
  维修: weighted([
    ["产品质量", 7],
    ["技术支持", 3],
    ["响应速度", 2],
    ["服务态度", 1],
  ]),
  退换货: weighted([
    ["物流配送", 4],
    ["产品质量", 4],
    ["响应速度", 3],
  ]),
  保养巡检: weighted([
    ["产品质量", 3],
    ["服务态度", 1],
    ["其他", 2],
  ]),
  技术支持: weighted([
    ["技术支持", 8],
    ["产品质量", 2],
  ]),
  投诉处理: weighted([
    ["服务态度", 6],
    ["响应速度", 4],
    ["产品质量", 2],
  ]),
  其他: weighted([
    ["其他", 5],
    ["物流配送", 1],
  ]),
};

export function drawCategory(rng: Rng, stage: string): string {
  return (CATEGORY_BY_STAGE[stage] ?? CATEGORY_BY_STAGE["其他"] ?? (() => "其他"))(rng);
}

/** The responsible department of a category (DOMAIN.md §7's suggested mapping), with some exceptions. */
export function ownerDeptOf(rng: Rng, category: string): string {
  if (rng.chance(0.08)) return rng.pick(["技术部", "产品部", "客服部", "物流部", "其他"]);
  const map: Readonly<Record<string, string>> = { 产品质量: "产品部", 技术支持: "技术部", 物流配送: "物流部" };
  return map[category] ?? "客服部";
}

/** Evaluation service type (the `serviceType` list) of an issue. */
export function serviceTypeOf(stage: string, category: string): string {
  if (stage === "投诉处理" || category === "服务态度") return "投诉";
  if (stage === "维修" || stage === "安装") return "维修";
  if (stage === "保养巡检") return "保养";
  if (stage === "售前咨询" || stage === "技术支持" || stage === "售中交易支持") return "咨询";
  return "其他";
}
