/**
 * How a report's texts name its period (issue 15 item 1): 本周/本月/本季度/本期 and the period before, and the period
 * itself (`2024年3月`, `2024年第10周`, `2024年第1季度`, `2024年3月1日至3月15日`), so a weekly report never says 本月.
 */
import type { Lang } from "../schema/types";
import { serialToParts } from "../serial";
import { parsePeriod, type PeriodKind } from "./period";

export interface PeriodWords {
  /** 本月, this month. */
  readonly current: string;
  /** 上月, last month (as in "较上月上升"). */
  readonly previous: string;
}

const WORDS: Readonly<Record<PeriodKind, Readonly<Record<"zh" | "en", PeriodWords>>>> = {
  week: { zh: { current: "本周", previous: "上周" }, en: { current: "this week", previous: "last week" } },
  month: { zh: { current: "本月", previous: "上月" }, en: { current: "this month", previous: "last month" } },
  quarter: {
    zh: { current: "本季度", previous: "上季度" },
    en: { current: "this quarter", previous: "last quarter" },
  },
  range: {
    zh: { current: "本期", previous: "上期" },
    en: { current: "this period", previous: "the previous period" },
  },
};

/** The words for "this period" and "the period before" of a period kind, in the report's language. */
export function periodWords(kind: PeriodKind, lang: Lang): PeriodWords {
  return WORDS[kind][lang === "zh-CN" ? "zh" : "en"];
}

/**
 * The period as a text names it: zh-CN `2024年3月`, `2024年第10周`, `2024年第1季度`, `2024年3月1日至2024年3月15日`; en-US
 * the key itself (`2024-03`, `2024-W10`, `2024Q1`, `2024-03-01 to 2024-03-15`).
 * @throws RangeError when `key` is not a period (`parsePeriod`).
 */
export function periodName(key: string, lang: Lang): string {
  const p = parsePeriod(key);
  const [year, rest] = [key.slice(0, 4), key.slice(key.search(/[-Q]/u) + 1)];
  if (lang !== "zh-CN") return p.kind === "range" ? key.replace("~", " to ") : key;
  const day = (serial: number) => {
    const d = serialToParts(serial);
    return `${String(d.year)}年${String(d.month)}月${String(d.day)}日`;
  };
  switch (p.kind) {
    case "week":
      return `${year}年第${String(Number(rest.slice(1)))}周`;
    case "month":
      return `${year}年${String(Number(rest))}月`;
    case "quarter":
      return `${year}年第${rest}季度`;
    case "range":
      return `${day(p.start)}至${day(p.end - 1)}`;
  }
}
