import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { benchOfficeHost } from "./office-bench";
import { benchReport } from "./report-bench";

/**
 * `npm run bench`: the domain report against arquero on 100,000 issues and feedback rows (wall time, medians), and
 * the Office host's round trips and request sizes on the Excel stand-in; written to bench/results.json.
 */
async function main(): Promise<void> {
  const report = benchReport();
  const { office } = await benchOfficeHost();
  const results = { ...report, office };
  await writeFile(join(__dirname, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
