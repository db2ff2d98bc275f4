/**
 * What customers say: complaint and praise sentences that use the service phrases of the domain lexicon
 * (态度差, 没耐心, 流程繁琐, 到账慢, 响应慢, 未提前告知, 备件不足, 二次上门, …; DOMAIN.md §6), shared by
 * evaluation comments, follow-up problems and feedback texts so keyword counts line up across tables.
 */
import type { Rng } from "./random";
import { pickWeighted } from "./random";

export interface Complaint {
  /** The lexicon phrase the sentences contain. */
  readonly key: string;
  readonly w: number;
  /** The evaluation dimension a customer who says this scores low. */
  readonly dimension: "d_response" | "d_attitude" | "d_expertise" | "d_resolution" | "d_convenience";
  readonly feedbackType: string;
  readonly followupType: string;
  readonly say: readonly string[];
}

export const COMPLAINTS: readonly Complaint[] = [
  {
    key: "响应慢",
    w: 14,
    dimension: "d_response",
    feedbackType: "响应时效",
    followupType: "响应效率",
    say: ["响应慢，报修第二天才有人联系", "在线客服响应慢，排队半小时", "响应慢，催了三次才回复"],
  },
  {
    key: "态度差",
    w: 10,
    dimension: "d_attitude",
    feedbackType: "服务态度",
    followupType: "服务态度",
    say: ["师傅态度差，问两句就不耐烦", "客服态度差，说话很冲", "态度差，一点都不尊重人"],
  },
  {
    key: "流程繁琐",
    w: 10,
    dimension: "d_convenience",
    feedbackType: "流程繁琐",
    followupType: "其他",
    say: ["报修流程繁琐，要填一堆信息", "退货流程繁琐，来回寄了两次材料", "流程繁琐，换个配件要审批好几天"],
  },
  {
    key: "二次上门",
    w: 9,
    dimension: "d_resolution",
    feedbackType: "专业能力",
    followupType: "解决效果",
    say: ["第一次没修好，又二次上门", "师傅没带配件，只能二次上门"],
  },
  {
    key: "没耐心",
    w: 8,
    dimension: "d_attitude",
    feedbackType: "服务态度",
    followupType: "服务态度",
    say: ["客服没耐心，我还没说完就打断", "讲解没耐心，问多了就敷衍"],
  },
  {
    key: "到账慢",
    w: 7,
    dimension: "d_convenience",
    feedbackType: "响应时效",
    followupType: "响应效率",
    say: ["退款到账慢，等了一个多星期", "补偿款到账慢，一直说在审核"],
  },
  {
    key: "未提前告知",
    w: 7,
    dimension: "d_convenience",
    feedbackType: "沟通不足",
    followupType: "其他",
    say: ["上门时间改了也未提前告知", "收费项目未提前告知，结账才说"],
  },
  {
    key: "备件不足",
    w: 7,
    dimension: "d_resolution",
    feedbackType: "其他",
    followupType: "解决效果",
    say: ["备件不足，等配件等了五天", "网点备件不足，只能先把机器拆回去"],
  },
  {
    key: "等待时间长",
    w: 5,
    dimension: "d_response",
    feedbackType: "响应时效",
    followupType: "响应效率",
    say: ["热线等待时间长，转了三次人工"],
  },
  {
    key: "联系不上",
    w: 4,
    dimension: "d_response",
    feedbackType: "沟通不足",
    followupType: "响应效率",
    say: ["师傅电话一直联系不上", "售后热线总是联系不上"],
  },
  {
    key: "上门迟到",
    w: 4,
    dimension: "d_response",
    feedbackType: "响应时效",
    followupType: "响应效率",
    say: ["师傅上门迟到一个多小时"],
  },
  {
    key: "没解决",
    w: 5,
    dimension: "d_resolution",
    feedbackType: "专业能力",
    followupType: "解决效果",
    say: ["修完还是没解决，一样有异响", "问题根本没解决就走了"],
  },
  {
    key: "重复维修",
    w: 3,
    dimension: "d_resolution",
    feedbackType: "专业能力",
    followupType: "解决效果",
    say: ["同一个问题重复维修了三次"],
  },
  {
    key: "推诿",
    w: 3,
    dimension: "d_attitude",
    feedbackType: "沟通不足",
    followupType: "服务态度",
    say: ["几个部门互相推诿，没人负责"],
  },
  {
    key: "收费不透明",
    w: 3,
    dimension: "d_convenience",
    feedbackType: "流程繁琐",
    followupType: "其他",
    say: ["收费不透明，多收了材料费"],
  },
  {
    key: "不专业",
    w: 4,
    dimension: "d_expertise",
    feedbackType: "专业能力",
    followupType: "专业能力",
    say: ["师傅对新款机型不熟悉，操作不专业", "客服回答不专业，说法前后不一致"],
  },
  {
    key: "质量差",
    w: 4,
    dimension: "d_resolution",
    feedbackType: "产品质量",
    followupType: "其他",
    say: ["产品质量差，用了一个月就坏了", "新机器开箱就有划痕，质量差"],
  },
];

export const PRAISE: readonly string[] = [
  "师傅很专业，很快找到了问题",
  "响应及时，当天就安排上门",
  "服务态度很好，讲解很耐心",
  "安装规范，走的时候还打扫了卫生",
  "客服回复很快，问题一次就解决了",
  "整体满意，值得推荐",
  "师傅很专业，还教了日常保养方法",
  "响应及时，进度随时有短信通知",
];

export const ENGLISH_COMPLAINTS: readonly (readonly [string, string])[] = [
  ["slow response, technician was late", "响应时效"],
  ["Had to call three times before anyone came.", "响应时效"],
  ["The refund took two weeks, far too slow", "流程繁琐"],
  ["Engineer was rude and impatient", "服务态度"],
];

export const ENGLISH_PRAISE: readonly string[] = [
  "Great service, the technician was very professional",
  "Quick response, problem solved on the first visit",
];

/** Spoken openers and closers of verbatim feedback, per mood. */
const VERBATIM: Readonly<Record<Mood, { readonly open: readonly string[]; readonly close: readonly string[] }>> = {
  negative: {
    open: ["", "", "说实话，", "我想反映一下，", "真的无语，", "麻烦转告一下，"],
    close: ["", "。", "！", "，希望改进。", "，太失望了！", "，请尽快处理。"],
  },
  mixed: { open: ["", "", "说实话，", "总的来说，"], close: ["", "。", "，希望改进。"] },
  positive: { open: ["", "", "这次", "总的来说，"], close: ["", "。", "！", "，谢谢！", "，点赞！"] },
};

const drawComplaint = pickWeighted(COMPLAINTS);

/** A complaint, preferring one about `dimension` when given. */
export function complaintFor(rng: Rng, dimension?: Complaint["dimension"]): Complaint {
  if (dimension !== undefined && rng.chance(0.7)) {
    const matching = COMPLAINTS.filter((c) => c.dimension === dimension);
    if (matching.length > 0) return rng.pick(matching);
  }
  return drawComplaint(rng);
}

export type Mood = "negative" | "mixed" | "positive";

export interface Opinion {
  readonly text: string;
  /** The main complaint, when there is one. */
  readonly complaint?: Complaint;
  /** The feedback problem type of an English complaint. */
  readonly englishType?: string;
}

/** One customer comment in `mood`; `verbatim` adds the spoken openers and closers of customer feedback. */
export function opinion(rng: Rng, mood: Mood, dimension?: Complaint["dimension"], verbatim = false): Opinion {
  if (rng.chance(0.03)) {
    if (mood === "positive") return { text: rng.pick(ENGLISH_PRAISE) };
    const [text, englishType] = rng.pick(ENGLISH_COMPLAINTS);
    return { text, englishType };
  }
  const open = verbatim ? rng.pick(VERBATIM[mood].open) : "";
  const close = verbatim ? rng.pick(VERBATIM[mood].close) : "";
  if (mood === "positive") return { text: open + rng.pick(PRAISE) + close };
  const complaint = complaintFor(rng, dimension);
  let text = rng.pick(complaint.say);
  if (mood === "mixed") text = `${rng.pick(PRAISE)}，但是${text}`;
  else if (rng.chance(0.3)) text += `，${rng.pick(complaintFor(rng).say)}`;
  return { text: open + text + close, complaint };
}
