/**
 * Closing the loop (issue 15 item 3, source 000 §2.4 "re-evaluate 1–2 months after", 004 §2.4): the report of the
 * month a measure is due for re-check measures again the figure that raised its draft and fills 复评结果 with
 * before → after and a verdict. A person's text in 复评结果 is never replaced; 状态 已验证 stays a person's call.
 */
import { periodRange } from "./period";
import type { RecordRow } from "../schema/types";
import { inRange, textOf } from "./cells";
import { draftMetric, draftOf, type MetricSource } from "./draft-metric";
import { monthOfCell } from "./month";

export const RECHECK_VERDICT = { improved: "已改善", notImproved: "未改善", noData: "无数据" } as const;
export type RecheckVerdict = (typeof RECHECK_VERDICT)[keyof typeof RECHECK_VERDICT];

/** An improvement row due for re-check in the report month. */
export interface RecheckItem {
  /** Index of the row in the improvement table's records. */
  readonly index: number;
  readonly id: string | undefined;
  readonly problem: string | undefined;
  /** The computed 复评结果, e.g. `问题解决效果 得分率 61.3% → 78.2%，已改善`; undefined for a row without a metric. */
  readonly result: string | undefined;
  readonly verdict: RecheckVerdict | undefined;
  /** What 复评结果 holds after the report: the row's own text when it had one, else `result`. */
  readonly shown: string | undefined;
  /** 复评结果 is blank and a result was computed: the report writes it. */
  readonly write: boolean;
}

/**
 * The improvement rows whose 复评日期 falls in `month`, in table order, each with its re-check (issue 15): the
 * draft's figure (`draftMetric`) in its 来源月份 (before) and in `month` (after); verdict 无数据 when the figure has
 * no data in `month`, 已改善 when it meets its threshold, else 未改善. Rows that are not drafts (人工添加) or whose
 * 依据 no longer names the subject get no result: a person re-checks them.
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function recheckItems(improvements: readonly RecordRow[], month: string, source: MetricSource): RecheckItem[] {
  const range = periodRange(month);
  const items: RecheckItem[] = [];
  improvements.forEach((row, index) => {
    if (!inRange(row["recheckDate"], range)) return;
    const draft = draftOf(row);
    const metric = draft === undefined ? undefined : draftMetric(draft.origin, draft.subject, source);
    const from = monthOfCell(row["month"]);
    let result: string | undefined;
    let verdict: RecheckVerdict | undefined;
    if (metric !== undefined) {
      const before = from === undefined ? undefined : metric.measure(from).value;
      const after = metric.measure(month);
      verdict =
        after.value === undefined
          ? RECHECK_VERDICT.noData
          : after.meets
            ? RECHECK_VERDICT.improved
            : RECHECK_VERDICT.notImproved;
      const show = (v: number | undefined) => (v === undefined ? "—" : metric.format(v));
      result = `${metric.label} ${show(before)} → ${show(after.value)}，${verdict}`;
    }
    const own = textOf(row["recheckResult"]);
    items.push({
      index,
      id: textOf(row["id"]),
      problem: textOf(row["problem"]),
      result,
      verdict,
      shown: own ?? result,
      write: own === undefined && result !== undefined,
    });
  });
  return items;
}
