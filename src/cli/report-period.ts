/**
 * The report command's period flags (issue 15 item 1): exactly one of `--week 2024-W10`, `--month 2024-03`,
 * `--quarter 2024Q1`, or `--from 2024-03-01 --to 2024-03-15` (both days included); with any of them, `--team 售后一组`
 * for one 部门/团队's report.
 */
import { daySerial, parsePeriod, rangeKey } from "../domain/report/period";
import type { ParsedArgs } from "./args";
import { stringFlag, UsageError } from "./args";

const FORMS: Readonly<Record<"week" | "month" | "quarter", { pattern: RegExp; example: string }>> = {
  week: { pattern: /^\d{4}-W\d{2}$/u, example: "2024-W10" },
  month: { pattern: /^\d{4}-(0[1-9]|1[0-2])$/u, example: "2024-03" },
  quarter: { pattern: /^\d{4}Q[1-4]$/u, example: "2024Q1" },
};

export const PERIOD_USAGE =
  "--week YYYY-Www | --month YYYY-MM | --quarter YYYYQn | --from YYYY-MM-DD --to YYYY-MM-DD [--team TEAM]";

/**
 * The period key the flags name.
 * @throws UsageError when none or more than one period is given, or a value is not of its form.
 */
export function periodFromFlags(args: ParsedArgs): string {
  const given = (Object.keys(FORMS) as (keyof typeof FORMS)[]).filter((f) => stringFlag(args, f) !== undefined);
  const from = stringFlag(args, "from");
  const to = stringFlag(args, "to");
  const count = given.length + (from !== undefined || to !== undefined ? 1 : 0);
  if (count !== 1) throw new UsageError(`report needs exactly one period: ${PERIOD_USAGE}`);
  const flag = given[0];
  if (flag !== undefined) {
    const value = stringFlag(args, flag) ?? "";
    const form = FORMS[flag];
    if (!form.pattern.test(value)) throw new UsageError(`--${flag} must be like ${form.example}, not "${value}"`);
    try {
      return parsePeriod(value).key;
    } catch {
      throw new UsageError(`--${flag} ${value} is not a ${flag} of the calendar`);
    }
  }
  const start = from === undefined ? undefined : daySerial(from);
  const end = to === undefined ? undefined : daySerial(to);
  if (start === undefined || end === undefined)
    throw new UsageError(`--from and --to must both be dates like 2024-03-01, not "${from ?? ""}" and "${to ?? ""}"`);
  if (end < start) throw new UsageError(`--to ${to ?? ""} is before --from ${from ?? ""}`);
  return rangeKey(start, end);
}

/**
 * The team of `--team`, trimmed; undefined without the flag.
 * @throws UsageError when the value is blank.
 */
export function teamFromFlag(args: ParsedArgs): string | undefined {
  const team = stringFlag(args, "team");
  if (team === undefined) return undefined;
  if (team.trim() === "") throw new UsageError("--team needs a team name, as on the Lists sheet's 部门/团队 list");
  return team.trim();
}
