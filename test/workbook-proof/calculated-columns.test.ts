import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { tableSpecs } from "../../src/domain/schema";
import type { TableKey } from "../../src/domain/schema/types";
import { effectiveWeights } from "../../src/domain/weights";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { DIMENSIONS_TABLE } from "../../src/workbook/layout-settings";
import { recordsFromGrid } from "../../src/workbook/read-records";
import { readWorkbookState } from "../../src/use-cases/read-workbook";
import { sameResult } from "../support/compare";
import type { Expect } from "../support/calculated-expectations";
import { calculatedExpectations, compareCalculated } from "../support/calculated-expectations";
import { recalculate } from "../support/libreoffice";

/**
 * The proof (DOMAIN.md: "tests hold the two against each other"): a demo workbook built by the xlsx host is
 * recalculated by LibreOffice, and every calculated cell must equal what the domain code computes for that row.
 */
const ISSUES = 2000;

let original: Awaited<ReturnType<typeof readWorkbookState>>;
let recalculated: XlsxHost;

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), "sqd-proof-")), "proof.xlsx");
  await runInit({ file, lang: "zh-CN", demo: { issues: ISSUES, seed: "proof" } });
  original = await readWorkbookState(await XlsxHost.load(readFileSync(file)), "zh-CN");
  const { file: out, seconds } = recalculate(file);
  console.log(`LibreOffice recalculated ${ISSUES} issues' workbook in ${seconds.toFixed(1)} s`);
  recalculated = await XlsxHost.load(readFileSync(out));
}, 600_000);

function expectations(): Record<TableKey, Record<string, Expect>> {
  const { settings, problems } = original.parsed;
  expect(problems).toEqual([]);
  expect(settings.rules.asOf).toBeDefined();
  return calculatedExpectations(settings, settings.rules.asOf ?? 0);
}

test("the demo is large enough for the proof", () => {
  expect(original.tables.issues?.records.length).toBeGreaterThanOrEqual(2000);
  expect(original.tables.evaluations?.records.length).toBeGreaterThanOrEqual(1000);
});

test.each(["issues", "evaluations", "followups", "feedback"] as const)(
  "every calculated cell of %s equals the domain code after LibreOffice recalculates",
  async (key) => {
    const spec = tableSpecs(original.parsed.settings.dimensions).find((t) => t.key === key);
    if (!spec) throw new Error(`no spec for ${key}`);
    const inputs = original.tables[key]?.records ?? [];
    const results = recordsFromGrid(spec, await recalculated.readTable(spec.tableName), {
      withCalculated: true,
    }).records;
    expect(results).toHaveLength(inputs.length);
    const columns = expectations()[key];
    const formulaFields = spec.fields.filter((f) => f.type === "formula").map((f) => f.key);
    expect(Object.keys(columns).sort()).toEqual([...formulaFields].sort());

    const { mismatches, seen } = compareCalculated(inputs, results, columns, spec.tableName);
    expect(mismatches.slice(0, 20)).toEqual([]);
    // Every column must have produced more than one kind of result, or the comparison proves little.
    for (const [field, values] of seen) expect([field, values.size > 1]).toEqual([field, true]);
  },
);

test("the effective dimension weights on the Settings sheet equal the domain's", async () => {
  const { rules, dimensions } = original.parsed.settings;
  const weights = effectiveWeights(dimensions, rules);
  const grid = await recalculated.readTable(DIMENSIONS_TABLE);
  expect(grid?.rows).toHaveLength(dimensions.length);
  for (const row of grid?.rows ?? []) {
    const key = String(row[0]);
    expect([key, sameResult(row[5], weights.get(key))]).toEqual([key, true]);
  }
});
