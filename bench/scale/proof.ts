import { readFileSync } from "node:fs";
import { tableSpecs } from "../../src/domain/schema";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { readWorkbookState } from "../../src/use-cases/read-workbook";
import { recordsFromGrid } from "../../src/workbook/read-records";
import { calculatedExpectations, compareCalculated } from "../../test/support/calculated-expectations";
import { recalculate } from "../../test/support/libreoffice";
import { checkPackage } from "../../test/package/package-check";

/** The package check and the LibreOffice workbook proof on one (streamed, large) workbook, as the tests run them. */
export interface Proof {
  readonly schemaErrors: number;
  readonly violations: number;
  readonly libreOfficeSeconds: number;
  /** Calculated cells compared with the domain's figure, and those that differ (the first few named). */
  readonly compared: number;
  readonly mismatches: number;
  readonly firstMismatches: readonly string[];
}

export async function proveWorkbook(file: string): Promise<Proof> {
  const { schemaErrors, violations } = await checkPackage(readFileSync(file));
  const original = await readWorkbookState(await XlsxHost.load(readFileSync(file)), "zh-CN");
  const { file: out, seconds } = recalculate(file);
  const recalculated = await XlsxHost.load(readFileSync(out));
  const { settings } = original.parsed;
  const expectations = calculatedExpectations(settings, settings.rules.asOf ?? 0);
  const mismatches: string[] = [];
  let compared = 0;
  for (const key of ["issues", "evaluations", "followups", "feedback"] as const) {
    const spec = tableSpecs(settings.dimensions).find((t) => t.key === key);
    if (!spec) throw new Error(`no spec for ${key}`);
    const inputs = original.tables[key]?.records ?? [];
    const results = recordsFromGrid(spec, await recalculated.readTable(spec.tableName), {
      withCalculated: true,
    }).records;
    const columns = expectations[key];
    const found = compareCalculated(inputs, results, columns, spec.tableName);
    if (results.length !== inputs.length) mismatches.push(`${key}: ${results.length} rows of ${inputs.length}`);
    mismatches.push(...found.mismatches);
    compared += inputs.length * Object.keys(columns).length;
  }
  return {
    schemaErrors: schemaErrors.length,
    violations: violations.length,
    libreOfficeSeconds: Math.round(seconds * 10) / 10,
    compared,
    mismatches: mismatches.length,
    firstMismatches: [...schemaErrors, ...violations, ...mismatches].slice(0, 5),
  };
}
