import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { ISSUES } from "../../src/domain/schema";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { recordsFromGrid } from "../../src/workbook/read-records";

const root = join(__dirname, "../..");
const fixtures = join(__dirname, "../fixtures/import");
const dir = mkdtempSync(join(tmpdir(), "sqd-import-cli-"));
const blank = join(dir, "blank.xlsx");

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  // Messages in zh-CN whatever the machine's locale.
  const env = { ...process.env, LC_ALL: "zh_CN.UTF-8" };
  const r = spawnSync("npx", ["tsx", "src/cli/main.ts", ...args], { cwd: root, encoding: "utf8", env });
  const stderr = r.stderr
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("npm warn"))
    .join("\n");
  return { status: r.status, stdout: r.stdout, stderr };
}

/** A fresh copy of a set-up workbook with no rows. */
function book(name: string): string {
  const file = join(dir, name);
  copyFileSync(blank, file);
  return file;
}

beforeAll(async () => {
  await runInit({ file: blank, lang: "zh-CN" });
}, 60_000);

test("import a GBK CSV in place: exit 0, the summary on stdout and in --json, the rows in the workbook", async () => {
  const file = book("in-place.xlsx");
  const json = join(dir, "out", "summary.json");
  const r = cli("import", file, "--into", "issues", "--from", join(fixtures, "gbk-issues.csv"), "--json", json);
  expect([r.status, r.stderr]).toEqual([0, ""]);
  expect(r.stdout).toContain("rows read 7 = imported 4 + quarantined 2 + duplicates skipped 1");
  const summary = JSON.parse(readFileSync(json, "utf8")) as Record<string, unknown>;
  expect(summary).toMatchObject({
    file: "gbk-issues.csv",
    encoding: "gb18030",
    table: "issues",
    rowsRead: 7,
    imported: 4,
    quarantined: 2,
    duplicatesSkipped: 1,
    validityRate: null,
    idsGenerated: 3,
  });
  const host = await XlsxHost.load(readFileSync(file));
  const ids = recordsFromGrid(ISSUES, await host.readTable("IssueLog")).records.map((r) => r.id);
  expect(ids).toEqual(["2024-SVC-010", "2024-SVC-011", "2024-SVC-012", "2024-SVC-013"]);
  expect((await host.readTable("ImportQuarantine"))?.rows).toHaveLength(2);
}, 60_000);

test("import a named sheet of an .xlsx to --out: the source workbook is left as it was", async () => {
  const file = book("source-book.xlsx");
  const before = readFileSync(file);
  const out = join(dir, "written", "out.xlsx");
  const r = cli(
    "import",
    file,
    "--into",
    "feedback",
    "--from",
    join(fixtures, "feedback-export.xlsx"),
    "--sheet",
    "反馈导出",
    "--out",
    out,
  );
  expect([r.status, r.stderr]).toEqual([0, ""]);
  expect(r.stdout).toContain("rows read 5 = imported 3 + quarantined 1 + duplicates skipped 1");
  expect(readFileSync(file).equals(before)).toBe(true);
  expect((await (await XlsxHost.load(readFileSync(out))).readTable("FeedbackLog"))?.rows).toHaveLength(3);
}, 60_000);

/** The line above an error's detail: what went wrong and what to do, in the terminal's language (zh-CN here). */
const CANNOT_IMPORT = "错误：无法导入此文件。请确认它是 CSV 或 Excel 导出文件，且表头包含该表的列名。";

describe("unusable input: exit 2, what to do and one line naming the file on stderr, the workbook byte-identical", () => {
  // The last element: the lines above the detail (none for a usage error, whose usage line says what to do).
  const cases: [string, (file: string) => string[], RegExp, string[]][] = [
    [
      "an .xlsx whose first sheet has no header",
      (file) => ["import", file, "--into", "feedback", "--from", join(fixtures, "feedback-export.xlsx")],
      /^error: feedback-export\.xlsx \[说明\]: no recognisable header row for the feedback table in the first 20 rows; expected column headings such as /,
      [CANNOT_IMPORT],
    ],
    [
      "a missing source file",
      (file) => ["import", file, "--into", "issues", "--from", join(dir, "nope.csv")],
      /^error: .*nope\.csv: no such file; expected an existing \.csv or \.xlsx file$/,
      [CANNOT_IMPORT],
    ],
    [
      "a source that is not CSV or XLSX",
      (file) => {
        const pdf = join(dir, "report.pdf");
        writeFileSync(pdf, "%PDF-1.4");
        return ["import", file, "--into", "issues", "--from", pdf];
      },
      /^error: .*report\.pdf: not a CSV or XLSX file; expected a \.csv or \.xlsx file$/,
      [CANNOT_IMPORT],
    ],
    [
      "a table that does not exist",
      (file) => ["import", file, "--into", "tickets", "--from", join(fixtures, "gbk-issues.csv")],
      /^error: --into must be one of issues, evaluations, followups, feedback, improvements, not "tickets"$/,
      [],
    ],
  ];
  test.each(cases)(
    "%s",
    (_name, args, message, summary) => {
      const file = book("unusable.xlsx");
      const before = readFileSync(file);
      const r = cli(...args(file));
      expect(r.status).toBe(2);
      const lines = r.stderr.split("\n");
      expect(lines.slice(0, -1)).toEqual(summary);
      expect(lines.at(-1)).toMatch(message);
      expect(readFileSync(file).equals(before)).toBe(true);
    },
    60_000,
  );

  test("a missing workbook", () => {
    const r = cli("import", join(dir, "missing.xlsx"), "--into", "issues", "--from", join(fixtures, "gbk-issues.csv"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^错误：无法打开或写入工作簿文件。.*\nerror: .*missing\.xlsx: no such file$/);
    expect(existsSync(join(dir, "missing.xlsx"))).toBe(false);
  }, 60_000);
});

test("validate: exit 0 on a clean workbook, 1 with the problems on stdout and in --json", () => {
  const clean = cli("validate", book("clean.xlsx"));
  expect(clean.status).toBe(0);
  expect(clean.stdout).toMatch(/0 rows checked, no problems/);

  const file = book("dirty.xlsx");
  expect(cli("import", file, "--into", "issues", "--from", join(fixtures, "gbk-issues.csv")).status).toBe(0);
  const json = join(dir, "validation.json");
  const r = cli("validate", file, "--json", json);
  expect(r.status).toBe(1);
  expect(r.stdout).toContain(
    '问题记录!M5 紧急程度 (M): "特别急"; expected a value of its list on the Lists sheet (一般, 紧急, 重大)',
  );
  const report = JSON.parse(readFileSync(json, "utf8")) as { problems: unknown[]; rowsChecked: number };
  expect(report).toEqual({
    problems: [
      {
        sheet: "问题记录",
        row: 5,
        column: "紧急程度 (M)",
        value: "特别急",
        expected: "a value of its list on the Lists sheet (一般, 紧急, 重大)",
        expectation: { rule: "list", values: ["一般", "紧急", "重大"] },
      },
    ],
    rowsChecked: 4,
    warnings: [],
  });
}, 60_000);
