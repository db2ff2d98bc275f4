/**
 * The report's 问题解决周期 section (issue 15 item 4, source 001, 002 step 5): per urgency and in all, the issues of
 * the period with a completion time, their mean hours from receipt to completion (live formula) and median hours
 * (a value: a median over a filtered column needs AGGREGATE, which a file must name `_xlfn.AGGREGATE` and Office.js
 * `AGGREGATE`, so one host-neutral plan cannot write it), then the 不满意 issues closed without being reopened.
 */
import { ISSUE_STATUS, URGENCY } from "../../domain/schema/values";
import type { ResolutionFigures } from "../../domain/report/resolution-figures";
import { DISSATISFIED_MAX } from "../../domain/report/resolution-figures";
import { cellAddress } from "../a1";
import { NUM_FMT } from "../formats";
import type { PlanCell } from "../plan-types";
import { countIfs, inWindow, type Window } from "./report-formulas";

export const RESOLUTION_LABELS = {
  title: { zh: "问题解决周期(接收→完成)", en: "Resolution time (receipt → completion)" },
  urgency: { zh: "紧急程度", en: "Urgency" },
  all: { zh: "全部", en: "All" },
  completed: { zh: "已完成数", en: "Completed" },
  mean: { zh: "平均(小时)", en: "Mean (hours)" },
  median: { zh: "中位数(小时)", en: "Median (hours)" },
  notReopened: { zh: "不满意但已关闭(未重新处理)", en: "Dissatisfied but closed (not reopened)" },
} as const;

export interface ResolutionSectionInput {
  readonly firstRow: number;
  readonly window: Window;
  /** Issue columns: receivedAt, urgency, completedAt, satisfaction, status. */
  readonly col: (key: "receivedAt" | "urgency" | "completedAt" | "satisfaction" | "status") => string;
  /** The domain's medians, written as values. */
  readonly medians: {
    readonly all: ResolutionFigures;
    readonly byUrgency: Readonly<Record<string, ResolutionFigures>>;
  };
  readonly t: (entry: { readonly zh: string; readonly en: string }) => string;
}

export interface ResolutionSection {
  readonly rows: PlanCell[][];
  readonly formats: (string | undefined)[][];
  /** Figure path → cell, like the report plan's `cells`. */
  readonly cells: Record<string, string>;
}

const q = (text: string) => `"${text.replace(/"/g, '""')}"`;

export function resolutionSection(input: ResolutionSectionInput): ResolutionSection {
  const { window: w, col, t } = input;
  const L = RESOLUTION_LABELS;
  const rows: PlanCell[][] = [[], [t(L.title)], [t(L.urgency), t(L.completed), t(L.mean), t(L.median)]];
  const formats: (string | undefined)[][] = [[], [], []];
  const cells: Record<string, string> = {};
  const r = col("receivedAt");
  const c = col("completedAt");
  const groups: { label: string; path: string; urgency?: string; median: number | undefined }[] = [
    ...Object.values(URGENCY).map((u) => ({
      label: u,
      path: `resolution.byUrgency.${u}`,
      urgency: u,
      median: input.medians.byUrgency[u]?.medianHours,
    })),
    { label: t(L.all), path: "resolution.all", median: input.medians.all.medianHours },
  ];
  for (const g of groups) {
    const row = input.firstRow + rows.length;
    const byUrgency = g.urgency === undefined ? [] : [col("urgency"), q(g.urgency)];
    const count = countIfs(inWindow(r, w), ...byUrgency, c, `">0"`);
    const urgencyFactor = g.urgency === undefined ? "" : `*(${col("urgency")}=${q(g.urgency)})`;
    const hours =
      `SUMPRODUCT((${r}>=${w.start})*(${r}<${w.end})${urgencyFactor}*ISNUMBER(${c})*(${c}>0)*(${c}-${r}))` +
      `*24/${cellAddress(row, 2)}`;
    rows.push([g.label, { formula: count }, { formula: `IFERROR(${hours},"")` }, g.median]);
    formats.push([undefined, undefined, NUM_FMT.number, NUM_FMT.number]);
    cells[`${g.path}.completed`] = cellAddress(row, 2);
    cells[`${g.path}.meanHours`] = cellAddress(row, 3);
  }
  const row = input.firstRow + rows.length;
  const dissatisfied = `${inWindow(r, w)},${col("satisfaction")},"<=${String(DISSATISFIED_MAX)}"`;
  const closed = [ISSUE_STATUS.done, ISSUE_STATUS.closed].map((s) => countIfs(dissatisfied, col("status"), q(s)));
  rows.push([t(L.notReopened), { formula: closed.join("+") }]);
  formats.push([]);
  cells["notReopened"] = cellAddress(row, 2);
  return { rows, formats, cells };
}
