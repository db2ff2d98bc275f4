import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, UsageError } from "../../src/cli/args";
import { runInit } from "../../src/cli/init-command";
import { runReport } from "../../src/cli/report-command";
import { teamFromFlag } from "../../src/cli/report-period";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { UnknownTeamError } from "../../src/use-cases/generate-report";

const team = (...argv: string[]) => teamFromFlag(parseArgs(["report", "book.xlsx", ...argv], []));

test("--team is optional, trimmed, and never blank", () => {
  expect(team("--month", "2024-03")).toBeUndefined();
  expect(team("--month", "2024-03", "--team", " 电话客服部 ")).toBe("电话客服部");
  expect(() => team("--team", " ")).toThrow(UsageError);
});

test("cli report --quarter --team writes the team's own sheet beside the all-teams report", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "sqd-team-flag-")), "book.xlsx");
  await runInit({ file, lang: "zh-CN", demo: { issues: 120, seed: "team" } });
  await runReport(parseArgs(["report", file, "--quarter", "2024Q1"], []));
  const out = await runReport(parseArgs(["report", file, "--quarter", "2024Q1", "--team", "电话客服部"], []));
  expect(out).toContain('wrote sheet "季报 2024Q1 电话客服部"');
  const sheets = await (await XlsxHost.load(readFileSync(file))).sheetNames();
  expect(sheets).toEqual(expect.arrayContaining(["季报 2024Q1", "季报 2024Q1 电话客服部"]));
  const wrong = runReport(parseArgs(["report", file, "--month", "2024-03", "--team", "电话客服"], []));
  await expect(wrong).rejects.toThrow(UnknownTeamError);
  await expect(runReport(parseArgs(["report", file, "--month", "2024-03", "--team", "电话客服"], []))).rejects.toThrow(
    'no team "电话客服"',
  );
}, 120_000);
