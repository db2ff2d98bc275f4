import { resolve } from "node:path";
import { AppError } from "../domain/errors";
import { parseArgs, UsageError } from "./args";
import { formatSummary, initOptions, runInit } from "./init-command";
import { runShare } from "./share-command";

const USAGE = `usage:
  cli init <out.xlsx> [--lang zh-CN|en-US] [--demo] [--rows N] [--seed S]
  cli demo [--lang zh-CN|en-US]      builds demo/demo-workbook.xlsx (300 issues over three months)
  cli share <book.xlsx> --out <copy.xlsx>`;

export const DEMO_FILE = "demo/demo-workbook.xlsx";

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, ["demo"]);
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
    case "share":
      console.log(await runShare(args));
      return 0;
    default:
      throw new UsageError(USAGE);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof AppError) {
      console.error(`error: ${error.message}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
