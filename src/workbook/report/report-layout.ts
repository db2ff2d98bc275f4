import type { Lang, TableKey } from "../../domain/schema/types";
import { label } from "../../domain/schema/types";
import { INVALID_REASON, URGENCY, YES_NO } from "../../domain/schema/values";
import { formatSerial } from "../../domain/serial";
import type { Dimension } from "../../domain/settings";
import { cellAddress, sheetPrefix } from "../a1";
import { settingName } from "../names";
import { NUM_FMT } from "../formats";
import type { PlanCell, PlanOp, ReportStyle } from "../plan-types";
import type { Window } from "./report-formulas";
import {
  averageIfs,
  column,
  countIfs,
  csatFormula,
  equalsCell,
  gradeFormula,
  inWindow,
  monitoringMissFormulas,
  overallFormula,
  ratio,
  slaCountFormula,
  trendRateFormula,
  validEvaluationCriteria,
} from "./report-formulas";
import { improvementSectionRows, type ImprovementSectionInput } from "./improvement-section";
import { resolutionSection, type ResolutionSectionInput } from "./resolution-section";
import { coverageSection, type CoverageSectionInput } from "./coverage-section";
import type { HeadlineFigure } from "./report-labels";
import { REPORT_LABELS as L } from "./report-labels";
import { printLayout, REPORT_WIDTHS, ROW_POINTS, type Block } from "./report-print";
import type { ReportTeam } from "../../domain/report/team-scope";
import { TEAM_LABELS } from "./team-labels";
import { ALL_RECORDS, oneTeam } from "./team-formulas";
import { reportStyleNames, withMarkStyle } from "./report-styles";
import { tableParts } from "./repeated-header";

export interface MonitoringGroup {
  readonly team: string;
  readonly stage: string;
  readonly channel: string;
  readonly customers?: number;
  readonly keywords: readonly string[];
  readonly owner?: string;
  readonly dueDate?: number;
  /** Group texts masked by the privacy filter: their `*` stay wildcards in the criteria (report-formulas.ts). */
  readonly masked?: { readonly team: boolean; readonly stage: boolean; readonly channel: boolean };
}

/** An improvement measure drafted for the month (DOMAIN.md §7), as the report lists it. */
export interface ReportMeasure {
  readonly origin: string;
  readonly subject: string;
  readonly problem: string;
  readonly ownerDept: string;
  readonly dueDate: number;
}

/** What the report sheet shows as values (computed by the domain); the rest are formulas. */
export interface ReportSheetInput {
  readonly lang: Lang;
  readonly sheet: string;
  readonly month: { readonly key: string; readonly start: number; readonly end: number };
  readonly previous: { readonly key: string; readonly start: number; readonly end: number };
  readonly trend: readonly { readonly key: string; readonly start: number; readonly end: number }[];
  readonly tableNames: Readonly<Record<TableKey, string>>;
  /** The header text of a field's column in this workbook. */
  readonly header: (table: TableKey, key: string) => string;
  readonly dimensions: readonly Dimension[];
  readonly monitoring: readonly MonitoringGroup[];
  readonly topKeywords: readonly { readonly keyword: string; readonly count: number }[];
  readonly topSuggestions: readonly { readonly keyword: string; readonly count: number }[];
  readonly recheck: { readonly seed: string; readonly ids: readonly string[] };
  /** The day the report is generated (date serial), shown in the title block. */
  readonly generated?: number;
  /** Below this many valid evaluations a grade reads 样本不足 (Settings: minSample). @default 5 */
  readonly minSample?: number;
  /** The summary paragraphs (narrative.ts), in the report's language. */
  readonly narrative?: readonly string[];
  /** The Settings values behind the KPI targets, shown as the target cells' cached results. */
  readonly targets?: Partial<Record<"benchmark" | "validityTarget" | "coverageTarget", number>>;
  /** The month's drafted measures, most important first. */
  readonly measures?: readonly ReportMeasure[];
  /** 问题解决周期: the teams the section lists; absent: no resolution section. */
  readonly resolution?: ResolutionSectionInput["figures"];
  /** The improvement-plan section (drafts in the plan, left out, due for re-check); absent: no section. */
  readonly improvementPlan?: ImprovementSectionInput;
  /** Sample coverage by 区域, 服务等级 and 客户类型 (coverage-section.ts); absent: no section. */
  readonly coverage?: Pick<CoverageSectionInput, "coverage" | "has">;
  /** The one team the report is for (its text in a cell the formulas read); absent: every team. */
  readonly team?: ReportTeam;
}

/** The report plan, and where each figure's formula cell is (figure path → A1 address on the report sheet). */
export interface ReportSheetPlan {
  readonly ops: PlanOp[];
  readonly cells: Readonly<Record<string, string>>;
  /** Cells holding last month's figures, keyed like `cells`. */
  readonly previousCells: Readonly<Record<string, string>>;
  /** The charts' source cells: a figure, or #N/A where it has no data, keyed like `cells`. */
  readonly chartCells: Readonly<Record<string, string>>;
  /** Cells holding a headline figure's change from last month (this month − last month), keyed like `cells`. */
  readonly changeCells: Readonly<Record<string, string>>;
  /**
   * How a cell shows its figure when that is not the domain's value as it is (address → factor or text): a rate's
   * change in percentage points (×100), a response time in minutes (÷60), a grade or yes/no as
   * the report's words.
   */
  readonly shown: Readonly<
    Record<string, { readonly factor?: number; readonly words?: Readonly<Record<string, string>> }>
  >;
  /** Below this many valid evaluations the grade cells show `text` instead of a grade. */
  readonly smallSample: { readonly below: number; readonly text: string };
}

type Row = PlanCell[];

/** The report's KPI band (with targets) and the detail figures beside it. */
type TargetKey = "benchmark" | "validityTarget" | "coverageTarget";
const KPI: readonly { figure: HeadlineFigure; target?: TargetKey; kind: "rate" | "score" | "count" | "text" }[] = [
  { figure: "evaluations.overallRate", target: "benchmark", kind: "rate" },
  { figure: "evaluations.grade", kind: "text" },
  { figure: "evaluations.overall", kind: "score" },
  { figure: "evaluations.benchmarkGap", kind: "rate" },
  { figure: "evaluations.csat", kind: "rate" },
  { figure: "followups.npsIndex", kind: "rate" },
  { figure: "sla.onTimeRate", kind: "rate" },
  { figure: "evaluations.validityRate", target: "validityTarget", kind: "rate" },
  { figure: "evaluations.coverage", target: "coverageTarget", kind: "rate" },
];
const DETAILS: readonly HeadlineFigure[] = [
  "evaluations.total",
  "evaluations.valid",
  "evaluations.invalid.同值作答",
  "evaluations.invalid.用时过短",
  "evaluations.invalid.信息不全",
  "sla.total",
  "sla.overdue",
  "followups.total",
  "followups.needsFollowUp",
  "followups.closed",
  "followups.timely",
];
/** Off the print area: the charts' source values and the re-check seed (kept for a shareable copy's redraw). */
const SIDE_COLUMN = 14;

/**
 * What a chart plots: the figure, or #N/A where it has no data. A formula's "" is text, which Excel plots as 0 in a
 * line or bar chart; #N/A is left out (a gap, or no bar).
 */
const chartValueFormula = (figure: string) => `IF(ISNUMBER(${figure}),${figure},NA())`;

/** Builds the month's report sheet (DOMAIN.md §5 and the report of §2–§4, §6): live formulas, values, two charts. */
export function reportSheetPlan(input: ReportSheetInput): ReportSheetPlan {
  const t = (entry: { zh: string; en: string }) => label(entry, input.lang);
  const lang = input.lang === "zh-CN" ? "zh" : "en";
  const col = (table: TableKey, key: string) => column(input.tableNames[table], input.header(table, key));
  const grid: Row[] = [];
  const formats: (string | undefined)[][] = [];
  const styles: { range: string; style: ReportStyle }[] = [];
  const merges: string[] = [];
  const rowHeights: { row: number; points: number }[] = [];
  const blocks: Block[] = [];
  const cells: Record<string, string> = {};
  const previousCells: Record<string, string> = {};
  const changeCells: Record<string, string> = {};
  const chartCells: Record<string, string> = {};
  const shown: Record<string, { factor?: number; words?: Record<string, string> }> = {};
  const highlights: PlanOp[] = [];
  const at = (row: number, colIndex: number, absolute = false) => cellAddress(row, colIndex, absolute);
  let next = 1;
  /** Writes `values` from column `c` of row `r` (1-based), with formats. */
  const put = (r: number, c: number, values: Row, fmts: (string | undefined)[] = []) => {
    const row = (grid[r - 1] ??= []);
    const f = (formats[r - 1] ??= []);
    values.forEach((v, i) => {
      row[c - 1 + i] = v;
      f[c - 1 + i] = fmts[i];
    });
  };
  const add = (values: Row, fmts: (string | undefined)[] = []) => {
    put(next, 1, values, fmts);
    return next++;
  };
  const style = (style: ReportStyle, r0: number, c0: number, r1 = r0, c1 = c0) =>
    styles.push({ range: `${at(r0, c0)}:${at(r1, c1)}`, style });
  const heading = (text: string) => {
    next += 1;
    const r = add([text]);
    style("heading", r, 1, r, 12);
    return r;
  };
  const day = (serial: number) => formatSerial(serial, false);

  // Title block: report name, period, scope, generated date; the window cells the formulas count in.
  const title = add([`${t(L.title)} · ${input.month.key}${input.team ? ` · ${input.team.shown}` : ""}`]);
  style("title", title, 1);
  rowHeights.push({ row: title, points: 28 });
  const period = `${t(L.period)} ${day(input.month.start)} ${t(L.to)} ${day(input.month.end - 1)}`;
  const generated = input.generated === undefined ? "" : ` · ${t(L.generated)} ${day(input.generated)}`;
  const scopeText = input.team ? t(TEAM_LABELS.scope).replace("{team}", input.team.shown) : t(L.scope);
  style("subtitle", add([`${period} · ${scopeText}${generated}`]), 1);
  style("note", add([t(L.noPersonalData)]), 1);
  const windowHeader = add([t(L.window), t(L.start), t(L.end)]);
  style("header", windowHeader, 1, windowHeader, 3);
  const monthRow = add([t(L.thisMonth), input.month.start, input.month.end], [undefined, NUM_FMT.date, NUM_FMT.date]);
  const prevRow = add(
    [t(L.lastMonth), input.previous.start, input.previous.end],
    [undefined, NUM_FMT.date, NUM_FMT.date],
  );
  style("body", monthRow, 1, prevRow, 3);
  const teamRow = input.team ? add([t(TEAM_LABELS.team), input.team.shown]) : undefined;
  if (teamRow !== undefined) style("body", teamRow, 1, teamRow, 2);
  const records =
    input.team && teamRow !== undefined
      ? oneTeam(
          {
            team: { issues: col("issues", "team"), feedback: col("feedback", "team") },
            issueId: col("issues", "id"),
            linkedIssue: { evaluations: col("evaluations", "issueId"), followups: col("followups", "issueId") },
          },
          at(teamRow, 2, true),
          input.team.masked,
        )
      : ALL_RECORDS;
  const count =
    (table: TableKey) =>
    (...criteria: string[]) =>
      records.count(table, ...criteria);
  const mean =
    (table: TableKey) =>
    (values: string, ...criteria: string[]) =>
      `IFERROR(${records.mean(table, values, ...criteria)},"")`;
  const windowOf = (row: number): Window => ({ start: at(row, 2, true), end: at(row, 3, true) });
  const now = windowOf(monthRow);
  const before = windowOf(prevRow);
  blocks.push({ first: 1, last: teamRow ?? prevRow });

  // Summary paragraphs, each over the printed width.
  if (input.narrative && input.narrative.length > 0) {
    const first = heading(t(L.summary));
    for (const text of input.narrative) {
      const r = add([text]);
      merges.push(`A${r}:L${r}`);
      style("paragraph", r, 1, r, 12);
      rowHeights.push({ row: r, points: paragraphHeight(text, input.lang) });
    }
    blocks.push({ first, last: next - 1 });
  }

  // Key figures with target, last month and change (left), detail counts (right).
  const kpiHeading = heading(t(L.headline));
  const headerRow = add([t(L.figure), t(L.thisMonth), t(L.target), t(L.lastMonth), t(L.change)]);
  put(headerRow, 8, [t(L.figure), t(L.thisMonth), t(L.lastMonth), t(L.change)]);
  style("header", headerRow, 1, headerRow, 5);
  style("header", headerRow, 8, headerRow, 11);
  const firstFigure = headerRow + 1;
  const rowOf = new Map<HeadlineFigure, { row: number; col: number }>();
  KPI.forEach((k, i) => rowOf.set(k.figure, { row: firstFigure + i, col: 1 }));
  DETAILS.forEach((f, i) => rowOf.set(f, { row: firstFigure + i, col: 8 }));
  const ref = (f: HeadlineFigure, which: "now" | "before") => {
    const p = rowOf.get(f) ?? { row: 0, col: 1 };
    const offset = p.col === 1 ? (which === "now" ? 1 : 3) : which === "now" ? 1 : 2;
    return at(p.row, p.col + offset);
  };
  const serviceDate = col("evaluations", "serviceDate");
  const validity = col("evaluations", "validity");
  const issueCols = {
    receivedAt: col("issues", "receivedAt"),
    urgency: col("issues", "urgency"),
    dueAt: col("issues", "dueAt"),
    firstResponseAt: col("issues", "firstResponseAt"),
    completedAt: col("issues", "completedAt"),
  };
  const urgencies = [URGENCY.normal, URGENCY.urgent, URGENCY.major];
  const dimsStart = firstFigure + Math.max(KPI.length, DETAILS.length) + 3; // blank, heading, header
  const dimensionMeanCells = {
    now: input.dimensions.map((d, i) => ({ key: d.key, cell: at(dimsStart + i, 2) })),
    before: input.dimensions.map((d, i) => ({ key: d.key, cell: at(dimsStart + i, 5) })),
  };
  const minSample = input.minSample ?? 5;
  const gradeWords = {
    excellent: t(L.grades.excellent),
    good: t(L.grades.good),
    poor: t(L.grades.poor),
  };
  const headline = (f: HeadlineFigure, w: Window, which: "now" | "before"): string => {
    const fc = col("followups", "callDate");
    const overall = col("followups", "overall");
    const valid = validEvaluationCriteria(serviceDate, validity, w);
    const slaSum = (o: "late" | "onTime") =>
      urgencies.map((u) => slaCountFormula(issueCols, w, u, o, records.issueFactor)).join("+");
    const [evaluations, followups, issues] = [count("evaluations"), count("followups"), count("issues")];
    const rate = ref("evaluations.overallRate", which);
    const formulas: Record<HeadlineFigure, () => string> = {
      "evaluations.total": () => evaluations(inWindow(serviceDate, w)),
      "evaluations.valid": () => evaluations(valid),
      "evaluations.validityRate": () => ratio(ref("evaluations.valid", which), ref("evaluations.total", which)),
      "evaluations.invalid.同值作答": () =>
        evaluations(inWindow(serviceDate, w), validity, `"*${INVALID_REASON.straightLining}*"`),
      "evaluations.invalid.用时过短": () =>
        evaluations(inWindow(serviceDate, w), validity, `"*${INVALID_REASON.tooFast}*"`),
      "evaluations.invalid.信息不全": () =>
        evaluations(inWindow(serviceDate, w), validity, `"*${INVALID_REASON.incomplete}*"`),
      "evaluations.overall": () => overallFormula(which === "now" ? dimensionMeanCells.now : dimensionMeanCells.before),
      "evaluations.overallRate": () =>
        `IF(ISNUMBER(${ref("evaluations.overall", which)}),${ref("evaluations.overall", which)}/5,"")`,
      "evaluations.grade": () =>
        `IF(AND(ISNUMBER(${rate}),${ref("evaluations.valid", which)}<${minSample}),"${t(L.smallSample)}",` +
        `${gradeFormula(rate, gradeWords)})`,
      "evaluations.benchmarkGap": () => `IF(ISNUMBER(${rate}),(${rate}-${settingName("benchmark")})*100,"")`,
      "evaluations.csat": () =>
        csatFormula(col("evaluations", "weightedScore"), valid, ref("evaluations.valid", which), evaluations),
      "evaluations.coverage": () =>
        ratio(ref("evaluations.valid", which), issues(inWindow(col("issues", "completedAt"), w))),
      "sla.total": () => issues(inWindow(issueCols.receivedAt, w)),
      "sla.overdue": () => slaSum("late"),
      "sla.onTimeRate": () => ratio(slaSum("onTime"), `${slaSum("onTime")}+${ref("sla.overdue", which)}`),
      "followups.total": () => followups(inWindow(fc, w)),
      "followups.needsFollowUp": () => followups(inWindow(fc, w), col("followups", "needsFollowUp"), `"${YES_NO.yes}"`),
      "followups.closed": () => followups(inWindow(fc, w), col("followups", "closedAt"), `"<>"`),
      "followups.timely": () => followups(inWindow(fc, w), col("followups", "callTimely"), `"${YES_NO.yes}"`),
      "followups.npsIndex": () =>
        ratio(
          `${followups(inWindow(fc, w), overall, `">="&${settingName("promoterMin")}`)}-` +
            followups(inWindow(fc, w), overall, `"<="&${settingName("detractorMax")}`),
          followups(inWindow(fc, w), overall, `">-1E+300"`),
        ),
    };
    return formulas[f]();
  };
  const change = (kind: "rate" | "score" | "count", a: string, b: string) =>
    `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),(${a}-${b})${kind === "rate" ? "*100" : ""},"")`;
  const changeFormat = (kind: "rate" | "score" | "count") => L.changeFormats[kind][lang];
  const pointsFormat = L.changeFormats.rate[lang].replace(/"▲"|"▼"/g, "").replace(/;"—"$/, "");
  const gradeShown = { words: { 优秀: gradeWords.excellent, 良好: gradeWords.good, 待改进: gradeWords.poor } };
  for (const k of KPI) {
    const r = rowOf.get(k.figure)?.row ?? 0;
    const isGap = k.figure === "evaluations.benchmarkGap";
    const fmt = isGap
      ? pointsFormat
      : k.kind === "rate"
        ? NUM_FMT.percent
        : k.kind === "score"
          ? NUM_FMT.number
          : undefined;
    const kind = k.kind === "text" ? undefined : isGap ? "score" : k.kind;
    put(
      r,
      1,
      [
        t(L.figures[k.figure]),
        { formula: headline(k.figure, now, "now") },
        k.target ? { formula: settingName(k.target), value: input.targets?.[k.target] } : undefined,
        { formula: headline(k.figure, before, "before") },
        kind ? { formula: change(kind, at(r, 2), at(r, 4)) } : undefined,
      ],
      [undefined, fmt, fmt, fmt, kind ? changeFormat(kind) : undefined],
    );
    cells[k.figure] = at(r, 2);
    previousCells[k.figure] = at(r, 4);
    if (kind) changeCells[k.figure] = at(r, 5);
    if (k.kind === "rate" && !isGap) shown[at(r, 5)] = { factor: 100 };
    if (isGap) [2, 4].forEach((c) => (shown[at(r, c)] = { factor: 100 }));
    if (isGap) shown[at(r, 5)] = { factor: 100 };
    if (k.figure === "evaluations.grade") [2, 4].forEach((c) => (shown[at(r, c)] = gradeShown));
    if (k.target) {
      highlights.push(
        kpiMark(input.sheet, at(r, 2), "bad", `AND(ISNUMBER(B${r}),ISNUMBER(C${r}),B${r}<C${r})`),
        kpiMark(input.sheet, at(r, 2), "good", `AND(ISNUMBER(B${r}),ISNUMBER(C${r}),B${r}>=C${r})`),
      );
    }
  }
  const firstKpi = firstFigure;
  style("kpi", firstKpi, 1, firstKpi + 1, 2);
  style("body", firstKpi, 3, firstKpi + 1, 5);
  style("body", firstKpi + 2, 1, firstKpi + KPI.length - 1, 5);
  highlights.push(
    kpiMark(input.sheet, at(firstKpi + 1, 2), "bad", `B${firstKpi + 1}="${gradeWords.poor}"`),
    kpiMark(input.sheet, at(firstKpi + 1, 2), "warn", `B${firstKpi + 1}="${t(L.smallSample)}"`),
  );
  for (const f of DETAILS) {
    const r = rowOf.get(f)?.row ?? 0;
    put(r, 8, [
      t(L.figures[f]),
      { formula: headline(f, now, "now") },
      { formula: headline(f, before, "before") },
      { formula: change("count", at(r, 9), at(r, 10)) },
    ]);
    (formats[r - 1] ??= [])[10] = changeFormat("count");
    cells[f] = at(r, 9);
    previousCells[f] = at(r, 10);
    changeCells[f] = at(r, 11);
  }
  style("body", firstFigure, 8, firstFigure + DETAILS.length - 1, 11);
  next = firstFigure + Math.max(KPI.length, DETAILS.length);
  blocks.push({ first: kpiHeading - 1, last: next - 1 });

  // Dimension scores and SLA by urgency (A:F), the score-rate chart beside them (G:L).
  const dimHeading = heading(t(L.dimensions));
  const dimHeader = add([t(L.dimension), t(L.mean), t(L.rate), t(L.low), t(L.lastMean)]);
  style("header", dimHeader, 1, dimHeader, 5);
  put(dimHeader, SIDE_COLUMN, [t(L.chartValue)]);
  const lowWords = { [YES_NO.yes]: t(L.lowMark), [YES_NO.no]: "" };
  input.dimensions.forEach((d) => {
    const dimCol = col("evaluations", d.key);
    const r = next;
    add(
      [
        t(d),
        { formula: mean("evaluations")(dimCol, validEvaluationCriteria(serviceDate, validity, now)) },
        { formula: `IF(ISNUMBER(${at(r, 2)}),${at(r, 2)}/5,"")` },
        { formula: lowFormula(at(r, 3), t(L.lowMark)) },
        { formula: mean("evaluations")(dimCol, validEvaluationCriteria(serviceDate, validity, before)) },
      ],
      [undefined, NUM_FMT.number, NUM_FMT.percent, undefined, NUM_FMT.number],
    );
    put(r, SIDE_COLUMN, [{ formula: chartValueFormula(at(r, 3)) }], [NUM_FMT.percent]);
    chartCells[`dimensions.${d.key}.rate`] = at(r, SIDE_COLUMN);
    cells[`dimensions.${d.key}.mean`] = at(r, 2);
    cells[`dimensions.${d.key}.rate`] = at(r, 3);
    cells[`dimensions.${d.key}.low`] = at(r, 4);
    shown[at(r, 4)] = { words: lowWords };
    previousCells[`dimensions.${d.key}.mean`] = at(r, 5);
  });
  const dimRange = { first: dimHeader + 1, last: dimHeader + input.dimensions.length };
  if (input.dimensions.length > 0) style("body", dimRange.first, 1, dimRange.last, 5);
  highlights.push({
    kind: "highlight",
    sheet: input.sheet,
    range: `C${dimRange.first}:D${dimRange.last}`,
    formula: `AND(ISNUMBER($C${dimRange.first}),$C${dimRange.first}<${settingName("lowRate")})`,
    style: "bad",
  });

  next += 1;
  const slaHeader = add([t(L.urgency), t(L.issues), t(L.late), t(L.onTime), t(L.onTimeRate)]);
  style("header", slaHeader, 1, slaHeader, 5);
  for (const u of urgencies) {
    const r = next;
    add(
      [
        t(L.urgencies[u]),
        { formula: count("issues")(inWindow(issueCols.receivedAt, now), issueCols.urgency, `"${u}"`) },
        { formula: slaCountFormula(issueCols, now, u, "late", records.issueFactor) },
        { formula: slaCountFormula(issueCols, now, u, "onTime", records.issueFactor) },
        { formula: ratio(at(r, 4), `${at(r, 3)}+${at(r, 4)}`) },
      ],
      [undefined, undefined, undefined, undefined, NUM_FMT.percent],
    );
    cells[`sla.byUrgency.${u}.total`] = at(r, 2);
    cells[`sla.byUrgency.${u}.overdue`] = at(r, 3);
    cells[`sla.byUrgency.${u}.onTime`] = at(r, 4);
    cells[`sla.byUrgency.${u}.onTimeRate`] = at(r, 5);
  }
  style("body", slaHeader + 1, 1, slaHeader + urgencies.length, 5);
  const dimChart = { from: `G${dimHeading + 1}`, to: `M${Math.max(next - 1, dimHeading + 12)}` };
  next = Math.max(next, dimHeading + 13);
  blocks.push({ first: dimHeading - 1, last: next - 1 });

  // The monitoring summary (004 table 1): one row per team × stage × channel, misses marked.
  const monHeading = heading(t(L.monitoring));
  const monHeaderRow = () => {
    const r = add(L.monitoringColumns.map((c) => t(c)));
    style("header", r, 1, r, 12);
    rowHeights.push({ row: r, points: 30 });
    return r;
  };
  const monHeader = monHeaderRow();
  const owners = draftOwners(input.measures ?? []);
  const monitoringRow = (g: MonitoringGroup, i: number) => {
    const r = next;
    const group = (table: "issues" | "feedback") =>
      [
        equalsCell(col(table, "team"), `$B${r}`, g.masked?.team),
        equalsCell(col(table, "stage"), `$C${r}`, g.masked?.stage),
        equalsCell(col(table, "channel"), `$D${r}`, g.masked?.channel),
      ].join(",");
    const issueWindow = `${group("issues")},${inWindow(issueCols.receivedAt, now)}`;
    const feedbackWindow = `${group("feedback")},${inWindow(col("feedback", "servedAt"), now)}`;
    const fcr = col("issues", "firstContactResolved");
    const drafted = owners.get(`${g.team}/${g.stage}/${g.channel}`);
    add(
      [
        input.month.key,
        g.team,
        g.stage,
        g.channel,
        g.customers,
        { formula: `IFERROR(${averageIfs(col("issues", "responseSeconds"), issueWindow)}/60,"")` },
        {
          formula: ratio(
            countIfs(issueWindow, fcr, `"${YES_NO.yes}"`),
            `${countIfs(issueWindow, fcr, `"${YES_NO.yes}"`)}+${countIfs(issueWindow, fcr, `"${YES_NO.no}"`)}`,
          ),
        },
        { formula: averageIfs(col("feedback", "score"), feedbackWindow) },
        g.keywords.join("、"),
        {
          formula: `IF(${countIfs(issueWindow)}=0,"",${countIfs(issueWindow, issueCols.urgency, `"${URGENCY.major}"`)})`,
        },
        g.owner ?? (drafted ? `${drafted.ownerDept}${t(L.pending)}` : undefined),
        g.dueDate ?? drafted?.dueDate,
      ],
      [
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        L.duration[lang],
        NUM_FMT.percent,
        NUM_FMT.number,
        undefined,
        undefined,
        undefined,
        NUM_FMT.date,
      ],
    );
    cells[`monitoring.${i}.avgResponseSeconds`] = at(r, 6);
    shown[at(r, 6)] = { factor: 1 / 60 };
    cells[`monitoring.${i}.fcrRate`] = at(r, 7);
    cells[`monitoring.${i}.avgSatisfaction`] = at(r, 8);
    cells[`monitoring.${i}.majorComplaints`] = at(r, 10);
  };
  // A table longer than a page is printed in parts, each under its own header row (repeated-header.ts).
  const titlePoints = rowHeights.find((h) => h.row === 1)?.points ?? ROW_POINTS;
  const parts = tableParts(input.monitoring.length, { titles: titlePoints, lead: 2 * ROW_POINTS + 30, header: 30 });
  for (const part of parts) {
    const header = part.from === 0 ? monHeader : monHeaderRow();
    input.monitoring.slice(part.from, part.from + part.count).forEach((g, k) => monitoringRow(g, part.from + k));
    blocks.push({ first: part.from === 0 ? monHeading - 1 : header, last: next - 1, header });
    if (part.count === 0) continue;
    const first = header + 1;
    const last = next - 1;
    style("body", first, 1, last, 12);
    const miss = (letter: string, formula: string): PlanOp => ({
      kind: "highlight",
      sheet: input.sheet,
      range: `${letter}${first}:${letter}${last}`,
      formula,
      style: "bad",
    });
    highlights.push(
      miss("F", monitoringMissFormulas.response(`F${first}*60`, `$D${first}`)),
      miss("G", monitoringMissFormulas.fcr(`G${first}`)),
      miss("H", monitoringMissFormulas.satisfaction(`H${first}`)),
    );
  }

  // TOP problems and suggestions (values: counted by the segmenter, not by Excel), and the drafted measures.
  const kwHeading = heading(t(L.keywords));
  put(kwHeading, 4, [t(L.suggestions)]);
  put(kwHeading, 7, [t(L.measures)]);
  const kwHeader = add([t(L.keyword), t(L.count), undefined, t(L.suggestion), t(L.count)]);
  put(kwHeader, 7, [t(L.origin), t(L.problem), undefined, undefined, t(L.ownerDept), t(L.dueDate)]);
  style("header", kwHeader, 1, kwHeader, 2);
  style("header", kwHeader, 4, kwHeader, 5);
  style("header", kwHeader, 7, kwHeader, 12);
  const measures = (input.measures ?? []).slice(0, 8);
  const more = (input.measures?.length ?? 0) - measures.length;
  const kwRows = Math.max(input.topKeywords.length, input.topSuggestions.length, measures.length + (more > 0 ? 1 : 0));
  for (let i = 0; i < kwRows; i++) {
    const k = input.topKeywords[i];
    const s = input.topSuggestions[i];
    const m = measures[i];
    const r = add([k?.keyword, k?.count, undefined, s?.keyword, s?.count]);
    if (m) {
      const origin = (L.origins as Record<string, { zh: string; en: string }>)[m.origin];
      // The drafted problem text is Chinese (it is the improvement plan's): an English report names the subject.
      const problem = input.lang === "zh-CN" ? m.problem : m.subject;
      put(r, 7, [origin ? t(origin) : m.origin, problem, undefined, undefined, m.ownerDept, m.dueDate]);
      (formats[r - 1] ??= [])[11] = NUM_FMT.date;
      merges.push(`H${r}:J${r}`);
    } else if (i === measures.length && more > 0) put(r, 7, [t(L.moreMeasures).replace("{n}", String(more))]);
  }
  const bodyRows = (n: number, c0: number, c1: number) => n > 0 && style("body", kwHeader + 1, c0, kwHeader + n, c1);
  bodyRows(input.topKeywords.length, 1, 2);
  bodyRows(input.topSuggestions.length, 4, 5);
  bodyRows(measures.length, 7, 12);
  merges.push(`H${kwHeader}:J${kwHeader}`);
  blocks.push({ first: kwHeading - 1, last: next - 1, header: kwHeader });

  // Sample coverage by 区域, 服务等级 and 客户类型 (issue 15), in the room the keywords leave on their page.
  if (input.coverage) {
    const first = next;
    const section = coverageSection({
      ...input.coverage,
      sheet: input.sheet,
      firstRow: next,
      window: now,
      col,
      t,
      count: (table, ...criteria) => records.count(table, ...criteria),
    });
    section.rows.forEach((row, i) => add(row, section.formats[i]));
    styles.push(...section.styles);
    highlights.push(...section.highlights);
    Object.assign(cells, section.cells);
    blocks.push({ first, last: next - 1 });
  }

  // Trend of the overall score rate (chart source), the line chart beside it.
  const trendHeading = heading(t(L.trend));
  const trendHeader = add([t(L.month), t(L.start), t(L.end), t(L.overallRate)]);
  style("header", trendHeader, 1, trendHeader, 4);
  put(trendHeader, SIDE_COLUMN, [t(L.chartValue)]);
  const dimColumns = input.dimensions.map((d) => ({ key: d.key, column: col("evaluations", d.key) }));
  input.trend.forEach((m) => {
    const r = next;
    add(
      [
        m.key,
        m.start,
        m.end,
        {
          formula: trendRateFormula(dimColumns, serviceDate, validity, windowOf(r), (values, criteria) =>
            records.mean("evaluations", values, criteria),
          ),
        },
      ],
      [undefined, NUM_FMT.date, NUM_FMT.date, NUM_FMT.percent],
    );
    put(r, SIDE_COLUMN, [{ formula: chartValueFormula(at(r, 4)) }], [NUM_FMT.percent]);
    cells[`trend.${m.key}`] = at(r, 4);
    chartCells[`trend.${m.key}`] = at(r, SIDE_COLUMN);
  });
  const trendRange = { first: trendHeader + 1, last: trendHeader + input.trend.length };
  if (input.trend.length > 0) style("body", trendRange.first, 1, trendRange.last, 4);
  const trendChart = { from: `G${trendHeading + 1}`, to: `M${trendHeading + 12}` };
  next = Math.max(next, trendHeading + 13);
  blocks.push({ first: trendHeading - 1, last: next - 1 });

  // The re-check sample (§4.3): the drawn ids, eight to a row; its seed off the print area.
  const recheckHeading = heading(t(L.recheck));
  style("note", add([t(L.recheckNote).replace("{n}", String(input.recheck.ids.length))]), 1);
  put(recheckHeading, SIDE_COLUMN, [t(L.seed), input.recheck.seed]);
  for (let i = 0; i < input.recheck.ids.length; i += 8) {
    const r = add(input.recheck.ids.slice(i, i + 8));
    style("body", r, 1, r, 8);
  }
  blocks.push({ first: recheckHeading - 1, last: next - 1 });

  // 问题解决周期 and 未重新处理 (issue 15), then the improvement plan: drafts in it, left out, due for re-check.
  if (input.resolution) {
    const first = next;
    const section = resolutionSection({
      firstRow: next,
      window: now,
      col: (key) => col("issues", key),
      figures: input.resolution,
      issues: records,
      urgencyLabel: (u) => t(L.urgencies[u as keyof typeof L.urgencies]),
      t,
    });
    section.rows.forEach((row, i) => add(row, section.formats[i]));
    Object.assign(cells, section.cells);
    blocks.push({ first, last: next - 1 });
  }
  if (input.improvementPlan) {
    const first = next;
    for (const row of improvementSectionRows(input.improvementPlan, t)) add(row);
    blocks.push({ first, last: next - 1 });
  }

  const chartValueMuted = (range: { first: number; last: number }): PlanOp => ({
    kind: "highlight",
    sheet: input.sheet,
    range: `N${range.first}:N${range.last}`,
    formula: `ISNA(N${range.first})`,
    style: "muted",
  });
  if (input.dimensions.length > 0) highlights.push(chartValueMuted(dimRange));
  if (input.trend.length > 0) highlights.push(chartValueMuted(trendRange));
  const rows = Array.from({ length: grid.length }, (_, i) => {
    const row = grid[i] ?? [];
    return Array.from({ length: row.length }, (_, c) => row[c]);
  });
  const numFmts = rows.map((row, i) => row.map((_, c) => formats[i]?.[c]));
  // Every row gets its height, so Excel and LibreOffice paginate alike (page breaks are planned on these heights).
  const sized = new Set(rowHeights.map((h) => h.row));
  for (let r = 1; r < next; r++) if (!sized.has(r)) rowHeights.push({ row: r, points: ROW_POINTS });
  rowHeights.sort((a, b) => a.row - b.row);
  const p = (range: string) => `${sheetPrefix(input.sheet)}${range}`;
  const print = printLayout(input.sheet, blocks, rowHeights, next - 1, {
    header: `&L${t(L.title)} ${input.month.key}`,
    footer: `&C${t(L.pageFooter)}`,
  });
  const ops: PlanOp[] = [
    { kind: "sheet", name: input.sheet, freezeRows: 0, replace: true },
    { kind: "cells", sheet: input.sheet, origin: "A1", rows, numFmts },
    { kind: "columnWidths", sheet: input.sheet, widths: REPORT_WIDTHS },
    { kind: "format", sheet: input.sheet, styles, merges, rowHeights, names: reportStyleNames(input.lang) },
    ...highlights.map((h) => withMarkStyle(h, reportStyleNames(input.lang))),
    {
      kind: "chart",
      sheet: input.sheet,
      type: "bar",
      title: t(L.rate),
      categories: p(`$A$${dimRange.first}:$A$${dimRange.last}`),
      values: p(`$N$${dimRange.first}:$N$${dimRange.last}`),
      anchor: dimChart,
    },
    {
      kind: "chart",
      sheet: input.sheet,
      type: "line",
      title: t(L.overallRate),
      categories: p(`$A$${trendRange.first}:$A$${trendRange.last}`),
      values: p(`$N$${trendRange.first}:$N$${trendRange.last}`),
      anchor: trendChart,
    },
    print,
    { kind: "showFirst", sheet: input.sheet },
  ];
  return {
    ops,
    cells,
    previousCells,
    changeCells,
    chartCells,
    shown,
    smallSample: { below: minSample, text: t(L.smallSample) },
  };
}

const kpiMark = (sheet: string, cell: string, style: "bad" | "good" | "warn", formula: string): PlanOp => ({
  kind: "highlight",
  sheet,
  range: cell,
  formula,
  style,
});

/** The low-score mark of a dimension's rate: the mark below S_lowRate, else blank. */
const lowFormula = (rate: string, mark: string) =>
  `IF(NOT(ISNUMBER(${rate})),"",IF(${rate}<${settingName("lowRate")},"${mark}",""))`;

/** A paragraph's row height: its lines at about 11 pt over the merged A:L width. */
function paragraphHeight(text: string, lang: Lang): number {
  const perLine = lang === "zh-CN" ? 80 : 150;
  return Math.max(1, Math.ceil(text.length / perLine)) * 16 + 6;
}

/** The department and date of the first 指标未达标 draft of each team/stage/channel (its subject starts with it). */
function draftOwners(measures: readonly ReportMeasure[]): Map<string, ReportMeasure> {
  const owners = new Map<string, ReportMeasure>();
  for (const m of measures) {
    if (m.origin !== "指标未达标") continue;
    const group = m.subject.split("/").slice(0, 3).join("/");
    if (!owners.has(group)) owners.set(group, m);
  }
  return owners;
}
