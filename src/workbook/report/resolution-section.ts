/**
 * The report's 问题解决周期 section (issue 15 item 4, source 001, 002 step 5): the issues of the period with a
 * completion time, their mean and median hours from receipt to completion per urgency and in all (A:D), for 一般 also
 * in working hours (weekends and the Settings holidays left out, the calendar of the 处理时限 formula), and per team
 * (H:K); then the 不满意 issues closed without being reopened. Every figure is a live formula: counts COUNTIFS, means
 * SUMIFS (so a stray text in a date column does not break them), medians `AGGREGATE(16,6,hours/(conditions),0.5)`,
 * PERCENTILE.INC at 0.5 over the rows whose conditions hold (the others divide by 0, and option 6 ignores errors).
 * AGGREGATE is newer than Excel 2007: the file host writes it as `_xlfn.AGGREGATE` (future-functions.ts).
 */
import type { ResolutionReport } from "../../domain/report/resolution-figures";
import { DISSATISFIED_MAX } from "../../domain/report/resolution-figures";
import { ISSUE_STATUS, URGENCY } from "../../domain/schema/values";
import { cellAddress } from "../a1";
import { NUM_FMT } from "../formats";
import { HOLIDAYS_NAME } from "../names";
import type { PlanCell } from "../plan-types";
import { countIfs, equalsCell, inWindow, type Window } from "./report-formulas";
import type { RecordScope } from "./team-formulas";

type Label = { readonly zh: string; readonly en: string };

export const RESOLUTION_LABELS = {
  title: { zh: "问题解决周期(接收→完成)", en: "Resolution time (receipt → completion)" },
  urgency: { zh: "紧急程度", en: "Urgency" },
  team: { zh: "部门/团队", en: "Team" },
  all: { zh: "全部", en: "All" },
  normalWorking: { zh: "一般(工作时间)", en: "Normal (working time)" },
  completed: { zh: "已完成数", en: "Completed" },
  mean: { zh: "平均(小时)", en: "Mean (hours)" },
  median: { zh: "中位数(小时)", en: "Median (hours)" },
  workingNote: {
    zh: "工作时间:扣除接收与完成之间整天的周末和节假日(设置表节假日),与处理时限同一日历。",
    en: "Working time: whole weekend days and Settings holidays between receipt and completion are left out, the calendar of the due times.",
  },
  notReopened: { zh: "不满意但已关闭(未重新处理)", en: "Dissatisfied but closed (not reopened)" },
} as const;

export type IssueKey = "receivedAt" | "urgency" | "completedAt" | "satisfaction" | "status" | "team";

export interface ResolutionSectionInput {
  readonly firstRow: number;
  readonly window: Window;
  /** Issue columns as structured references. */
  readonly col: (key: IssueKey) => string;
  /** The domain's figures: the teams listed are its `byTeam`. */
  readonly figures: Pick<ResolutionReport, "byTeam">;
  /** The urgency names in the report's language. */
  readonly urgencyLabel: (urgency: string) => string;
  readonly t: (entry: Label) => string;
  /** The issues in the report's scope (one team's); absent: every issue. */
  readonly issues?: Pick<RecordScope, "issueCriteria" | "issueFactor">;
}

export interface ResolutionSection {
  readonly rows: PlanCell[][];
  readonly formats: (string | undefined)[][];
  /** Figure path → cell, like the report plan's `cells`. */
  readonly cells: Record<string, string>;
}

const q = (text: string) => `"${text.replace(/"/g, '""')}"`;
/** The team table's first column (H), beside the urgency table (A:D). */
const TEAM_COLUMN = 8;

/** What selects a group's rows: COUNTIFS/SUMIFS criteria pairs, and the same as a 1/0 array factor. */
interface Selection {
  readonly criteria: string[];
  readonly factor: string;
}

export function resolutionSection(input: ResolutionSectionInput): ResolutionSection {
  const { window: w, col, t } = input;
  const L = RESOLUTION_LABELS;
  const r = col("receivedAt");
  const c = col("completedAt");
  const completedIn = (s: Selection) => [inWindow(r, w), ...s.criteria, c, `">0"`].join(",");
  const inPeriod = `(${r}>=${w.start})*(${r}<${w.end})*(${c}>0)`;
  /** Whole weekend days and holidays strictly between receipt and completion (0 within a day or the next). */
  const later = `(INT(${c})>INT(${r})+1)`;
  const lastBetween = `INT(${r})+1+${later}*(INT(${c})-INT(${r})-2)`;
  const offDays = `(INT(${c})-INT(${r})-1-NETWORKDAYS(INT(${r})+1,${lastBetween},${HOLIDAYS_NAME}))*${later}`;
  const hours = { calendar: `(${c}-${r})*24`, working: `(${c}-${r}-${offDays})*24` };

  const scope = input.issues ?? { issueCriteria: [], issueFactor: "" };
  const figures = (group: Selection, row: number, column: number, clock: "calendar" | "working"): PlanCell[] => {
    const s = { criteria: [...scope.issueCriteria, ...group.criteria], factor: scope.issueFactor + group.factor };
    const count = cellAddress(row, column + 1);
    const mean =
      clock === "calendar"
        ? `(SUMIFS(${c},${completedIn(s)})-SUMIFS(${r},${completedIn(s)}))*24/${count}`
        : `SUMPRODUCT(${inPeriod}${s.factor}*ISNUMBER(${c})*${hours.working})/${count}`;
    const median = `AGGREGATE(16,6,${hours[clock]}/(${inPeriod}${s.factor}),0.5)`;
    return [
      { formula: countIfs(completedIn(s)) },
      { formula: `IFERROR(${mean},"")` },
      { formula: `IFERROR(${median},"")` },
    ];
  };
  const byUrgency = (u: string): Selection => ({
    criteria: [col("urgency"), q(u)],
    factor: `*(${col("urgency")}=${q(u)})`,
  });

  const left: { label: string; path: string; selection: Selection; clock: "calendar" | "working" }[] = [
    ...Object.values(URGENCY).map((u) => ({
      label: input.urgencyLabel(u),
      path: `resolution.byUrgency.${u}`,
      selection: byUrgency(u),
      clock: "calendar" as const,
    })),
    { label: t(L.all), path: "resolution.all", selection: { criteria: [], factor: "" }, clock: "calendar" },
    {
      label: t(L.normalWorking),
      path: "resolution.normalWorking",
      selection: byUrgency(URGENCY.normal),
      clock: "working",
    },
  ];
  const rows: PlanCell[][] = [[], [t(L.title)]];
  const formats: (string | undefined)[][] = [[], []];
  const cells: Record<string, string> = {};
  const header = [t(L.completed), t(L.mean), t(L.median)];
  const headerRow: PlanCell[] = [t(L.urgency), ...header];
  headerRow[TEAM_COLUMN - 1] = t(L.team);
  headerRow.push(...header);
  rows.push(headerRow);
  formats.push([]);
  const hourFormats = [undefined, NUM_FMT.number, NUM_FMT.number];
  const length = Math.max(left.length, input.figures.byTeam.length);
  for (let i = 0; i < length; i++) {
    const row = input.firstRow + rows.length;
    const cellsOf: PlanCell[] = [];
    const fmts: (string | undefined)[] = [];
    const g = left[i];
    if (g) {
      cellsOf.push(g.label, ...figures(g.selection, row, 1, g.clock));
      fmts.push(undefined, ...hourFormats);
      ["completed", "meanHours", "medianHours"].forEach((k, j) => (cells[`${g.path}.${k}`] = cellAddress(row, 2 + j)));
    }
    const team = input.figures.byTeam[i];
    if (team) {
      const name = cellAddress(row, TEAM_COLUMN, true);
      const teamCol = col("team");
      // A masked team keeps its `*` as wildcards (report-formulas.ts `equalsCell`); the array test matches the same
      // way: the masked text found at the start of a team text of the same length.
      const factor = team.masked
        ? `*(SEARCH(${name},${teamCol})=1)*(LEN(${teamCol})=LEN(${name}))`
        : `*(${teamCol}=${name})`;
      const selection = { criteria: [equalsCell(teamCol, name, team.masked)], factor };
      cellsOf[TEAM_COLUMN - 1] = team.team;
      cellsOf.push(...figures(selection, row, TEAM_COLUMN, "calendar"));
      fmts[TEAM_COLUMN - 1] = undefined;
      fmts.push(...hourFormats);
      ["completed", "meanHours", "medianHours"].forEach(
        (k, j) => (cells[`resolution.byTeam.${String(i)}.${k}`] = cellAddress(row, TEAM_COLUMN + 1 + j)),
      );
    }
    rows.push(cellsOf);
    formats.push(fmts);
  }
  rows.push([t(L.workingNote)]);
  formats.push([]);
  const row = input.firstRow + rows.length;
  const dissatisfied = `${[inWindow(r, w), ...scope.issueCriteria].join(",")},${col("satisfaction")},"<=${String(DISSATISFIED_MAX)}"`;
  const closed = [ISSUE_STATUS.done, ISSUE_STATUS.closed].map((s) => countIfs(dissatisfied, col("status"), q(s)));
  rows.push([t(L.notReopened), { formula: closed.join("+") }]);
  formats.push([]);
  cells["notReopened"] = cellAddress(row, 2);
  return { rows, formats, cells };
}
