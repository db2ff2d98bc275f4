import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { tableSpecs } from "../../src/domain/schema";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import { columnIndex, columnLetter, parseAddress } from "../../src/workbook/a1";
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
