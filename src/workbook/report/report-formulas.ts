import { URGENCY, VALIDITY_OK, YES_NO } from "../../domain/schema/values";
import { settingName as s, weightName } from "../names";

/**
 * Formula text of the monthly report sheet. Every figure that Excel can compute from the record tables is a live
 * formula over whole table columns (COUNTIFS, AVERAGEIFS, SUMPRODUCT), with the month given as two cells holding
 * its first moment and the first moment of the next month, so a corrected record updates the report.
 */

/** A table column's data: `IssueLog[[#Data],[接收时间]]`. */
export function column(table: string, header: string): string {
  return `${table}[[#Data],[${header.replace(/['[\]#]/g, "'$&")}]]`;
}

/** The month window: absolute cells holding its start and end serials. */
export interface Window {
  readonly start: string;
  readonly end: string;
}

const q = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** COUNTIFS criteria pairs selecting `dateCol` within the window. */
export function inWindow(dateCol: string, w: Window): string {
  return `${dateCol},">="&${w.start},${dateCol},"<"&${w.end}`;
}

/**
 * Criteria pairs matching a text cell's value as itself: "=" first, so a value that begins with `<`, `>` or `=` is
 * not read as a comparison, and `~`, `*`, `?` escaped with `~`, so a value such as `A*` is not a wildcard
 * (`"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($B5&"","~","~~"),"*","~*"),"?","~?")`). An empty cell gives "=", which
 * matches blanks. A `masked` text keeps its `*` as wildcards: they stand for the characters the report hides
 * (`138****5678` counts the group of the phone number it masks).
 */
export function equalsCell(col: string, cell: string, masked = false): string {
  const tildes = `SUBSTITUTE(SUBSTITUTE(${cell}&"","~","~~"),"?","~?")`;
  return `${col},"="&${masked ? tildes : `SUBSTITUTE(${tildes},"*","~*")`}`;
}

export const countIfs = (...criteria: string[]) => `COUNTIFS(${criteria.join(",")})`;

/** IFERROR(AVERAGEIFS(values, criteria…),"") — blank when nothing matches. */
export function averageIfs(values: string, ...criteria: string[]): string {
  return `IFERROR(AVERAGEIFS(${values},${criteria.join(",")}),"")`;
}

/** IFERROR(a/b,"") — blank when the denominator is 0. */
export const ratio = (a: string, b: string) => `IFERROR((${a})/(${b}),"")`;

/** Valid evaluations of the window: serviceDate in the window and 有效性 = 有效. */
export function validEvaluationCriteria(serviceDate: string, validity: string, w: Window): string {
  return `${inWindow(serviceDate, w)},${validity},${q(VALIDITY_OK)}`;
}

/** Weighted overall of dimension means: IF(COUNT(means)<n,"",W_d1*m1+…). */
export function overallFormula(means: readonly { key: string; cell: string }[]): string {
  const sum = means.map((m) => `${weightName(m.key)}*${m.cell}`).join("+");
  return `IF(COUNT(${means.map((m) => m.cell).join(",")})<${means.length},"",${sum})`;
}

export function gradeFormula(rate: string, labels: { excellent: string; good: string; poor: string }): string {
  return (
    `IF(NOT(ISNUMBER(${rate})),"",IF(${rate}>=${s("gradeExcellent")},${q(labels.excellent)},` +
    `IF(${rate}>=${s("gradeGood")},${q(labels.good)},${q(labels.poor)})))`
  );
}

export const lowFormula = (rate: string) =>
  `IF(NOT(ISNUMBER(${rate})),"",IF(${rate}<${s("lowRate")},${q(YES_NO.yes)},${q(YES_NO.no)}))`;

export const differenceFormula = (now: string, before: string) =>
  `IF(AND(ISNUMBER(${now}),ISNUMBER(${before})),${now}-${before},"")`;

/** CSAT: valid evaluations whose weighted score ≥ S_csatMin (with a 1e-9 tolerance) over valid evaluations. */
export function csatFormula(
  weighted: string,
  validCriteria: string,
  validCount: string,
  count: (...criteria: string[]) => string = countIfs,
): string {
  return ratio(count(validCriteria, weighted, `">="&(${s("csatMin")}-1E-9)`), validCount);
}

export interface IssueColumns {
  readonly receivedAt: string;
  readonly urgency: string;
  readonly dueAt: string;
  readonly firstResponseAt: string;
  readonly completedAt: string;
}

/**
 * Issues of the window with a known SLA outcome as of the window's end (DOMAIN.md §3.1), by urgency:
 * SUMPRODUCT((r>=start)*(r<end)*(u=urgency)*outcome) where for `late` the outcome is
 * ISNUMBER(due)*(ISNUMBER(met)*(met>due)+NOT(ISNUMBER(met))*(due<end)) and for on time ISNUMBER(due)*ISNUMBER(met)*(met<=due).
 * `met` is the first response for 重大 and the completion otherwise; `factor` (`*(…)`) narrows the issues (one team's).
 */
export function slaCountFormula(
  c: IssueColumns,
  w: Window,
  urgency: string,
  outcome: "late" | "onTime",
  factor = "",
): string {
  const met = urgency === URGENCY.major ? c.firstResponseAt : c.completedAt;
  const due = c.dueAt;
  const known = `ISNUMBER(${met})`;
  const result =
    outcome === "late"
      ? `ISNUMBER(${due})*(${known}*(${met}>${due})+NOT(${known})*(${due}<${w.end}))`
      : `ISNUMBER(${due})*${known}*(${met}<=${due})`;
  return `SUMPRODUCT((${c.receivedAt}>=${w.start})*(${c.receivedAt}<${w.end})*(${c.urgency}=${q(urgency)})${factor}*${result})`;
}

/** Monthly overall score rate for the trend chart: the weighted overall of that month's dimension means / 5. */
export function trendRateFormula(
  dims: readonly { key: string; column: string }[],
  serviceDate: string,
  validity: string,
  w: Window,
  mean: (values: string, criteria: string) => string = (values, criteria) => `AVERAGEIFS(${values},${criteria})`,
): string {
  const means = dims.map((d) => mean(d.column, validEvaluationCriteria(serviceDate, validity, w)));
  const sum = dims.map((d, i) => `${weightName(d.key)}*${means[i]}`).join("+");
  return `IFERROR((${sum})/5,"")`;
}

export const monitoringMissFormulas = {
  /** Response time over the channel's target (在线客服/APP or 电话); other channels have none. */
  response: (value: string, channel: string) =>
    `AND(ISNUMBER(${value}),OR(AND(OR(${channel}="在线客服",${channel}="APP"),${value}>${s("targetResponseOnline")}),` +
    `AND(${channel}="电话",${value}>${s("targetResponsePhone")})))`,
  fcr: (value: string) => `AND(ISNUMBER(${value}),${value}<${s("targetFcr")})`,
  satisfaction: (value: string) => `AND(ISNUMBER(${value}),${value}<${s("targetSatisfaction")})`,
};
