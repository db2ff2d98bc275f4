import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { runInit } from "../../../src/cli/init-command";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { importRecords } from "../../../src/use-cases/import-records";
import { TableBlockedError } from "../../../src/workbook/plan-errors";

/**
 * Issue 10: notes typed under a table, or a user's own table placed under it, are never overwritten by imported
 * rows. The import stops before writing, names the sheet and cell, and the file stays byte for byte as it was.
 */
const root = join(__dirname, "../../..");
const WJX = join(__dirname, "../../fixtures/import/wjx-evaluations.csv");
const SHEET = "满意度评估";
const dir = mkdtempSync(join(tmpdir(), "sqd-table-blocked-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const UNDER: [string, (ws: ExcelJS.Worksheet, row: number) => void][] = [
  ["notes typed two rows under the table", (ws, row) => (ws.getCell(`A${row + 2}`).value = "我的备注：三月抽查")],
  [
    "the user's own table placed two rows under it",
    (ws, row) =>
      ws.addTable({
        name: "MyNotes",
        ref: `B${row + 2}`,
        columns: [{ name: "备注" }, { name: "负责人" }],
        rows: [["复核", "王"]],
      }),
  ],
];

test.each(UNDER)(
  "%s: `import` exits 2 naming the sheet and cell, and the file is unchanged",
  async (name, add) => {
    const file = join(dir, `${name.length}.xlsx`);
    await runInit({ file, lang: "zh-CN", demo: { issues: 5, seed: "blocked" } });
    const host = await XlsxHost.load(readFileSync(file));
    const ws = host.workbook.getWorksheet(SHEET);
    if (!ws) throw new Error(`no sheet ${SHEET}`);
    const last = ws.actualRowCount;
    add(ws, last);
    writeFileSync(file, await host.toBuffer());
    const before = readFileSync(file);

    const env = { ...process.env, LC_ALL: "zh_CN.UTF-8" };
    const r = spawnSync("npx", ["tsx", "src/cli/main.ts", "import", file, "--into", "evaluations", "--from", WJX], {
      cwd: root,
      encoding: "utf8",
      env,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("表格无法扩展：其下方或旁边的单元格中有内容");
    expect(r.stderr).toContain(`${SHEET}!`);
    expect(r.stderr).toContain("table EvaluationLog would grow over this cell, which holds data");
    expect(readFileSync(file).equals(before)).toBe(true);
  },
  60_000,
);

test("a merged area under the table, blank or not, stops the import with TableBlockedError naming its first cell", async () => {
  const file = join(dir, "merged.xlsx");
  await runInit({ file, lang: "zh-CN", demo: { issues: 5, seed: "blocked" } });
  const host = await XlsxHost.load(readFileSync(file));
  const ws = host.workbook.getWorksheet(SHEET);
  if (!ws) throw new Error(`no sheet ${SHEET}`);
  const last = ws.actualRowCount;
  ws.mergeCells(`B${last + 3}:D${last + 4}`);
  const book = await XlsxHost.load(await host.toBuffer());
  const source = { fileName: "wjx.csv", kind: "csv", bytes: readFileSync(WJX) } as const;
  const error = await importRecords(book, "evaluations", source).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TableBlockedError);
  expect(error).toMatchObject({ sheet: SHEET, cell: `B${last + 3}`, table: "EvaluationLog" });
}, 60_000);
