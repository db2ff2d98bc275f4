import type { TableSpec } from "../domain/schema/types";
import {
  DIMENSION_CLASS,
  INVALID_REASON,
  SCENARIO,
  URGENCY,
  VALIDITY_INVALID_PREFIX,
  VALIDITY_OK,
  YES_NO,
} from "../domain/schema/values";
import type { Dimension } from "../domain/settings";
import { HOLIDAYS_NAME, settingName as s, weightName } from "./names";

/**
 * Every calculated column's formula text, and nothing else builds formula text for table columns.
 * Formulas use only functions that Excel and LibreOffice 7.4 both compute, and the long structured-reference form
 * `Table[[#This Row],[Header]]` (the `[@Header]` shorthand is display-only and breaks in LibreOffice).
 */

/** Resolves a field key to this row's cell of that field. */
export type RowRef = (key: string) => string;

/** `IssueLog[[#This Row],[接收时间]]`; `[`, `]`, `#` and `'` in a header are escaped with `'`. */
export function thisRow(tableName: string, header: string): string {
  return `${tableName}[[#This Row],[${header.replace(/['[\]#]/g, "'$&")}]]`;
}

export function rowRefFor(spec: TableSpec, headerOf: (key: string) => string): RowRef {
  return (key) => thisRow(spec.tableName, headerOf(key));
}

const q = (text: string) => `"${text.replace(/"/g, '""')}"`;
const num = (ref: string) => `ISNUMBER(${ref})`;
/** Excel WORKDAY keeping the time of day: WORKDAY(INT(t), n, holidays) + MOD(t, 1). */
const workdayKeepingTime = (t: string, n: string) => `WORKDAY(INT(${t}),${n},${HOLIDAYS_NAME})+MOD(${t},1)`;

// Issue log (DOMAIN.md §1.1, §3.1)

/** 处理时限: IF(NOT(ISNUMBER(r)),"",IF(u="一般",WORKDAY(…)+MOD(r,1),IF(u="紧急",r+S_slaUrgentHours/24,IF(u="重大",r+S_slaMajorHours/24,"")))) */
export function dueAtFormula(c: RowRef): string {
  const r = c("receivedAt");
  const u = c("urgency");
  return (
    `IF(NOT(${num(r)}),"",IF(${u}=${q(URGENCY.normal)},${workdayKeepingTime(r, s("slaNormalWorkdays"))},` +
    `IF(${u}=${q(URGENCY.urgent)},${r}+${s("slaUrgentHours")}/24,` +
    `IF(${u}=${q(URGENCY.major)},${r}+${s("slaMajorHours")}/24,""))))`
  );
}

/** 响应时长(秒): IF(OR(NOT(ISNUMBER(r)),NOT(ISNUMBER(f))),"",ROUND((f-r)*86400,0)) */
export function responseSecondsFormula(c: RowRef): string {
  const r = c("receivedAt");
  const f = c("firstResponseAt");
  return `IF(OR(NOT(${num(r)}),NOT(${num(f)})),"",ROUND((${f}-${r})*86400,0))`;
}

/**
 * 是否超时: the "met when" time is firstResponseAt for 重大 and completedAt otherwise. Known → 是/否 by comparing with
 * the due time; unknown → 是 once the as-of time (Settings, blank = NOW()) is past due, else blank.
 * The two branches are spelt out because IF(…, emptyCell) yields 0, not blank.
 */
export function overdueFormula(c: RowRef): string {
  const due = c("dueAt");
  const asOf = `IF(${s("asOf")}="",NOW(),${s("asOf")})`;
  const judge = (met: string) =>
    `IF(${num(met)},IF(${met}>${due},${q(YES_NO.yes)},${q(YES_NO.no)}),IF(${asOf}>${due},${q(YES_NO.yes)},""))`;
  return `IF(NOT(${num(due)}),"",IF(${c("urgency")}=${q(URGENCY.major)},${judge(c("firstResponseAt"))},${judge(c("completedAt"))}))`;
}

// Satisfaction evaluations (DOMAIN.md §2.2, §4.1)

/** 加权得分: IF(COUNT(d1,…,dn)<n,"",W_d1*d1+…+W_dn*dn) */
export function weightedScoreFormula(c: RowRef, dimensions: readonly Dimension[]): string {
  const refs = dimensions.map((d) => c(d.key));
  const sum = dimensions.map((d, i) => `${weightName(d.key)}*${refs[i]}`).join("+");
  return `IF(COUNT(${refs.join(",")})<${dimensions.length},"",${sum})`;
}

/** 得分率: IF(ISNUMBER(ws),ws/5,"") */
export function scoreRateFormula(c: RowRef): string {
  const ws = c("weightedScore");
  return `IF(${num(ws)},${ws}/5,"")`;
}

/** 有效性: "有效", or "无效:" and the reasons that hold, joined by ";" in the order 同值作答, 用时过短, 信息不全. */
export function validityFormula(c: RowRef, dimensions: readonly Dimension[], required: readonly string[]): string {
  const refs = dimensions.map((d) => c(d.key)).join(",");
  const n = dimensions.length;
  const straight = n >= 3 ? `AND(COUNT(${refs})=${n},MAX(${refs})=MIN(${refs}))` : "FALSE";
  const fill = c("fillSeconds");
  const tooFast = `AND(${num(fill)},${fill}<${s("minFillSeconds")})`;
  const incomplete = `OR(${[...required.map((k) => `${c(k)}=""`), `COUNT(${refs})<${n}`].join(",")})`;
  const reasons =
    `IF(${straight},${q(";" + INVALID_REASON.straightLining)},"")&` +
    `IF(${tooFast},${q(";" + INVALID_REASON.tooFast)},"")&` +
    `IF(${incomplete},${q(";" + INVALID_REASON.incomplete)},"")`;
  return `IF(OR(${straight},${tooFast},${incomplete}),${q(VALIDITY_INVALID_PREFIX)}&MID(${reasons},2,99),${q(VALIDITY_OK)})`;
}

// Follow-up calls (DOMAIN.md §1.3, §3.2)

/** 需跟进: IF(OR(AND(ISNUMBER(o),o<=S_followUpMaxOverall),p<>""),"是","否") */
export function callNeedsFollowUpFormula(c: RowRef): string {
  const o = c("overall");
  return `IF(OR(AND(${num(o)},${o}<=${s("followUpMaxOverall")}),${c("problem")}<>""),${q(YES_NO.yes)},${q(YES_NO.no)})`;
}

const whenFollowUp = (c: RowRef, then: string) =>
  `IF(AND(${c("needsFollowUp")}=${q(YES_NO.yes)},${num(c("callDate"))}),${then},"")`;

/** 同步责任部门时限: callDate + S_followUpSyncHours/24 when the call needs follow-up. */
export function syncDueAtFormula(c: RowRef): string {
  return whenFollowUp(c, `${c("callDate")}+${s("followUpSyncHours")}/24`);
}

/** 再次联系时限: WORKDAY(INT(callDate), S_followUpRecontactWorkdays, holidays) + MOD(callDate, 1) when needed. */
export function recontactDueAtFormula(c: RowRef): string {
  return whenFollowUp(c, workdayKeepingTime(c("callDate"), s("followUpRecontactWorkdays")));
}

/**
 * 回访及时: working days after the service date up to and including the call date,
 * IF(INT(call)>INT(svc),NETWORKDAYS(INT(svc)+1,INT(call),holidays),0), within the scenario's window.
 */
export function callTimelyFormula(c: RowRef): string {
  const svc = c("serviceDate");
  const call = c("callDate");
  const sc = c("scenario");
  const d = `IF(INT(${call})>INT(${svc}),NETWORKDAYS(INT(${svc})+1,INT(${call}),${HOLIDAYS_NAME}),0)`;
  const yn = (cond: string) => `IF(${cond},${q(YES_NO.yes)},${q(YES_NO.no)})`;
  const calendar = `INT(${call})-INT(${svc})`;
  return (
    `IF(OR(NOT(${num(svc)}),NOT(${num(call)})),"",` +
    `IF(${sc}=${q(SCENARIO.afterSales)},${yn(`AND(${d}>=${s("afterSalesMinDays")},${d}<=${s("afterSalesMaxDays")})`)},` +
    `IF(${sc}=${q(SCENARIO.complaint)},${yn(`AND(${d}>=${s("complaintMinDays")},${d}<=${s("complaintMaxDays")})`)},` +
    `IF(${sc}=${q(SCENARIO.newCustomer)},${yn(`AND(${calendar}>=0,${calendar}<=${s("newCustomerMaxDays")})`)},` +
    `IF(OR(${sc}=${q(SCENARIO.maintenance)},${sc}=${q(SCENARIO.majorChange)}),${q(YES_NO.yes)},"")))))`
  );
}

// Feedback detail (DOMAIN.md §1.4)

/** 是否需跟进: IF(NOT(ISNUMBER(score)),"",IF(score<S_feedbackFollowUpBelow,"是","否")) */
export function feedbackNeedsFollowUpFormula(c: RowRef): string {
  const x = c("score");
  return `IF(NOT(${num(x)}),"",IF(${x}<${s("feedbackFollowUpBelow")},${q(YES_NO.yes)},${q(YES_NO.no)}))`;
}

/** The formula of each calculated column, by table and field key. */
export function calculatedColumnFormula(
  spec: TableSpec,
  key: string,
  c: RowRef,
  dimensions: readonly Dimension[],
): string {
  const required = spec.fields.filter((f) => f.required).map((f) => f.key);
  const byKey: Record<string, () => string> = {
    "issues.dueAt": () => dueAtFormula(c),
    "issues.responseSeconds": () => responseSecondsFormula(c),
    "issues.overdue": () => overdueFormula(c),
    "evaluations.weightedScore": () => weightedScoreFormula(c, dimensions),
    "evaluations.scoreRate": () => scoreRateFormula(c),
    "evaluations.validity": () => validityFormula(c, dimensions, required),
    "followups.needsFollowUp": () => callNeedsFollowUpFormula(c),
    "followups.syncDueAt": () => syncDueAtFormula(c),
    "followups.recontactDueAt": () => recontactDueAtFormula(c),
    "followups.callTimely": () => callTimelyFormula(c),
    "feedback.needsFollowUp": () => feedbackNeedsFollowUpFormula(c),
  };
  const build = byKey[`${spec.key}.${key}`];
  if (!build) throw new RangeError(`no formula for ${spec.key}.${key}`);
  return build();
}

// Settings (DOMAIN.md §2.2)

/**
 * 生效权重 of a dimension row: the explicit weight when given, else its class share split equally:
 * IF(w<>"",w,IF(class="核心",S_coreShare/COUNTIF(Dimensions[类别],"核心"),S_auxShare/COUNTIF(Dimensions[类别],"辅助")))
 */
export function effectiveWeightFormula(tableName: string, header: (key: "weight" | "class") => string): string {
  const w = thisRow(tableName, header("weight"));
  const cls = thisRow(tableName, header("class"));
  const all = `${tableName}[${header("class")}]`;
  const share = (name: string, value: string) => `${name}/COUNTIF(${all},${q(value)})`;
  return (
    `IF(${w}<>"",${w},IF(${cls}=${q(DIMENSION_CLASS.core)},${share(s("coreShare"), DIMENSION_CLASS.core)},` +
    `${share(s("auxShare"), DIMENSION_CLASS.auxiliary)}))`
  );
}
