import Papa from "papaparse";
import { demoSeed } from "../src/demo/demo-seed";
import { loadJiebaSegmenter } from "../src/domain/keywords/jieba-node";
import { ISSUES } from "../src/domain/schema";
import type { RecordRow } from "../src/domain/schema/types";
import { formatSerial } from "../src/domain/serial";
import { OfficeHost } from "../src/hosts/office/office-host";
import { generateReport } from "../src/use-cases/generate-report";
import { importRecords } from "../src/use-cases/import-records";
import { setUpWorkbook } from "../src/use-cases/set-up-workbook";
import { ExcelStandIn } from "../test/hosts/office/excel-stand-in";

/** Round trips of one workload, its largest request and its largest response, on the Excel stand-in. */
export interface Figures {
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
}

export interface OfficeBench {
  readonly office: {
    readonly blockRows: number;
    readonly setup: Figures;
    readonly import: Readonly<Record<string, Figures>>;
    readonly report: Readonly<Record<string, Figures>>;
  };
}

export const BENCH_SIZES = [1000, 10_000, 100_000] as const;

/** The month the report workload reports: the demo's busiest full month after its first. */
export const REPORT_MONTH = "2024-02";

const figures = (excel: ExcelStandIn): Figures => excel.stats();

/**
 * Counts what the Office host costs in Excel's terms, on the stand-in (counts, not timings). Each workload runs on
 * a fresh `OfficeHost` over a workbook prepared beforehand, as when the user clicks a button later (the pane's
 * long-lived host, which remembers the workbook from its last call, can save one round trip on the first read):
 * - setup: the set-up use case on a new workbook (Sheet1 only), without records;
 * - import N: `importRecords` of a CSV export of N demo issues (Chinese headers, dates as "2024-01-05 09:30") into
 *   a set-up workbook without records — its reads, the snapshot and every write request;
 * - report N: `generateReport` for 2024-02 (jieba segmenter) over a workbook holding N demo issues and the other
 *   tables at the demo's proportions (about 0.55 evaluations, 0.4 follow-ups and 1.2 feedback rows per issue, so
 *   some 3.15 × N rows are read), set up first; only the report is counted.
 */
export async function benchOfficeHost(
  options: { sizes?: readonly number[]; blockRows?: number } = {},
): Promise<OfficeBench> {
  const sizes = options.sizes ?? BENCH_SIZES;
  const setupExcel = new ExcelStandIn();
  const setupHost = new OfficeHost(setupExcel.run, { blockRows: options.blockRows });
  await setUpWorkbook(setupHost, { lang: "zh-CN" });
  const result = {
    blockRows: setupHost.blockRows,
    setup: figures(setupExcel),
    import: {} as Record<string, Figures>,
    report: {} as Record<string, Figures>,
  };
  for (const n of sizes) {
    result.import[String(n)] = await benchImport(n, options.blockRows);
    result.report[String(n)] = await benchReport(n, options.blockRows);
  }
  return { office: result };
}

async function benchImport(n: number, blockRows: number | undefined): Promise<Figures> {
  const excel = new ExcelStandIn();
  await setUpWorkbook(new OfficeHost(excel.run, { blockRows }), { lang: "zh-CN" });
  const bytes = new TextEncoder().encode(issueCsv(demoSeed({ issues: n, seed: "bench" }).tables.issues));
  excel.resetStats();
  const host = new OfficeHost(excel.run, { blockRows });
  const summary = await importRecords(host, "issues", { fileName: "issues.csv", kind: "csv", bytes });
  const stats = figures(excel);
  if (summary.rowsRead !== n || summary.imported + summary.quarantined + summary.alreadyImported !== n) {
    throw new Error(`bench: imported ${JSON.stringify(summary)} of ${n} issue rows`);
  }
  return stats;
}

async function benchReport(n: number, blockRows: number | undefined): Promise<Figures> {
  const excel = new ExcelStandIn();
  await setUpWorkbook(new OfficeHost(excel.run, { blockRows }), {
    lang: "zh-CN",
    seed: demoSeed({ issues: n, seed: "bench" }),
  });
  excel.resetStats();
  const host = new OfficeHost(excel.run, { blockRows });
  const report = await generateReport(host, { month: REPORT_MONTH, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
  const stats = figures(excel);
  if (report.month !== REPORT_MONTH || !excel.sheetNames().includes(report.sheet)) {
    throw new Error(`bench: the ${REPORT_MONTH} report of ${n} issues did not reach the workbook`);
  }
  return stats;
}

/** Issue rows as a CSV export with the Chinese headers, calculated columns left out, dates as text. */
export function issueCsv(rows: readonly RecordRow[]): string {
  const fields = ISSUES.fields.filter((f) => f.type !== "formula" && f.key !== "importRef");
  const cell = (type: string, value: RecordRow[string]) => {
    if (typeof value === "number" && (type === "date" || type === "dateTime")) {
      return formatSerial(value, type === "dateTime");
    }
    return value === undefined ? "" : String(value);
  };
  return Papa.unparse({
    fields: fields.map((f) => f.zh),
    data: rows.map((r) => fields.map((f) => cell(f.type, r[f.key]))),
  });
}
