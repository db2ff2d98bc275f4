import { resolve } from "node:path";
import { AppError } from "../domain/errors";
import { parseArgs, stringFlag, UsageError } from "./args";
import { formatImportSummary, importOptions, runImport } from "./import-command";
import { formatSummary, initOptions, runInit } from "./init-command";
import { formatRemoval, removeImportOptions, runRemoveImport } from "./remove-import-command";
import { formatValidation, runValidate, validateOptions } from "./validate-command";
import { runReport } from "./report-command";
import { runShare } from "./share-command";
import { formatTodo, runTodo, todoJson } from "./todo-command";
import { errorSummary } from "./messages";
import { limitHeapGrowth } from "./heap-growth";

const USAGE = `usage:
  cli init <out.xlsx> [--lang zh-CN|en-US] [--demo] [--rows N] [--seed S]
  cli demo [--lang zh-CN|en-US]      builds demo/demo-workbook.xlsx (300 issues over three months)
  cli import <book.xlsx> --into issues|evaluations|followups|feedback|improvements --from <file.csv|file.xlsx>
             [--sheet NAME] [--out <out.xlsx>] [--json <summary.json>] [--password PW]
  cli import <book.xlsx> --remove <import id> [--out <out.xlsx>] [--password PW]   removes one import's rows
  cli validate <book.xlsx> [--json <out.json>] [--password PW]
  cli report <book.xlsx> --week YYYY-Www | --month YYYY-MM | --quarter YYYYQn | --from YYYY-MM-DD --to YYYY-MM-DD [--team TEAM] [--out <out.xlsx>] [--json <report.json>] [--password PW]
  cli share <book.xlsx> --out <copy.xlsx> [--password PW] [--book-password PW]
  cli todo <book.xlsx> [--as-of YYYY-MM-DD[THH:MM]] [--within DAYS] [--json] [--password PW]   what is due or late`;

export const DEMO_FILE = "demo/demo-workbook.xlsx";

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(
    argv,
    ["demo", "add-to-lists", "json"].filter((f) => f !== "json" || argv[0] === "todo"),
  );
  switch (args.positional[0]) {
    case "init": {
      const options = initOptions(args);
      console.log(formatSummary(options.file, await runInit(options)));
      return 0;
    }
    case "demo": {
      const options = initOptions(parseArgs(["init", DEMO_FILE, "--demo", ...argv.slice(1)], ["demo"]));
      const file = resolve(DEMO_FILE);
      console.log(formatSummary(file, await runInit({ ...options, file })));
      console.log(`demo workbook: ${file}`);
      return 0;
    }
    case "report":
      console.log(await runReport(args));
      return 0;
    case "todo": {
      const result = await runTodo(args);
      console.log(args.flags.get("json") === true ? todoJson(result) : formatTodo(args.positional[1] ?? "", result));
      return 0;
    }
    case "share":
      console.log(await runShare(args));
      return 0;
    case "import": {
      if (stringFlag(args, "remove") !== undefined) {
        const removal = removeImportOptions(args);
        console.log(formatRemoval(removal.out ?? removal.book, await runRemoveImport(removal)));
        return 0;
      }
      const options = importOptions(args);
      const summary = await runImport(options);
      console.log(formatImportSummary(options.out ?? options.book, summary));
      return 0;
    }
    case "validate": {
      const options = validateOptions(args);
      const report = await runValidate(options);
      console.log(formatValidation(options.book, report));
      return report.problems.length > 0 ? 1 : 0;
    }
    default:
      throw new UsageError(USAGE);
  }
}

limitHeapGrowth();
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof AppError) {
      if (!(error instanceof UsageError)) console.error(errorSummary(error));
      console.error(`error: ${error.message}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
