import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatImportSummary, runImport } from "../../src/cli/import-command";
import { runInit } from "../../src/cli/init-command";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { readWorkbookState } from "../../src/use-cases/read-workbook";

/**
 * `import --add-to-lists`: the values an import found outside a list (1,000 rows of 问题类别 专业能力) are added to
 * that list, so the rows are valid; the summary groups the 1,000 problems into one and says what was added.
 */
const dir = mkdtempSync(join(tmpdir(), "sqd-add-to-lists-"));

test("1,000 rows of a category outside the list: one problem group, and --add-to-lists adds the value once", async () => {
  const book = join(dir, "book.xlsx");
  await runInit({ file: book, lang: "zh-CN" });
  const rows = Array.from({ length: 1000 }, (_, i) => `T${String(i + 1)},2024-03-05 09:00,一般,电话,专业能力`);
  const from = join(dir, "tickets.csv");
  writeFileSync(from, ["工单号,受理时间,紧急程度,渠道,问题类别", ...rows].join("\n"));
  const summary = await runImport({ book, into: "issues", from, addToLists: true });
  expect([summary.rowsRead, summary.imported, summary.quarantined, summary.alreadyImported]).toEqual([
    1000, 1000, 0, 0,
  ]);
  expect(summary.addedToLists).toEqual({ issueCategory: ["专业能力"] });
  const text = formatImportSummary(book, summary);
  expect(text).toContain("problems: 1000 in 1 group");
  expect(text).toContain("问题类别 (E): 1000 rows (first: 2, 3, 4, 5, 6)");
  expect(text).toContain("added to the issueCategory list: 专业能力");
  const state = await readWorkbookState(await XlsxHost.load(readFileSync(book)), "zh-CN");
  expect(state.lists.get("issueCategory")).toEqual([
    "产品质量",
    "服务态度",
    "响应速度",
    "技术支持",
    "物流配送",
    "其他",
    "专业能力",
  ]);
}, 120_000);
