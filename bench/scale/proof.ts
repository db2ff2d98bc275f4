import { readFileSync } from "node:fs";
import { tableSpecs } from "../../src/domain/schema";
import type { TableKey } from "../../src/domain/schema/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { readWorkbookState } from "../../src/use-cases/read-workbook";
import { recordsFromGrid } from "../../src/workbook/read-records";
import { calculatedExpectations, compareCalculated } from "../../test/support/calculated-expectations";
import { recalculate } from "../../test/support/libreoffice";
import { readTableBlocks } from "../../test/package/table-blocks";
import { checkPackage } from "../../test/package/package-check";

/** LibreOffice recalculates a 100,000-issue workbook in about 4 minutes on a quiet machine; a busy one takes longer. */
const LIBREOFFICE_LIMIT_S = 1_800;
const PROVED: readonly TableKey[] = ["issues", "evaluations", "followups", "feedback"];

/** The package check and the LibreOffice workbook proof on one (streamed, large) workbook, as the tests run them. */
export interface Proof {
  readonly schemaErrors: number;
  readonly violations: number;
  readonly libreOfficeSeconds: number;
  /** Calculated cells compared with the domain's figure, and those that differ (the first few named). */
  readonly compared: number;
  readonly mismatches: number;
  readonly firstMismatches: readonly string[];
  /** Each step's seconds and the process's peak RSS (MB) when it ended: where the time and the memory go. */
  readonly steps: readonly { readonly step: string; readonly seconds: number; readonly peakRssMB: number }[];
}

/** Runs the steps in order, noting each one's time and the peak RSS so far (also on stderr, so a run that dies shows where). */
function stepTimer() {
  const steps: { step: string; seconds: number; peakRssMB: number }[] = [];
  return {
    steps,
    async run<T>(step: string, work: () => Promise<T> | T): Promise<T> {
      const started = Date.now();
      const result = await work();
      const done = {
        step,
        seconds: Math.round((Date.now() - started) / 100) / 10,
        peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      };
      steps.push(done);
      console.error(`proof: ${step} ${String(done.seconds)} s, peak RSS ${String(done.peakRssMB)} MB`);
      return result;
    },
  };
}

export async function proveWorkbook(file: string): Promise<Proof> {
  const timer = stepTimer();
  const { schemaErrors, violations } = await timer.run("package check", () => checkPackage(readFileSync(file)));
  const original = await timer.run("open", async () =>
    readWorkbookState(await XlsxHost.load(readFileSync(file)), "zh-CN"),
  );
  const { file: out, seconds } = await timer.run("LibreOffice", () => recalculate(file, LIBREOFFICE_LIMIT_S));
  const { settings } = original.parsed;
  const expectations = calculatedExpectations(settings, settings.rules.asOf ?? 0);
  const specs = tableSpecs(settings.dimensions).filter((t) => PROVED.includes(t.key));
  const mismatches: string[] = [];
  let mismatchCount = 0;
  const note = (found: readonly string[]) => {
    mismatchCount += found.length;
    mismatches.push(...found.slice(0, Math.max(0, 5 - mismatches.length)));
  };
  const read = new Map<string, number>();
  // The recalculated workbook is read as a stream and compared block by block: a grid and records of every row at
  // once is what the comparison of a 100,000-issue workbook cannot afford.
  await timer.run("compare", () =>
    readTableBlocks(
      readFileSync(out),
      specs.map((s) => s.tableName),
      (block) => {
        const spec = specs.find((s) => s.tableName === block.table);
        if (!spec) return;
        const results = recordsFromGrid(spec, block, { withCalculated: true }).records;
        const inputs = (original.tables[spec.key]?.records ?? []).slice(block.before, block.before + results.length);
        note(compareCalculated(inputs, results, expectations[spec.key], spec.tableName, block.before + 2).mismatches);
        read.set(spec.key, (read.get(spec.key) ?? 0) + results.length);
      },
    ),
  );
  let compared = 0;
  for (const spec of specs) {
    const inputs = original.tables[spec.key]?.records.length ?? 0;
    if ((read.get(spec.key) ?? 0) !== inputs)
      note([`${spec.key}: ${String(read.get(spec.key) ?? 0)} rows of ${String(inputs)}`]);
    compared += inputs * Object.keys(expectations[spec.key]).length;
  }
  return {
    schemaErrors: schemaErrors.length,
    violations: violations.length,
    libreOfficeSeconds: Math.round(seconds * 10) / 10,
    compared,
    mismatches: mismatchCount,
    firstMismatches: [...schemaErrors, ...violations, ...mismatches].slice(0, 5),
    steps: timer.steps,
  };
}
