/** English strings of the task pane. zh-cn.ts is typed `typeof enUS`, so a key missing there fails to compile. */
export const enUS = {
  appTitle: "Service Quality Desk",
  appTagline: "After-sales service quality, kept in your workbook",
  languageLabel: "Language",
  hostExcel: "Connected to Excel",
  hostBrowser: "Browser mode: Excel is not connected",
  introHeading: "What this pane will do",
  introSetUp: "Set up the issue, evaluation, follow-up, feedback and improvement tables with their lists and checks.",
  introImport: "Import records from CSV or Excel and point out data-quality problems row by row.",
  introScore: "Compute quality scores, handling deadlines and overdue items with live formulas.",
  introReport: "Generate the monthly quality report and the improvement list.",
};
