import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { loadJiebaSegmenter } from "../domain/keywords/jieba-node";
import { isEncryptedPackage } from "../hosts/xlsx/encrypted-package";
import { checkOutputPaths, openWorkbookFile, saveWorkbookFile, writeTarget } from "../hosts/xlsx/workbook-file";
import { withWorkbookLock } from "../hosts/xlsx/workbook-lock";
import { sayWaiting } from "./messages";
import { generateReport } from "../use-cases/generate-report";
import type { ParsedArgs } from "./args";
import { stringFlag, UsageError } from "./args";
import { PERIOD_USAGE, periodFromFlags, teamFromFlag } from "./report-period";

/**
 * `report <book.xlsx> --week YYYY-Www | --month YYYY-MM | --quarter YYYYQn | --from YYYY-MM-DD --to YYYY-MM-DD
 * [--team TEAM] [--out <out.xlsx>] [--json <report.json>] [--password PW]`; without --out the book is updated. An encrypted book
 * opens with --password and is saved encrypted with it again.
 */
export async function runReport(args: ParsedArgs): Promise<string> {
  const book = args.positional[1];
  if (!book) throw new UsageError(`report needs a workbook and a period: report <book.xlsx> ${PERIOD_USAGE}`);
  const month = periodFromFlags(args);
  const team = teamFromFlag(args);
  const source = resolve(book);
  const out = resolve(stringFlag(args, "out") ?? book);
  const jsonFlag = stringFlag(args, "json");
  const json = jsonFlag === undefined ? undefined : resolve(jsonFlag);
  await checkOutputPaths(
    [{ file: out, flag: out === source ? "the workbook" : "--out" }, ...(json ? [{ file: json, flag: "--json" }] : [])],
    out === source ? [] : [{ file: source, flag: "the workbook" }],
  );
  const result = await withWorkbookLock(
    await writeTarget(out),
    async () => {
      const password = stringFlag(args, "password");
      const host = await openWorkbookFile(source, { mustExist: true, password });
      const encrypted = isEncryptedPackage(await readFile(source));
      const report = await generateReport(host, { month, team, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
      await saveWorkbookFile(
        host,
        out,
        json ? [{ file: json, data: JSON.stringify(report.json, null, 2) + "\n" }] : [],
        { password: encrypted ? password : undefined },
      );
      return report;
    },
    sayWaiting,
  );
  const e = result.report.evaluations;
  const rate = e.overallRate === undefined ? "—" : `${(e.overallRate * 100).toFixed(1)}%`;
  return [
    `wrote sheet "${result.sheet}" to ${out}`,
    `overall rate ${rate} ${e.grade ?? ""}; ${result.report.monitoring.length} monitoring rows; ${result.improvementsAdded} improvement drafts added`,
    ...(json ? [`wrote ${json}`] : []),
  ].join("\n");
}
