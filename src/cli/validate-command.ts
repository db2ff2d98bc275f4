import { resolve } from "node:path";
import { checkOutputPaths, openWorkbookFile, writeOutputFiles } from "../hosts/xlsx/workbook-file";
import type { ValidationReport } from "../use-cases/validate-workbook";
import { validateWorkbook } from "../use-cases/validate-workbook";
import type { ParsedArgs } from "./args";
import { stringFlag, UsageError } from "./args";
import { toJson } from "./import-command";

export const VALIDATE_USAGE = "validate <book.xlsx> [--json <out.json>] [--password PW]";

export interface ValidateCommandOptions {
  readonly book: string;
  readonly json?: string;
  /** Opens an encrypted book. */
  readonly password?: string;
}

export function validateOptions(args: ParsedArgs): ValidateCommandOptions {
  const book = args.positional[1];
  if (!book) throw new UsageError(`usage: ${VALIDATE_USAGE}`);
  const json = stringFlag(args, "json");
  return {
    book: resolve(book),
    json: json === undefined ? undefined : resolve(json),
    password: stringFlag(args, "password"),
  };
}

/** Validates the workbook file; writes the report as JSON when asked. Never changes the workbook. */
export async function runValidate(options: ValidateCommandOptions): Promise<ValidationReport> {
  if (options.json) {
    await checkOutputPaths([{ file: options.json, flag: "--json" }], [{ file: options.book, flag: "the workbook" }]);
  }
  const host = await openWorkbookFile(options.book, { mustExist: true, password: options.password });
  const report = await validateWorkbook(host);
  if (options.json) await writeOutputFiles([{ file: options.json, data: toJson(report) }]);
  return report;
}

const SHOWN = 50;

/** One line per problem, `Sheet!F12 服务日期 (F): "abc"; expected …`, one per personal-data warning, then a count. */
export function formatValidation(file: string, report: ValidationReport): string {
  const lines = report.problems.slice(0, SHOWN).map((p) => {
    const letter = /\(([A-Z]+)\)$/.exec(p.column)?.[1] ?? "";
    return `${p.sheet}!${letter}${p.row} ${p.column}: ${JSON.stringify(p.value ?? null)}; expected ${p.expected}`;
  });
  if (report.problems.length > SHOWN) lines.push(`… ${report.problems.length - SHOWN} more`);
  for (const w of report.warnings) lines.push(`warning: ${w.message}`);
  const verdict = report.problems.length === 0 ? "no problems" : `${report.problems.length} problem(s)`;
  lines.push(`${file}: ${report.rowsChecked} rows checked, ${verdict}`);
  return lines.join("\n");
}
