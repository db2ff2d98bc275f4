import { readFileSync, writeFileSync } from "node:fs";
import { demoSeed } from "../../src/demo/demo-seed";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { generateReport } from "../../src/use-cases/generate-report";
import { importRecords } from "../../src/use-cases/import-records";
import { shareWorkbook } from "../../src/use-cases/share-workbook";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { issueCsv } from "../office-bench";
import { writeFloor } from "./floor-writer";
import { proveWorkbook } from "./proof";
import { RecordingHost } from "../../test/support/recording-host";

/**
 * One measured task of the scale bench, run in a child process of its own (bench/scale/scale-bench.ts measures its
 * time and peak RSS):
 * - csv ROWS OUT: a CSV export of ROWS demo issues (not measured: the import's source)
 * - floor-init ROWS OUT: the demo records of ROWS issues set up as `cli init --demo` does, written by the floor
 * - floor-import CSV BOOK OUT: the CSV imported into the issues table of BOOK as `cli import` does, written by the floor
 * - baseline-init ROWS OUT, baseline-import CSV BOOK OUT, baseline-report BOOK MONTH OUT, baseline-share BOOK OUT:
 *   the same work saved through ExcelJS's own writer (writeBuffer of the whole in-memory model), the path the
 *   product took before it streamed its sheets
 * - proof BOOK OUT: the package check and the LibreOffice workbook proof on BOOK, as JSON into OUT (bench/scale/proof.ts)
 */
async function main([task, ...args]: string[]): Promise<void> {
  const seedOf = (rows: string) => demoSeed({ issues: Number(rows), seed: "bench" });
  const csvSource = (csv: string) => ({ fileName: "issues.csv", kind: "csv" as const, bytes: readFileSync(csv) });
  const [a = "", b = "", c = ""] = args;
  switch (task) {
    case "csv":
      return writeFileSync(b, issueCsv(seedOf(a).tables.issues));
    case "floor-init": {
      const host = new RecordingHost(XlsxHost.create());
      await setUpWorkbook(host, { lang: "zh-CN", seed: seedOf(a) });
      return writeFloor(host.plans, b);
    }
    case "floor-import": {
      const host = new RecordingHost(await XlsxHost.load(readFileSync(b)));
      await importRecords(host, "issues", csvSource(a));
      return writeFloor(host.plans, c);
    }
    case "baseline-init": {
      const host = XlsxHost.create();
      await setUpWorkbook(host, { lang: "zh-CN", seed: seedOf(a) });
      return writeFileSync(b, new Uint8Array(await host.workbook.xlsx.writeBuffer()));
    }
    case "baseline-import": {
      const host = await XlsxHost.load(readFileSync(b));
      await importRecords(host, "issues", csvSource(a));
      return writeFileSync(c, new Uint8Array(await host.workbook.xlsx.writeBuffer()));
    }
    case "baseline-report": {
      const host = await XlsxHost.load(readFileSync(a));
      await generateReport(host, { month: b, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
      return writeFileSync(c, new Uint8Array(await host.workbook.xlsx.writeBuffer()));
    }
    case "baseline-share": {
      const copy = XlsxHost.create();
      await shareWorkbook(await XlsxHost.load(readFileSync(a)), copy, "zh-CN", { loadSegmenter: loadJiebaSegmenter });
      return writeFileSync(b, new Uint8Array(await copy.workbook.xlsx.writeBuffer()));
    }
    case "proof":
      return writeFileSync(b, JSON.stringify(await proveWorkbook(a)));
    default:
      throw new Error(`unknown scale task "${String(task)}"`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
