import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { readWorkbookState } from "../../src/use-cases/read-workbook";
import { personalDataCells } from "../support/personal-data";

const dir = mkdtempSync(join(tmpdir(), "sqd-share-"));
const book = join(dir, "book.xlsx");
const copy = join(dir, "copy.xlsx");

beforeAll(async () => {
  await runInit({ file: book, lang: "zh-CN", demo: { issues: 300, seed: "share" } });
  execFileSync("npx", ["tsx", "src/cli/main.ts", "share", book, "--out", copy], { cwd: join(__dirname, "../..") });
}, 120_000);

/** Customer names of the book; a staff member who shares a customer's name is not personal data (§4.4, §5 owner). */
async function namesIn(file: string): Promise<Set<string>> {
  const state = await readWorkbookState(await XlsxHost.load(readFileSync(file)), "zh-CN");
  const rows = [...(state.tables.issues?.records ?? []), ...(state.tables.followups?.records ?? [])];
  const staff = new Set(rows.flatMap((r) => [r.handler, r.reviewer, r.caller]));
  return new Set(rows.map((r) => r.customerName).filter((n): n is string => typeof n === "string" && !staff.has(n)));
}

test("the book itself shows personal data (so the scan below can find it)", async () => {
  const found = await personalDataCells(await XlsxHost.load(readFileSync(book)), await namesIn(book));
  expect(found.length).toBeGreaterThan(300);
});

test("the shareable copy has no 11-digit mobile number and no full customer name in any cell", async () => {
  const found = await personalDataCells(await XlsxHost.load(readFileSync(copy)), await namesIn(book));
  expect(found).toEqual([]);
});

test("the copy keeps every record and masks names to their first character", async () => {
  const before = await readWorkbookState(await XlsxHost.load(readFileSync(book)), "zh-CN");
  const after = await readWorkbookState(await XlsxHost.load(readFileSync(copy)), "zh-CN");
  for (const key of ["issues", "evaluations", "followups", "feedback", "improvements"] as const) {
    expect([key, after.tables[key]?.records.length]).toEqual([key, before.tables[key]?.records.length]);
  }
  const pairs = (before.tables.issues?.records ?? []).map((r, i) => [
    r.customerName,
    after.tables.issues?.records[i]?.customerName,
  ]);
  const person = pairs.find(([n]) => typeof n === "string" && n.length === 2);
  expect(person?.[1]).toBe(`${String(person?.[0]).charAt(0)}*`);
  expect(after.tables.issues?.records.map((r) => r.id)).toEqual(before.tables.issues?.records.map((r) => r.id));
});
