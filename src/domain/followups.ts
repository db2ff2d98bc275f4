/**
 * Follow-up call rules (DOMAIN.md §1.3, §3.2, source 003 §1, §2.5): who needs follow-up, the deadlines that
 * follow, and whether the call itself was on time.
 */
import { dayOf } from "./serial";
import type { CellValue } from "./schema/types";
import { SCENARIO, YES_NO } from "./schema/values";
import type { RuleSettings } from "./settings";
import { addWorkdays, workdaysAfter } from "./working-days";

type YesNo = (typeof YES_NO)[keyof typeof YES_NO];

/** The fields of a follow-up call the deadlines depend on; `needs` is the call's 需跟进 value. */
export interface FollowUpDeadlineInput {
  readonly callDate?: CellValue;
  readonly needs: CellValue;
}

/**
 * 需跟进 (DOMAIN.md §1.3): 是 when overall is a number ≤ followUpMaxOverall, or problem is not blank (any
 * value other than undefined and ""), else 否.
 */
export function followUpNeeded(call: { overall?: CellValue; problem?: CellValue }, rules: RuleSettings): YesNo {
  const lowOverall = typeof call.overall === "number" && call.overall <= rules.followUpMaxOverall;
  const hasProblem = call.problem !== undefined && call.problem !== "";
  return lowOverall || hasProblem ? YES_NO.yes : YES_NO.no;
}

/** 同步责任部门时限 (DOMAIN.md §1.3, §3.2): callDate + followUpSyncHours / 24 when needs is 是 and callDate a number. */
export function syncDueAt(call: FollowUpDeadlineInput, rules: RuleSettings): number | undefined {
  if (call.needs !== YES_NO.yes || typeof call.callDate !== "number") return undefined;
  return call.callDate + rules.followUpSyncHours / 24;
}

/**
 * 再次联系时限 (DOMAIN.md §1.3, §3.2): callDate + followUpRecontactWorkdays working days (time of day kept) when
 * needs is 是 and callDate a number.
 */
export function recontactDueAt(
  call: FollowUpDeadlineInput,
  rules: RuleSettings,
  holidays: readonly number[],
): number | undefined {
  if (call.needs !== YES_NO.yes || typeof call.callDate !== "number") return undefined;
  return addWorkdays(call.callDate, rules.followUpRecontactWorkdays, holidays);
}

/**
 * 回访及时 (DOMAIN.md §3.2), with d = working days after serviceDate up to and including callDate:
 * 售后闭环 afterSalesMinDays ≤ d ≤ afterSalesMaxDays; 投诉处理 complaintMinDays ≤ d ≤ complaintMaxDays;
 * 新客户首次服务 0 ≤ INT(callDate) − INT(serviceDate) ≤ newCustomerMaxDays (calendar days); 定期维护 and
 * 重大服务变更 always 是. Undefined when the scenario is unknown or a date is not a number.
 */
export function callTimely(
  call: { scenario?: CellValue; serviceDate?: CellValue; callDate?: CellValue },
  rules: RuleSettings,
  holidays: readonly number[],
): YesNo | undefined {
  const { scenario, serviceDate, callDate } = call;
  if (typeof serviceDate !== "number" || typeof callDate !== "number") return undefined;
  const within = (d: number, min: number, max: number) => (d >= min && d <= max ? YES_NO.yes : YES_NO.no);
  switch (scenario) {
    case SCENARIO.afterSales:
      return within(workdaysAfter(serviceDate, callDate, holidays), rules.afterSalesMinDays, rules.afterSalesMaxDays);
    case SCENARIO.complaint:
      return within(workdaysAfter(serviceDate, callDate, holidays), rules.complaintMinDays, rules.complaintMaxDays);
    case SCENARIO.newCustomer:
      return within(dayOf(callDate) - dayOf(serviceDate), 0, rules.newCustomerMaxDays);
    case SCENARIO.maintenance:
    case SCENARIO.majorChange:
      return YES_NO.yes;
    default:
      return undefined;
  }
}
