import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, UsageError } from "../../src/cli/args";
import { runInit } from "../../src/cli/init-command";
import { runReport } from "../../src/cli/report-command";
import { periodFromFlags } from "../../src/cli/report-period";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";

const period = (...argv: string[]) => periodFromFlags(parseArgs(["report", "book.xlsx", ...argv], []));

describe("report period flags (issue 15)", () => {
  it.each([
    [["--week", "2024-W10"], "2024-W10"],
    [["--month", "2024-03"], "2024-03"],
    [["--quarter", "2024Q1"], "2024Q1"],
    [["--from", "2024-03-01", "--to", "2024-03-15"], "2024-03-01~2024-03-15"],
  ])("%p → %s", (argv, key) => {
    expect(period(...argv)).toBe(key);
  });

  it.each([
    [[], "report needs exactly one period"],
    [["--week", "2024-W10", "--month", "2024-03"], "report needs exactly one period"],
    [["--week", "2024-10"], '--week must be like 2024-W10, not "2024-10"'],
    [["--week", "2021-W53"], "--week 2021-W53 is not a week of the calendar"],
    [["--month", "2024-3"], '--month must be like 2024-03, not "2024-3"'],
    [["--quarter", "2024Q5"], '--quarter must be like 2024Q1, not "2024Q5"'],
    [["--from", "2024-03-01"], "--from and --to must both be dates"],
    [["--from", "2024-02-30", "--to", "2024-03-01"], "--from and --to must both be dates"],
    [["--from", "2024-03-15", "--to", "2024-03-01"], "--to 2024-03-01 is before --from 2024-03-15"],
  ])("%p is refused: %s", (argv, message) => {
    expect(() => period(...argv)).toThrow(UsageError);
    expect(() => period(...argv)).toThrow(message);
  });
});

test("cli report --week writes the week's report sheet", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "sqd-week-")), "book.xlsx");
  await runInit({ file, lang: "zh-CN", demo: { issues: 120, seed: "week" } });
  const out = await runReport(parseArgs(["report", file, "--week", "2024-W10"], []));
  expect(out).toContain('wrote sheet "周报 2024-W10"');
  const host = await XlsxHost.load(readFileSync(file));
  expect(await host.sheetNames()).toContain("周报 2024-W10");
}, 120_000);
