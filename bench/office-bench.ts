import { demoSeed } from "../src/demo/demo-seed";
import { OfficeHost } from "../src/hosts/office/office-host";
import { setUpWorkbook } from "../src/use-cases/set-up-workbook";
import { ExcelStandIn } from "../test/hosts/office/excel-stand-in";

/** Round trips of one workload and its largest request, on the Excel stand-in. */
export interface Figures {
  readonly syncs: number;
  readonly maxRequestBytes: number;
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

const figures = (excel: ExcelStandIn): Figures => {
  const { syncs, maxRequestBytes } = excel.stats();
  return { syncs, maxRequestBytes };
};

/**
 * Counts what the Office host costs in Excel's terms, on the stand-in (counts, not timings):
 * - setup: the set-up use case on a new workbook (Sheet1 only), without records;
 * - import N: the set-up use case on a new workbook with N demo issues (the other tables empty), so N rows go
 *   through `apply` — reads, the snapshot and every write request are counted;
 * - report N: reading that N-row issue table back through `readTable`.
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
    const demo = demoSeed({ issues: n, seed: "bench" });
    const excel = new ExcelStandIn();
    const host = new OfficeHost(excel.run, { blockRows: options.blockRows });
    await setUpWorkbook(host, {
      lang: "zh-CN",
      seed: { ...demo, tables: { ...demo.tables, evaluations: [], followups: [], feedback: [], improvements: [] } },
    });
    result.import[String(n)] = figures(excel);
    excel.resetStats();
    const rows = (await host.readTable("IssueLog"))?.rows.length;
    if (rows !== n) throw new Error(`bench: read ${rows} issue rows back, wrote ${n}`);
    result.report[String(n)] = figures(excel);
  }
  return { office: result };
}
