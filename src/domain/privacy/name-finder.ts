/**
 * Finding people's names in free text (DOMAIN.md §4.4, source 004 §4): a surname with a title (王女士, 张三师傅,
 * 赵工), a familiar prefix (小李, 老王), a context word before it (联系人张三, 处理人：王五), an English title
 * (Mr. Smith), or a name the workbook itself lists in a personal field (the `known` names). The word tables are in
 * `name-tables.ts`; a name found here keeps its first character when masked.
 */
import {
  COMPOUND_SURNAMES,
  ENGLISH_TITLES,
  FAMILIAR_EXCEPTIONS,
  FAMILIAR_SURNAMES,
  NAME_CONTEXT_BEFORE,
  NOT_IN_GIVEN_NAME,
  SURNAMES,
  TITLES,
} from "./name-tables";

/** A name's place in the text: `text.slice(start, end)`. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
}

const charClass = (set: ReadonlySet<string>) => `[${[...set].join("")}]`;

const SURNAME = `(?:${[...COMPOUND_SURNAMES].join("|")}|${charClass(SURNAMES)})`;
const GIVEN_CHAR = `(?:(?!${charClass(NOT_IN_GIVEN_NAME)})\\p{Script=Han})`;
const LONG_TITLES = TITLES.filter((t) => t.length > 1).join("|");
const SHORT_TITLES = charClass(new Set(TITLES.filter((t) => t.length === 1)));
/** What may follow a name found by context: the end, a non-Chinese character, a function word or a title. */
const NAME_END = `(?=$|\\P{Script=Han}|${charClass(NOT_IN_GIVEN_NAME)}|${TITLES.join("|")})`;

/** 王女士, 张三师傅, 王小明经理; a one-character title (王总, 赵工) only before a non-Chinese character or a function word. */
const TITLED = new RegExp(
  `${SURNAME}${GIVEN_CHAR}{0,2}?(?:${LONG_TITLES}|${SHORT_TITLES}(?=$|\\P{Script=Han}|${charClass(NOT_IN_GIVEN_NAME)}))`,
  "gu",
);
const FAMILIAR = new RegExp(`[小老]${charClass(FAMILIAR_SURNAMES)}`, "gu");
const CONTEXT = new RegExp(
  `(?<=(?:${NAME_CONTEXT_BEFORE.join("|")})[:：\\s]*)${SURNAME}${GIVEN_CHAR}{1,2}${NAME_END}`,
  "gu",
);
const ENGLISH = new RegExp(`(?<![A-Za-z])(?:${[...ENGLISH_TITLES].join("|")})\\.?\\s+([A-Z][a-z]+)`, "gd");

/** Whether the surname at `at` and the next character form a common word (安装, 项目, 范围…), so no name starts there. */
function startsCommonWord(text: string, at: number): boolean {
  return FAMILIAR_EXCEPTIONS.has(text.slice(at, at + 2)) || NOT_A_NAME_START.has(text.slice(at, at + 2));
}

/**
 * Surname characters followed by the character that makes them a common word before a title or after a context
 * word: 安装师傅, 项目经理, 高级工程师, 客户方面.
 */
const NOT_A_NAME_START: ReadonlySet<string> = new Set(
  `安装 安全 安检 项目 管道 管理 管家 高级 华为 金牌 车间 卫浴 卫生 包装 包括 房间 冷气 冷暖 米家 连锁 景区 游戏 简单
  车辆 费用 季度 方案 方面 方便 方法 路由 路上 游客 江南 吉利 宁波 金额 金属 石材 石膏 文员 文件 文字 常规 常用 常见
  温度 温控 康师 程序 维修 甘心 毕竟 严格 严重 解决 尤其 苗头 华人 龙头 钱款 董事 蒙古 曲线 房东 房屋 谷歌 邵阳 卢湾`
    .split(/\s+/u)
    .filter((w) => w !== ""),
);

function spans(text: string, pattern: RegExp, skip: (at: number) => boolean = () => false): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(pattern)) {
    if (!skip(m.index)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The names a workbook lists, to be found in text: longest first, then in code-unit order, grouped by their first
 * character. A report searches every text for thousands of them; one regular expression of them all costs time in
 * proportion to the names at every character, this costs a map look-up (issue 18).
 */
export interface KnownNames {
  readonly byFirst: ReadonlyMap<string, readonly string[]>;
}

/** The names to find (see `KnownNames`); undefined when there is none of 2+ characters. */
export function knownNamesPattern(names: Iterable<string>): KnownNames | undefined {
  const list = [...new Set([...names].map((n) => n.trim()))]
    .filter((n) => [...n].length >= 2 && !n.includes("*"))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (list.length === 0) return undefined;
  const byFirst = new Map<string, string[]>();
  for (const name of list) {
    const first = name[0] ?? "";
    const group = byFirst.get(first);
    if (group) group.push(name);
    else byFirst.set(first, [name]);
  }
  return { byFirst };
}

/** Whether `at` falls between the two halves of a surrogate pair (a Unicode pattern never ends a match there). */
function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Where the `known` names occur in `text`, as a regular expression of them all (longest first, Unicode) would find
 * them: from the start, at each character the first name that is there, then on after it.
 */
export function findKnownNames(text: string, known: KnownNames | undefined): NameSpan[] {
  if (!known) return [];
  const out: NameSpan[] = [];
  let at = 0;
  while (at < text.length) {
    const name = known.byFirst
      .get(text[at] ?? "")
      ?.find((n) => text.startsWith(n, at) && !splitsPair(text, at + n.length));
    if (name !== undefined) {
      out.push({ start: at, end: at + name.length });
      at += name.length;
    } else at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

/** Every name found in `text` by the patterns above and by `known` (see `knownNamesPattern`); spans may overlap. */
export function findNames(text: string, known?: KnownNames): NameSpan[] {
  const found = [
    ...spans(text, TITLED, (at) => startsCommonWord(text, at)),
    ...spans(text, FAMILIAR, (at) => FAMILIAR_EXCEPTIONS.has(text.slice(at + 1, at + 3))),
    ...spans(text, CONTEXT, (at) => startsCommonWord(text, at)),
    ...findKnownNames(text, known),
  ];
  for (const m of text.matchAll(ENGLISH)) {
    const [start, end] = m.indices?.[1] ?? [m.index, m.index];
    found.push({ start, end });
  }
  return found;
}
