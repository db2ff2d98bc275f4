import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoSeed } from "../../src/demo/demo-seed";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import type { RecordRow } from "../../src/domain/schema/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import type { ReportResult } from "../../src/use-cases/generate-report";
import { generateReport } from "../../src/use-cases/generate-report";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { recalculate } from "../support/libreoffice";
import { formulaMismatches } from "../support/report-figures";

/**
 * Issue 15: one team's report. The demo's teams are renamed so that one is a person's name the report masks (王女士
 * shows as 王**, whose `*` then stands for one hidden character) and one holds the characters a COUNTIFS criterion or
 * a SEARCH pattern reads as wildcards (客服*~?组). LibreOffice recalculates the workbook; every
 * formula cell of each team's report — this period's and the previous one's — must equal the team's domain figures.
 */
const RENAMED: Readonly<Record<string, string>> = { 售后支持组: "王女士", 在线客服部: "客服*~?组" };
const REPORTS = [
  ["2024-03", "电话客服部"],
  ["2024Q1", "客服*~?组"],
  ["2024-03", "王女士"],
] as const;
const dir = mkdtempSync(join(tmpdir(), "sqd-team-"));
const book = join(dir, "book.xlsx");
const results = new Map<string, ReportResult>();
let allTeams: ReportResult;
let recalculated: XlsxHost;

const renamed = (rows: readonly RecordRow[]) =>
  rows.map((row) => {
    const team = RENAMED[String(row["team"])];
    return team === undefined ? row : { ...row, team };
  });

beforeAll(async () => {
  const seed = demoSeed({ issues: 600, seed: "team-proof" });
  const tables = { ...seed.tables, issues: renamed(seed.tables.issues), feedback: renamed(seed.tables.feedback) };
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN", seed: { ...seed, tables } });
  const options = { lang: "zh-CN", loadSegmenter: loadJiebaSegmenter } as const;
  allTeams = await generateReport(host, { ...options, month: "2024-03" });
  for (const [month, team] of REPORTS)
    results.set(`${month} ${team}`, await generateReport(host, { ...options, month, team }));
  writeFileSync(book, await host.toBuffer());
  recalculated = await XlsxHost.load(readFileSync(recalculate(book).file));
}, 400_000);

async function mismatches(key: string) {
  const result = results.get(key);
  if (!result) throw new Error(`no report for ${key}`);
  const sheet = (await recalculated.readSheet(result.sheet)) ?? [];
  return {
    result,
    sheet,
    now: formulaMismatches(sheet, Object.entries(result.cells), result.report),
    before: formulaMismatches(sheet, Object.entries(result.previousCells), result.report.previous),
  };
}

test.each([
  ["2024-03 电话客服部", "月报 2024-03 电话客服部", "电话客服部"],
  ["2024Q1 客服*~?组", "季报 2024Q1 客服＊~_组", "客服*~?组"],
  ["2024-03 王女士", "月报 2024-03 王＊＊", "王**"],
])(
  "%s: every formula cell equals the team's domain figures after LibreOffice recalculates",
  async (key, name, shown) => {
    const { result, sheet, now, before } = await mismatches(key);
    expect(result.sheet).toBe(name);
    expect(sheet[0]?.[0]).toBe(`服务质量报告 · ${key.split(" ")[0] ?? ""} · ${shown}`);
    expect(sheet.find((row) => row[0] === "团队")?.[1]).toBe(shown); // the cell the formulas read
    expect(result.json.team).toBe(shown);
    expect(sheet.some((row) => String(row[0]).includes(`，${shown}共收到满意度评估`))).toBe(true); // the narrative
    expect(now).toEqual([]);
    expect(before).toEqual([]);
    expect(Object.keys(result.cells).length).toBeGreaterThan(60);
    // The figures are the team's: fewer issues and evaluations than the whole report, and some.
    expect(result.report.sla.total).toBeGreaterThan(0);
    expect(result.report.evaluations.total).toBeGreaterThan(0);
    expect(result.report.followups.total).toBeGreaterThan(0);
    expect(result.report.evaluations.valid).toBeGreaterThanOrEqual(5); // a grade, not 样本不足, is proved
    // The drafts it raises are the team's own: each names it.
    for (const draft of result.report.improvements) expect(draft.subject.startsWith(`${shown}/`)).toBe(true);
  },
);

test("a team's report is its own sheet: the all-teams report of the month stays as it was", async () => {
  const sheet = (await recalculated.readSheet(allTeams.sheet)) ?? [];
  expect(allTeams.sheet).toBe("月报 2024-03");
  expect(formulaMismatches(sheet, Object.entries(allTeams.cells), allTeams.report)).toEqual([]);
  const team = results.get("2024-03 电话客服部");
  expect(team?.report.sla.total).toBeLessThan(allTeams.report.sla.total);
  expect(team?.report.evaluations.total).toBeLessThan(allTeams.report.evaluations.total);
  expect(team?.report.improvements.length).toBeGreaterThan(0);
});

test("王女士's report shows the team masked everywhere", async () => {
  const { result, sheet } = await mismatches("2024-03 王女士");
  expect(new Set(result.report.monitoring.map((m) => m.team))).toEqual(new Set(["王**"]));
  expect(result.report.resolution.byTeam.map((t) => t.team)).toEqual(["王**"]);
  expect(JSON.stringify(sheet)).not.toContain("王女士");
  expect(JSON.stringify(result.json)).not.toContain("王女士");
});
