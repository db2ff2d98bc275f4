import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import { LISTS } from "../../src/domain/schema/lists";
import type { CellValue } from "../../src/domain/schema/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import type { ReportResult } from "../../src/use-cases/generate-report";
import { generateReport } from "../../src/use-cases/generate-report";
import { importRecords } from "../../src/use-cases/import-records";
import { updateSettings } from "../../src/use-cases/update-settings";
import { recalculate } from "../support/libreoffice";
import { formulaMismatches } from "../support/report-figures";

/**
 * List values that COUNTIFS/AVERAGEIFS would read as wildcards or comparisons (`A*`, `A?`, `<B`, `>B`, `=C`, `~D`)
 * count as themselves in the report's live formulas: teams named so get issues and feedback in the month, beside
 * teams those criteria would also catch unescaped (`A1`, `AB`, `B`, `C`, `D`), and after LibreOffice recalculates,
 * every formula cell equals the domain's figure.
 */
const MONTH = "2024-03";
const TRICKY = ["A*", "A?", "<B", ">B", "=C", "~D"];
const CAUGHT = ["A1", "AB", "B", "C", "D"];
const TEAMS = [...TRICKY, ...CAUGHT];
const dir = mkdtempSync(join(tmpdir(), "sqd-report-criteria-"));
const book = join(dir, "book.xlsx");
let result: ReportResult;
let sheet: readonly (readonly CellValue[])[];

const bytes = (lines: readonly string[]) => new TextEncoder().encode(lines.join("\n"));
const csvText = (t: string) => `"${t.replace(/"/g, '""')}"`;

beforeAll(async () => {
  await runInit({ file: book, lang: "zh-CN", demo: { issues: 150, seed: "report-criteria" } });
  const host = await XlsxHost.load(readFileSync(book));
  const teams = LISTS.find((l) => l.key === "team")?.values ?? [];
  const update = await updateSettings(host, { lists: { team: [...teams, ...TEAMS] } });
  expect(update.written).toBe(true);
  const issues = TEAMS.flatMap((team, t) =>
    Array.from({ length: 2 + (t % 3) }, (_, i) => {
      const day = String(3 + t + i).padStart(2, "0");
      const fcr = (t + i) % 2 === 0 ? "是" : "否";
      return `,2024-03-${day} 09:00,一般,电话,2024-03-${day} 09:${String(10 + t * 3 + i)},${csvText(team)},维修,${fcr}`;
    }),
  );
  const issueSummary = await importRecords(host, "issues", {
    fileName: "tricky-issues.csv",
    kind: "csv",
    bytes: bytes(["问题编号,接收时间,紧急程度,服务渠道,首次响应时间,部门/团队,服务环节,是否首次解决", ...issues]),
  });
  expect([issueSummary.imported, issueSummary.quarantined]).toEqual([issues.length, 0]);
  const feedback = TEAMS.map(
    (team, t) => `2024-03-${String(5 + t).padStart(2, "0")},${csvText(team)},维修,电话,${1 + (t % 5)}`,
  );
  const feedbackSummary = await importRecords(host, "feedback", {
    fileName: "tricky-feedback.csv",
    kind: "csv",
    bytes: bytes(["服务日期,部门/团队,服务环节,服务渠道,满意度评分", ...feedback]),
  });
  expect([feedbackSummary.imported, feedbackSummary.quarantined]).toEqual([feedback.length, 0]);
  result = await generateReport(host, { month: MONTH, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
  writeFileSync(book, await host.toBuffer());
  const recalculated = await XlsxHost.load(readFileSync(recalculate(book).file));
  sheet = (await recalculated.readSheet(result.sheet)) ?? [];
}, 300_000);

test("every tricky team has its own monitoring row", () => {
  const teams = result.report.monitoring.map((m) => m.team);
  expect(TEAMS.filter((t) => !teams.includes(t))).toEqual([]);
});

test("every monitoring formula equals the domain's figure after LibreOffice recalculates", () => {
  const monitoring = Object.entries(result.cells).filter(([path]) => path.startsWith("monitoring."));
  expect(monitoring.length).toBeGreaterThan(4 * TEAMS.length);
  expect(formulaMismatches(sheet, monitoring, result.report)).toEqual([]);
});

test("every other formula cell of the month equals the domain's figure too", () => {
  expect(formulaMismatches(sheet, Object.entries(result.cells), result.report)).toEqual([]);
});
