import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { feedbackNeedsFollowUp } from "../../src/domain/feedback-rules";
import { callTimely, followUpNeeded, recontactDueAt, syncDueAt } from "../../src/domain/followups";
import { scoreRate, weightedScore } from "../../src/domain/scores";
import { tableSpecs } from "../../src/domain/schema";
import type { CellValue, RecordRow, TableKey } from "../../src/domain/schema/types";
import { dueAt, overdue, responseSeconds } from "../../src/domain/sla";
import { invalidReasons, validityText } from "../../src/domain/validity";
import { effectiveWeights } from "../../src/domain/weights";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { DIMENSIONS_TABLE } from "../../src/workbook/layout-settings";
import { recordsFromGrid } from "../../src/workbook/read-records";
import { readWorkbookState } from "../../src/use-cases/read-workbook";
import { sameResult } from "../support/compare";
import { recalculate } from "../support/libreoffice";

/**
 * The proof (DOMAIN.md: "tests hold the two against each other"): a demo workbook built by the xlsx host is
 * recalculated by LibreOffice, and every calculated cell must equal what the domain code computes for that row.
 */
const ISSUES = 2000;

type Expect = (row: RecordRow) => CellValue;

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
  const { rules, dimensions, holidays } = settings;
  expect(rules.asOf).toBeDefined();
  const asOf = rules.asOf ?? 0;
  const weights = effectiveWeights(dimensions, rules);
  return {
    issues: {
      dueAt: (r) => dueAt(r, rules, holidays),
      responseSeconds: (r) => responseSeconds(r),
      overdue: (r) => overdue(r, asOf, rules, holidays),
    },
    evaluations: {
      weightedScore: (r) => weightedScore(r, dimensions, weights),
      scoreRate: (r) => scoreRate(weightedScore(r, dimensions, weights)),
      validity: (r) => validityText(invalidReasons(r, dimensions, rules)),
    },
    followups: {
      needsFollowUp: (r) => followUpNeeded(r, rules),
      syncDueAt: (r) => syncDueAt({ callDate: r.callDate, needs: followUpNeeded(r, rules) }, rules),
      recontactDueAt: (r) => recontactDueAt({ callDate: r.callDate, needs: followUpNeeded(r, rules) }, rules, holidays),
      callTimely: (r) => callTimely(r, rules, holidays),
    },
    feedback: { needsFollowUp: (r) => feedbackNeedsFollowUp(r.score, rules) },
    improvements: {},
  };
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

    const mismatches: string[] = [];
    const seen = new Map<string, Set<string>>();
    inputs.forEach((row, i) => {
      for (const [field, expected] of Object.entries(columns)) {
        const want = expected(row);
        const got = results[i]?.[field];
        seen.set(field, (seen.get(field) ?? new Set()).add(String(want)));
        if (!sameResult(got, want))
          mismatches.push(`${spec.tableName} row ${i + 2} ${field}: sheet ${got}, domain ${want}`);
      }
    });
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
