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

/**
 * `report <book.xlsx> --month YYYY-MM [--out <out.xlsx>] [--json <report.json>] [--password PW]`; without --out the
 * book is updated. An encrypted book opens with --password and is saved encrypted with it again.
 */
export async function runReport(args: ParsedArgs): Promise<string> {
  const book = args.positional[1];
  const month = stringFlag(args, "month");
  if (!book || !month) throw new UsageError("report needs a workbook and --month: report <book.xlsx> --month YYYY-MM");
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month must be YYYY-MM, not "${month}"`);
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
      const report = await generateReport(host, { month, lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
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
