import { resolve } from "node:path";
import { DEMO_ISSUES, demoSeed } from "../demo/demo-seed";
import type { Lang } from "../domain/schema/types";
import { checkOutputPaths, openWorkbookFile, saveWorkbookFile, writeTarget } from "../hosts/xlsx/workbook-file";
import { withWorkbookLock } from "../hosts/xlsx/workbook-lock";
import { sayWaiting } from "./messages";
import type { SetUpInput, SetUpSummary } from "../use-cases/set-up-workbook";
import { setUpWorkbook } from "../use-cases/set-up-workbook";
import type { ParsedArgs } from "./args";
import { intFlag, stringFlag, UsageError } from "./args";

export interface InitOptions {
  readonly file: string;
  readonly lang: Lang;
  readonly demo?: { readonly issues: number; readonly seed: string };
}

export function initOptions(args: ParsedArgs): InitOptions {
  const file = args.positional[1];
  if (!file)
    throw new UsageError(
      "init needs the workbook path: init <out.xlsx> [--lang zh-CN|en-US] [--demo] [--rows N] [--seed S]",
    );
  const lang = stringFlag(args, "lang") ?? "zh-CN";
  if (lang !== "zh-CN" && lang !== "en-US") throw new UsageError(`--lang must be zh-CN or en-US, not "${lang}"`);
  const demo = args.flags.has("demo")
    ? { issues: intFlag(args, "rows", 1) ?? DEMO_ISSUES, seed: stringFlag(args, "seed") ?? "demo" }
    : undefined;
  return { file: resolve(file), lang, demo };
}

/** Sets up (or repairs) the workbook at `file`, optionally filling empty tables with demo records, under its lock. */
export async function runInit(options: InitOptions): Promise<SetUpSummary> {
  await checkOutputPaths([{ file: options.file, flag: "the workbook" }]);
  return withWorkbookLock(
    await writeTarget(options.file),
    async () => {
      const host = await openWorkbookFile(options.file, { mustExist: false });
      const input: SetUpInput = { lang: options.lang, seed: options.demo && demoSeed(options.demo) };
      const summary = await setUpWorkbook(host, input);
      await saveWorkbookFile(host, options.file);
      return summary;
    },
    sayWaiting,
  );
}

export function formatSummary(file: string, s: SetUpSummary): string {
  const rows = Object.entries(s.rowsKept)
    .map(([k, n]) => `${k} ${n}+${s.rowsAdded[k as keyof typeof s.rowsAdded]}`)
    .join(", ");
  return [
    `wrote ${file}`,
    `sheets created: ${s.sheetsCreated.length ? s.sheetsCreated.join(", ") : "none"}`,
    `rows kept+added: ${rows}`,
    `extra columns kept: ${s.extraColumnsKept.length}; list values added: ${s.listValuesAdded}; issue ids generated: ${s.idsGenerated}`,
    ...(s.duplicateIds.length ? [`duplicate issue ids (kept, please correct): ${s.duplicateIds.join(", ")}`] : []),
  ].join("\n");
}
