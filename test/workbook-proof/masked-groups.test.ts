/**
 * A phone typed into 部门/团队 shows masked on the report (issue 12), and the monitoring row's live formulas still
 * count that group: their COUNTIFS/AVERAGEIFS criterion is the masked text, whose `*` is a wildcard. LibreOffice
 * recalculates the report and every monitoring formula must equal the domain's figure.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { freshTable } from "../support/fresh-table";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import { FEEDBACK, ISSUES } from "../../src/domain/schema";
import type { CellValue, RecordRow } from "../../src/domain/schema/types";
import { serialFromParts } from "../../src/domain/serial";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { generateReport, type ReportResult } from "../../src/use-cases/generate-report";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { tableOps } from "../../src/workbook/layout-table";
import { recalculate } from "../support/libreoffice";
import { formulaMismatches } from "../support/report-figures";

jest.setTimeout(300_000);

const TEAMS = ["13812345678", "在线客服部", "王女士"];
let result: ReportResult;
let sheet: readonly (readonly CellValue[])[];

beforeAll(async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN" });
  const at = (day: number) => serialFromParts(2024, 3, day, 9);
  const issues: RecordRow[] = Array.from({ length: 12 }, (_, i) => ({
    id: `2024-SVC-${String(i + 1).padStart(3, "0")}`,
    receivedAt: at(1 + i),
    firstResponseAt: at(1 + i) + (10 + i * 5) / 86_400,
    channel: "电话",
    stage: "维修",
    team: TEAMS[i % 3],
    customerId: `C2024030${i % 5}`,
    urgency: i % 4 === 0 ? "重大" : "一般",
    firstContactResolved: i % 2 === 0 ? "是" : "否",
    ...(i < 9 ? { completedAt: at(1 + i) + (i + 1) / 24 } : {}), // 1 … 9 hours: the resolution section's teams
  }));
  const feedback: RecordRow[] = Array.from({ length: 9 }, (_, i) => ({
    id: `FB-${String(i + 1).padStart(3, "0")}`,
    servedAt: at(2 + i),
    channel: "电话",
    stage: "维修",
    team: TEAMS[i % 3],
    score: 1 + (i % 5),
    text: "态度差",
  }));
  const zh = (spec: typeof ISSUES, rows: RecordRow[]) =>
    tableOps(spec, spec.sheet.zh, { rows, extraHeaders: [], base: freshTable(spec) }, DEFAULT_DIMENSIONS, "zh-CN");
  await host.apply({ lang: "zh-CN", ops: [...zh(ISSUES, issues), ...zh(FEEDBACK, feedback)] });
  result = await generateReport(host, { month: "2024-03", lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
  const file = join(mkdtempSync(join(tmpdir(), "sqd-masked-groups-")), "book.xlsx");
  writeFileSync(file, await host.toBuffer());
  sheet = (await (await XlsxHost.load(readFileSync(recalculate(file).file))).readSheet(result.sheet)) ?? [];
});

test("the groups show masked", () => {
  expect(result.report.monitoring.map((m) => m.team)).toEqual(["138****5678", "在线客服部", "王**"]);
});

test("each monitoring formula equals the domain's figure after LibreOffice recalculates", () => {
  const paths = Object.keys(result.cells).filter((p) => p.startsWith("monitoring."));
  expect(paths).toHaveLength(12);
  const cells = paths.map((path) => [path, result.cells[path] ?? "A1"] as const);
  expect(formulaMismatches(sheet, cells, result.report)).toEqual([]);
});

test("问题解决周期 per team: a masked team's live formulas still select its own issues", () => {
  // Each team has 3 completed issues (i < 9, every third): 138****5678 1, 4, 7 h; 在线客服部 2, 5, 8 h; 王** 3, 6, 9 h.
  expect(result.report.resolution.byTeam).toEqual([
    {
      team: "138****5678",
      masked: true,
      completed: 3,
      meanHours: expect.closeTo(4, 9),
      medianHours: expect.closeTo(4, 9),
    },
    { team: "在线客服部", completed: 3, meanHours: expect.closeTo(5, 9), medianHours: expect.closeTo(5, 9) },
    { team: "王**", masked: true, completed: 3, meanHours: expect.closeTo(6, 9), medianHours: expect.closeTo(6, 9) },
  ]);
  const paths = Object.keys(result.cells).filter((p) => p.startsWith("resolution.byTeam."));
  expect(paths).toHaveLength(9);
  const cells = paths.map((path) => [path, result.cells[path] ?? "A1"] as const);
  expect(formulaMismatches(sheet, cells, result.report)).toEqual([]);
});
