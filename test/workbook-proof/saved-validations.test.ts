import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { tableSpecs } from "../../src/domain/schema";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import { columnIndex, columnLetter, parseAddress } from "../../src/workbook/a1";
import { tableOps } from "../../src/workbook/layout-table";
import { recalculate } from "../support/libreoffice";
import { sheetXml, validationsIn } from "../support/xlsx-parts";

/** Each dropdown column carries its list validation and each score column its whole-number validation, as saved. */
let written: Buffer;
let roundTripped: Buffer;

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), "sqd-dv-")), "dv.xlsx");
  await runInit({ file, lang: "zh-CN", demo: { issues: 50, seed: "dv" } });
  written = readFileSync(file);
  roundTripped = readFileSync(recalculate(file).file);
}, 300_000);

/** "J2:N503" covers column K from row 2 on. */
function coversColumnBody(range: string, col: string): boolean {
  const [a, b] = range.split(":");
  if (!a || !b) return false;
  const from = parseAddress(a);
  const to = parseAddress(b);
  const c = columnIndex(col);
  return from.row === 2 && to.row > 2 && from.col <= c && c <= to.col;
}

const cases = tableSpecs(DEFAULT_DIMENSIONS).flatMap((spec) =>
  spec.fields
    .map((f, i) => ({ table: spec.key, sheet: spec.sheet.zh, field: f, col: columnLetter(i + 1) }))
    .filter(({ field }) => field.list || field.type === "whole"),
);

describe.each([
  ["as written by the xlsx host", () => written],
  ["after LibreOffice opened and saved it", () => roundTripped],
])("validations %s", (_, file) => {
  test.each(cases.map((c) => [`${c.table}.${c.field.key}`, c] as const))("%s", async (_name, c) => {
    const validations = validationsIn(await sheetXml(file(), c.sheet));
    const mine = validations.filter((v) => v.sqref.split(" ").some((r) => coversColumnBody(r, c.col)));
    expect(mine).toHaveLength(1);
    const v = mine[0];
    if (c.field.list) {
      expect([v?.type, v?.formula1]).toEqual(["list", `L_${c.field.list}`]);
    } else {
      expect([v?.type, Number(v?.formula1), Number(v?.formula2)]).toEqual(["whole", c.field.min, c.field.max]);
    }
  });
});

describe("highlights of calculated results", () => {
  const highlights = tableSpecs(DEFAULT_DIMENSIONS).flatMap((spec) =>
    tableOps(spec, spec.sheet.zh, { rows: [], extraHeaders: [] }, DEFAULT_DIMENSIONS, "zh-CN")
      .filter((op) => op.kind === "highlight")
      .map((op) => [`${spec.key} ${op.range}`, spec.sheet.zh, op] as const),
  );

  test("every table with a flag column has its highlight", () => {
    expect(new Set(highlights.map(([, sheet]) => sheet)).size).toBe(4);
  });

  test.each(highlights)("%s is saved as a formula rule on its column", async (_name, sheet, op) => {
    const xml = await sheetXml(written, sheet);
    const rule = new RegExp(
      `<conditionalFormatting sqref="([^"]+)">\\s*<cfRule type="expression"[^>]*>\\s*<formula>([^<]*)</formula>`,
      "g",
    );
    const saved = [...xml.matchAll(rule)].map((m) => [m[1]?.split(":")[0], unescapeXml(m[2] ?? "")]);
    expect(saved).toContainEqual([op.range.split(":")[0], op.formula]);
  });
});

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
