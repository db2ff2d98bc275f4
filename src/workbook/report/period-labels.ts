/** The report sheet's name prefix per period kind (issue 15): `月报 2024-03`, `周报 2024-W10`, `季报 2024Q1`. */
import type { PeriodKind } from "../../domain/report/period";
import { REPORT_LABELS } from "./report-labels";

export const PERIOD_SHEET_PREFIX: Readonly<Record<PeriodKind, { readonly zh: string; readonly en: string }>> = {
  week: { zh: "周报", en: "Weekly" },
  month: REPORT_LABELS.sheetPrefix,
  quarter: { zh: "季报", en: "Quarterly" },
  range: { zh: "报告", en: "Report" },
};
