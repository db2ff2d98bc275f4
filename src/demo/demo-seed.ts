import { monthRange } from "../domain/serial";
import type { SetUpInput } from "../use-cases/set-up-workbook";
import { DEMO_DEFAULTS, generateDemoData } from "./demo-data";
import { shiftMonth } from "../domain/report/month";

/** Issue rows of the demo workbook (`npm run demo`, the pane's "start from a demo workbook"). */
export const DEMO_ISSUES = 300;

/**
 * The demo as set-up input: seeded records for every table, the holidays of its months, and the as-of time set to
 * the end of the demo period (its records lie in the past, so open issues are judged as of then, not today).
 */
export function demoSeed(options: { readonly issues: number; readonly seed: string }): NonNullable<SetUpInput["seed"]> {
  const { startMonth, months } = DEMO_DEFAULTS;
  const data = generateDemoData({ issues: options.issues, seed: options.seed, startMonth, months });
  return {
    tables: {
      issues: data.issues,
      evaluations: data.evaluations,
      followups: data.followups,
      feedback: data.feedback,
      improvements: data.improvements,
    },
    holidays: data.holidays,
    rules: { asOf: monthRange(shiftMonth(startMonth, months - 1)).end },
  };
}
