import type { Lang, TableKey } from "../../domain/schema/types";
import { label } from "../../domain/schema/types";
import { INVALID_REASON, URGENCY, YES_NO } from "../../domain/schema/values";
import type { Dimension } from "../../domain/settings";
import { cellAddress, sheetPrefix } from "../a1";
import { settingName } from "../names";
import { NUM_FMT } from "../formats";
import type { PlanCell, PlanOp } from "../plan-types";
import type { Window } from "./report-formulas";
import {
  averageIfs,
  column,
  countIfs,
  csatFormula,
  differenceFormula,
  equalsCell,
  gradeFormula,
  inWindow,
  lowFormula,
  monitoringMissFormulas,
  overallFormula,
  ratio,
  slaCountFormula,
  trendRateFormula,
  validEvaluationCriteria,
} from "./report-formulas";
import { improvementSectionRows, type ImprovementSectionInput } from "./improvement-section";
import { resolutionSection, type ResolutionSectionInput } from "./resolution-section";
import type { HeadlineFigure } from "./report-labels";
import { REPORT_LABELS as L } from "./report-labels";

export interface MonitoringGroup {
  readonly team: string;
  readonly stage: string;
  readonly channel: string;
  readonly customers?: number;
  readonly keywords: readonly string[];
  readonly owner?: string;
  readonly dueDate?: number;
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
  readonly gradeLabels: { readonly excellent: string; readonly good: string; readonly poor: string };
  /** 问题解决周期 medians (values) per urgency and in all; absent: no resolution section. */
  readonly resolution?: ResolutionSectionInput["medians"];
  /** The improvement-plan section (drafts added, known, left out); absent: no section. */
  readonly improvementPlan?: ImprovementSectionInput;
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
}

type Row = PlanCell[];

/**
 * What a chart plots: the figure, or #N/A where it has no data. A formula's "" is text, which Excel plots as 0 in a
 * line or bar chart; #N/A is left out (a gap, or no bar).
 */
const chartValueFormula = (figure: string) => `IF(ISNUMBER(${figure}),${figure},NA())`;

/** Builds the month's report sheet (DOMAIN.md §5 and the report of §2–§4, §6): live formulas, values, two charts. */
export function reportSheetPlan(input: ReportSheetInput): ReportSheetPlan {
  const t = (entry: { zh: string; en: string }) => label(entry, input.lang);
  const col = (table: TableKey, key: string) => column(input.tableNames[table], input.header(table, key));
  const rows: Row[] = [];
  const formats: (string | undefined)[][] = [];
  const cells: Record<string, string> = {};
  const previousCells: Record<string, string> = {};
  const changeCells: Record<string, string> = {};
  const chartCells: Record<string, string> = {};
  const highlights: PlanOp[] = [];
  const add = (row: Row, fmts: (string | undefined)[] = []) => {
    rows.push(row);
    formats.push(fmts);
    return rows.length; // 1-based row number on the sheet
  };
  const at = (row: number, colIndex: number, absolute = false) => cellAddress(row, colIndex, absolute);

  add([`${t(L.title)} · ${input.month.key}`]);
  add([t(L.noPersonalData)]);
  add([t(L.window), t(L.start), t(L.end)]);
  const monthRow = add(
    [t(L.thisMonth), input.month.start, input.month.end],
    [undefined, NUM_FMT.dateTime, NUM_FMT.dateTime],
  );
  const prevRow = add(
    [t(L.lastMonth), input.previous.start, input.previous.end],
    [undefined, NUM_FMT.dateTime, NUM_FMT.dateTime],
  );
  const windowOf = (row: number): Window => ({ start: at(row, 2, true), end: at(row, 3, true) });
  const now = windowOf(monthRow);
  const before = windowOf(prevRow);

  // 1. Headline figures, this month and last month side by side.
  add([]);
  add([t(L.headline)]);
  add([t(L.figure), t(L.thisMonth), t(L.lastMonth), t(L.change)]);
  const serviceDate = col("evaluations", "serviceDate");
  const validity = col("evaluations", "validity");
  const dimensionMeanCells: Record<"now" | "before", { key: string; cell: string }[]> = { now: [], before: [] };
  const headlineRow = new Map<HeadlineFigure, number>();
  const firstHeadline = rows.length + 1;
  const figures = Object.keys(L.figures) as HeadlineFigure[];
  figures.forEach((f, i) => headlineRow.set(f, firstHeadline + i));
  const ref = (f: HeadlineFigure, which: 2 | 3) => at(headlineRow.get(f) ?? 0, which);
  const dimsStart = firstHeadline + figures.length + 3; // blank, section title, header
  const issueCols = {
    receivedAt: col("issues", "receivedAt"),
    urgency: col("issues", "urgency"),
    dueAt: col("issues", "dueAt"),
    firstResponseAt: col("issues", "firstResponseAt"),
    completedAt: col("issues", "completedAt"),
  };
  const urgencies = [URGENCY.normal, URGENCY.urgent, URGENCY.major];
  input.dimensions.forEach((d, i) => {
    dimensionMeanCells.now.push({ key: d.key, cell: at(dimsStart + i, 2) });
    dimensionMeanCells.before.push({ key: d.key, cell: at(dimsStart + i, 5) });
  });
  const headline = (f: HeadlineFigure, w: Window, which: 2 | 3): string => {
    const fc = col("followups", "callDate");
    const valid = validEvaluationCriteria(serviceDate, validity, w);
    const slaSum = (o: "late" | "onTime") => urgencies.map((u) => slaCountFormula(issueCols, w, u, o)).join("+");
    const formulas: Record<HeadlineFigure, () => string> = {
      "evaluations.total": () => countIfs(inWindow(serviceDate, w)),
      "evaluations.valid": () => countIfs(valid),
      "evaluations.validityRate": () => ratio(ref("evaluations.valid", which), ref("evaluations.total", which)),
      "evaluations.invalid.同值作答": () =>
        countIfs(inWindow(serviceDate, w), validity, `"*${INVALID_REASON.straightLining}*"`),
      "evaluations.invalid.用时过短": () =>
        countIfs(inWindow(serviceDate, w), validity, `"*${INVALID_REASON.tooFast}*"`),
      "evaluations.invalid.信息不全": () =>
        countIfs(inWindow(serviceDate, w), validity, `"*${INVALID_REASON.incomplete}*"`),
      "evaluations.overall": () => overallFormula(which === 2 ? dimensionMeanCells.now : dimensionMeanCells.before),
      "evaluations.overallRate": () =>
        `IF(ISNUMBER(${ref("evaluations.overall", which)}),${ref("evaluations.overall", which)}/5,"")`,
      "evaluations.grade": () => gradeFormula(ref("evaluations.overallRate", which), input.gradeLabels),
      "evaluations.benchmarkGap": () =>
        `IF(ISNUMBER(${ref("evaluations.overallRate", which)}),${ref("evaluations.overallRate", which)}-${settingName("benchmark")},"")`,
      "evaluations.csat": () =>
        csatFormula(col("evaluations", "weightedScore"), valid, ref("evaluations.valid", which)),
      "evaluations.coverage": () =>
        ratio(ref("evaluations.valid", which), countIfs(inWindow(col("issues", "completedAt"), w))),
      "sla.total": () => countIfs(inWindow(issueCols.receivedAt, w)),
      "sla.overdue": () => slaSum("late"),
      "sla.onTimeRate": () => ratio(slaSum("onTime"), `${slaSum("onTime")}+${ref("sla.overdue", which)}`),
      "followups.total": () => countIfs(inWindow(fc, w)),
      "followups.needsFollowUp": () => countIfs(inWindow(fc, w), col("followups", "needsFollowUp"), `"${YES_NO.yes}"`),
      "followups.closed": () => countIfs(inWindow(fc, w), col("followups", "closedAt"), `"<>"`),
      "followups.timely": () => countIfs(inWindow(fc, w), col("followups", "callTimely"), `"${YES_NO.yes}"`),
    };
    return formulas[f]();
  };
  const percent = new Set<HeadlineFigure>([
    "evaluations.validityRate",
    "evaluations.overallRate",
    "evaluations.benchmarkGap",
    "evaluations.csat",
    "evaluations.coverage",
    "sla.onTimeRate",
  ]);
  for (const f of figures) {
    const r = headlineRow.get(f) ?? 0;
    const fmt = percent.has(f) ? NUM_FMT.percent : f === "evaluations.overall" ? NUM_FMT.number : undefined;
    const change = f === "evaluations.grade" ? undefined : { formula: differenceFormula(at(r, 2), at(r, 3)) };
    add(
      [t(L.figures[f]), { formula: headline(f, now, 2) }, { formula: headline(f, before, 3) }, change],
      [undefined, fmt, fmt, fmt],
    );
    cells[f] = at(r, 2);
    previousCells[f] = at(r, 3);
    if (change) changeCells[f] = at(r, 4);
  }

  // 2. Dimension means and rates (this month in B:D, last month's mean in E for the overall above).
  add([]);
  add([t(L.dimensions)]);
  const dimHeader = add([
    t(L.dimension),
    t(L.mean),
    t(L.rate),
    t(L.low),
    `${t(L.lastMonth)} ${t(L.mean)}`,
    t(L.chartValue),
  ]);
  input.dimensions.forEach((d) => {
    const column = col("evaluations", d.key);
    const r = rows.length + 1;
    add(
      [
        t(d),
        { formula: averageIfs(column, validEvaluationCriteria(serviceDate, validity, now)) },
        { formula: `IF(ISNUMBER(${at(r, 2)}),${at(r, 2)}/5,"")` },
        { formula: lowFormula(at(r, 3)) },
        { formula: averageIfs(column, validEvaluationCriteria(serviceDate, validity, before)) },
        { formula: chartValueFormula(at(r, 3)) },
      ],
      [undefined, NUM_FMT.number, NUM_FMT.percent, undefined, NUM_FMT.number, NUM_FMT.percent],
    );
    chartCells[`dimensions.${d.key}.rate`] = at(r, 6);
    cells[`dimensions.${d.key}.mean`] = at(r, 2);
    cells[`dimensions.${d.key}.rate`] = at(r, 3);
    cells[`dimensions.${d.key}.low`] = at(r, 4);
    previousCells[`dimensions.${d.key}.mean`] = at(r, 5);
  });
  const dimRange = { first: dimHeader + 1, last: dimHeader + input.dimensions.length };
  highlights.push({
    kind: "highlight",
    sheet: input.sheet,
    range: `C${dimRange.first}:C${dimRange.last}`,
    formula: `AND(ISNUMBER(C${dimRange.first}),C${dimRange.first}<${settingName("lowRate")})`,
    style: "bad",
  });

  // 3. SLA by urgency, as of the end of the month.
  add([]);
  add([t(L.sla)]);
  add([t(L.urgency), t(L.issues), t(L.late), t(L.onTime), t(L.onTimeRate)]);
  for (const u of urgencies) {
    const r = rows.length + 1;
    add(
      [
        u,
        { formula: countIfs(inWindow(issueCols.receivedAt, now), issueCols.urgency, `"${u}"`) },
        { formula: slaCountFormula(issueCols, now, u, "late") },
        { formula: slaCountFormula(issueCols, now, u, "onTime") },
        { formula: ratio(at(r, 4), `${at(r, 3)}+${at(r, 4)}`) },
      ],
      [undefined, undefined, undefined, undefined, NUM_FMT.percent],
    );
    cells[`sla.byUrgency.${u}.total`] = at(r, 2);
    cells[`sla.byUrgency.${u}.overdue`] = at(r, 3);
    cells[`sla.byUrgency.${u}.onTime`] = at(r, 4);
    cells[`sla.byUrgency.${u}.onTimeRate`] = at(r, 5);
  }

  // 4. The monitoring summary (004 table 1): one row per team × stage × channel.
  add([]);
  add([t(L.monitoring)]);
  const monHeader = add(L.monitoringColumns.map((c) => t(c)));
  input.monitoring.forEach((g, i) => {
    const r = monHeader + 1 + i;
    const group = (table: "issues" | "feedback") =>
      [
        equalsCell(col(table, "team"), `$B${r}`),
        equalsCell(col(table, "stage"), `$C${r}`),
        equalsCell(col(table, "channel"), `$D${r}`),
      ].join(",");
    const issueWindow = `${group("issues")},${inWindow(issueCols.receivedAt, now)}`;
    const feedbackWindow = `${group("feedback")},${inWindow(col("feedback", "servedAt"), now)}`;
    const fcr = col("issues", "firstContactResolved");
    add(
      [
        input.month.key,
        g.team,
        g.stage,
        g.channel,
        g.customers,
        { formula: averageIfs(col("issues", "responseSeconds"), issueWindow) },
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
        g.owner,
        g.dueDate,
      ],
      [
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        "0.0",
        NUM_FMT.percent,
        NUM_FMT.number,
        undefined,
        undefined,
        undefined,
        NUM_FMT.date,
      ],
    );
    cells[`monitoring.${i}.avgResponseSeconds`] = at(r, 6);
    cells[`monitoring.${i}.fcrRate`] = at(r, 7);
    cells[`monitoring.${i}.avgSatisfaction`] = at(r, 8);
    cells[`monitoring.${i}.majorComplaints`] = at(r, 10);
  });
  if (input.monitoring.length > 0) {
    const first = monHeader + 1;
    const last = monHeader + input.monitoring.length;
    const miss = (letter: string, formula: string): PlanOp => ({
      kind: "highlight",
      sheet: input.sheet,
      range: `${letter}${first}:${letter}${last}`,
      formula,
      style: "bad",
    });
    highlights.push(
      miss("F", monitoringMissFormulas.response(`F${first}`, `$D${first}`)),
      miss("G", monitoringMissFormulas.fcr(`G${first}`)),
      miss("H", monitoringMissFormulas.satisfaction(`H${first}`)),
    );
  }

  // 5. Keywords (values: computed by the segmenter, not by Excel).
  add([]);
  add([t(L.keywords), undefined, undefined, t(L.suggestions)]);
  add([t(L.keyword), t(L.count), undefined, t(L.keyword), t(L.count)]);
  const kwRows = Math.max(input.topKeywords.length, input.topSuggestions.length);
  for (let i = 0; i < kwRows; i++) {
    const k = input.topKeywords[i];
    const s = input.topSuggestions[i];
    add([k?.keyword, k?.count, undefined, s?.keyword, s?.count]);
  }

  // 6. Trend of the overall score rate, one row per month (chart source).
  add([]);
  add([t(L.trend)]);
  const trendHeader = add([t(L.month), t(L.start), t(L.end), t(L.overallRate), t(L.chartValue)]);
  const dimColumns = input.dimensions.map((d) => ({ key: d.key, column: col("evaluations", d.key) }));
  input.trend.forEach((m) => {
    const r = rows.length + 1;
    add(
      [
        m.key,
        m.start,
        m.end,
        { formula: trendRateFormula(dimColumns, serviceDate, validity, windowOf(r)) },
        { formula: chartValueFormula(at(r, 4)) },
      ],
      [undefined, NUM_FMT.date, NUM_FMT.date, NUM_FMT.percent, NUM_FMT.percent],
    );
    cells[`trend.${m.key}`] = at(r, 4);
    chartCells[`trend.${m.key}`] = at(r, 5);
  });
  const trendRange = { first: trendHeader + 1, last: trendHeader + input.trend.length };

  // 7. The re-check sample (§4.3) with its seed.
  add([]);
  add([t(L.recheck)]);
  add([t(L.seed), input.recheck.seed]);
  add([t(L.feedbackId)]);
  for (const id of input.recheck.ids) add([id]);
  if (input.resolution) {
    const section = resolutionSection({
      firstRow: rows.length + 1,
      window: now,
      col: (key) => col("issues", key),
      medians: input.resolution,
      t,
    });
    section.rows.forEach((row, i) => add(row, section.formats[i]));
    Object.assign(cells, section.cells);
  }
  if (input.improvementPlan) for (const row of improvementSectionRows(input.improvementPlan, t)) add(row);

  const chartValueMuted = (letter: string, range: { first: number; last: number }): PlanOp => ({
    kind: "highlight",
    sheet: input.sheet,
    range: `${letter}${range.first}:${letter}${range.last}`,
    formula: `ISNA(${letter}${range.first})`,
    style: "muted",
  });
  if (input.dimensions.length > 0) highlights.push(chartValueMuted("F", dimRange));
  if (input.trend.length > 0) highlights.push(chartValueMuted("E", trendRange));
  const p = (range: string) => `${sheetPrefix(input.sheet)}${range}`;
  const ops: PlanOp[] = [
    { kind: "sheet", name: input.sheet, freezeRows: 0, replace: true },
    { kind: "cells", sheet: input.sheet, origin: "A1", rows, numFmts: formats },
    { kind: "columnWidths", sheet: input.sheet, widths: [24, 16, 16, 16, 14, 14, 14, 12, 24, 12, 14, 12] },
    ...highlights,
    {
      kind: "chart",
      sheet: input.sheet,
      type: "bar",
      title: t(L.rate),
      categories: p(`$A$${dimRange.first}:$A$${dimRange.last}`),
      values: p(`$F$${dimRange.first}:$F$${dimRange.last}`),
      anchor: { from: "G7", to: "N22" },
    },
    {
      kind: "chart",
      sheet: input.sheet,
      type: "line",
      title: t(L.overallRate),
      categories: p(`$A$${trendRange.first}:$A$${trendRange.last}`),
      values: p(`$E$${trendRange.first}:$E$${trendRange.last}`),
      anchor: { from: "G24", to: "N39" },
    },
  ];
  return { ops, cells, previousCells, changeCells, chartCells };
}
