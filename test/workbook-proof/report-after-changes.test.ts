import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { generateReport } from "../../src/use-cases/generate-report";
import { importRecords } from "../../src/use-cases/import-records";
import { updateSettings } from "../../src/use-cases/update-settings";
import { sameResult } from "../support/compare";
import { recalculate } from "../support/libreoffice";
import { figure, formulaMismatches } from "../support/report-figures";

/**
 * A report written before an import and a settings change keeps following the tables: its formulas still refer to
 * them by name (nothing was converted to a range and re-created), so after LibreOffice recalculates, its headline
 * figures equal what the domain computes from the workbook as it is now — the imported issues and the new rule
 * included.
 */
const MONTH = "2024-03";
const dir = mkdtempSync(join(tmpdir(), "sqd-report-after-"));
const book = join(dir, "book.xlsx");
const report = (host: XlsxHost) =>
  generateReport(host, { month: MONTH, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });

test("an existing report's figures follow an import and a settings change", async () => {
  await runInit({ file: book, lang: "zh-CN", demo: { issues: 300, seed: "report-after" } });
  const host = await XlsxHost.load(readFileSync(book));
  const written = await report(host);
  const rows = Array.from({ length: 25 }, (_, i) => {
    const day = String(4 + (i % 20)).padStart(2, "0");
    return `,2024-03-${day} 09:00,${i % 5 === 0 ? "紧急" : "一般"},电话,2024-03-${day} 09:20`;
  });
  const csv = ["问题编号,接收时间,紧急程度,服务渠道,首次响应时间", ...rows].join("\n");
  const summary = await importRecords(host, "issues", {
    fileName: "more.csv",
    kind: "csv",
    bytes: new TextEncoder().encode(csv),
  });
  expect(summary.imported).toBe(25);
  const update = await updateSettings(host, { rules: { lowRate: 0.95, slaUrgentHours: 1 } });
  expect(update.written).toBe(true);
  writeFileSync(book, await host.toBuffer());

  // what the domain computes now, from a copy of the changed workbook
  const now = await report(await XlsxHost.load(readFileSync(book)));
  const recalculated = await XlsxHost.load(readFileSync(recalculate(book).file));
  const sheet = (await recalculated.readSheet(written.sheet)) ?? [];
  const headline = Object.entries(written.cells).filter(([path]) =>
    /^(evaluations|sla|followups|dimensions)\./.test(path),
  );
  expect(headline.length).toBeGreaterThan(30);
  expect(formulaMismatches(sheet, headline, now.report)).toEqual([]);
  // the import and the rule moved figures, so equal figures are not the old ones carried over
  const moved = headline.filter(([path]) => !sameResult(figure(now.report, path), figure(written.report, path)));
  expect(moved.length).toBeGreaterThan(2);
}, 300_000);
