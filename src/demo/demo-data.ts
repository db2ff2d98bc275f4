/**
 * Realistic, reproducible demo records for the five record tables (DOMAIN.md §1). The workbook's formulas are tested
 * against this data, so it covers every branch of the rules: working and non-working hours, holidays, each urgency
 * with deadlines met, missed and exactly hit, open issues, invalid evaluations of each kind, follow-up calls in and
 * out of their window, groups with only issues or only feedback, and text that looks like a formula.
 *
 * Dates are Excel serial numbers (1900 system) computed in UTC; formula fields are left out.
 */
import type { RecordRow } from "../domain/schema/types";
import { edate } from "../domain/report/month";
import { WorkCalendar, chineseHolidays } from "./calendar";
import type { DemoContext } from "./context";
import { streamFor } from "./context";
import { generateEvaluations } from "./evaluation-rows";
import { generateFeedback } from "./feedback-rows";
import { generateFollowups } from "./followup-rows";
import { generateImprovements } from "./improvement-rows";
import { generateIssues } from "./issue-rows";
import { customerStrata, withStrata } from "./strata";
import { CustomerBook, ProductCatalog, StaffRoster } from "./parties";
import { DemoPeriod } from "./period";

export interface DemoOptions {
  /** Number of issue rows; the other tables scale with it. */
  readonly issues: number;
  readonly seed: string | number;
  /** First month, `YYYY-MM`. @default "2024-01" */
  readonly startMonth?: string;
  /** @default 3 */
  readonly months?: number;
}

export interface DemoData {
  readonly issues: RecordRow[];
  readonly evaluations: RecordRow[];
  readonly followups: RecordRow[];
  readonly feedback: RecordRow[];
  readonly improvements: RecordRow[];
  /** Chinese public-holiday days off from the first month to one month after the last, as serials, ascending. */
  readonly holidays: number[];
}

export const DEMO_DEFAULTS = { startMonth: "2024-01", months: 3 } as const;

/** Feedback rows per issue row. */
const FEEDBACK_PER_ISSUE = 1.2;

/**
 * Generates the demo records: `issues` issues spread over `months` months from `startMonth`, about 0.55 evaluations,
 * 0.4 follow-up calls and 1.2 feedback rows per issue, and 3–6 improvement rows. The same options always give the
 * same data (seedrandom, no clock).
 * @throws RangeError when `issues` is not a whole number ≥ 0, `startMonth` is not `YYYY-MM` or `months` < 1.
 */
export function generateDemoData(options: DemoOptions): DemoData {
  const { issues, seed, startMonth = DEMO_DEFAULTS.startMonth, months = DEMO_DEFAULTS.months } = options;
  if (!Number.isInteger(issues) || issues < 0) throw new RangeError(`issues must be a whole number ≥ 0, got ${issues}`);
  const period = new DemoPeriod(startMonth, months);
  const holidays = chineseHolidays(period.start, edate(period.end, 1));
  const base = { seed: String(seed), period, calendar: new WorkCalendar(holidays) };
  const people = streamFor(base, "people");
  const ctx: DemoContext = {
    ...base,
    staff: new StaffRoster(people),
    customers: new CustomerBook(people, new ProductCatalog(people, period.start), period.start),
  };
  const { rows, facts } = generateIssues(ctx, issues);
  const evaluations = generateEvaluations(ctx, facts);
  const strata = customerStrata(ctx, facts, evaluations);
  return {
    issues: rows.map((row, i) => withStrata(row, strata.get(facts[i]?.customer.id ?? ""))),
    evaluations: evaluations.map((row) => withStrata(row, strata.get(String(row["customerId"])))),
    followups: generateFollowups(ctx, facts),
    feedback: generateFeedback(ctx, Math.round(issues * FEEDBACK_PER_ISSUE)),
    improvements: generateImprovements(ctx),
    holidays,
  };
}
