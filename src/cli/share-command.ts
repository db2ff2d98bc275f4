import { resolve } from "node:path";
import { loadJiebaSegmenter } from "../domain/keywords/jieba-node";
import { checkOutputPaths, openWorkbookFile, saveWorkbookFile } from "../hosts/xlsx/workbook-file";
import { XlsxHost } from "../hosts/xlsx/xlsx-host";
import { shareWorkbook } from "../use-cases/share-workbook";
import type { ParsedArgs } from "./args";
import { stringFlag, UsageError } from "./args";

const SHARE_USAGE = "share <book.xlsx> --out <copy.xlsx> [--password <copy password>] [--book-password <pw>]";

/**
 * `share <book.xlsx> --out <copy.xlsx> [--password PW] [--book-password PW]`: writes the masked, shareable copy,
 * encrypted with `--password` when given (standard Office encryption: Excel asks for it); `--book-password` opens
 * an encrypted book. The book itself is not changed.
 */
export async function runShare(args: ParsedArgs): Promise<string> {
  const book = args.positional[1];
  const out = stringFlag(args, "out");
  if (!book || !out) throw new UsageError(`share needs a workbook and --out: ${SHARE_USAGE}`);
  if (resolve(out) === resolve(book))
    throw new UsageError("--out must name a new file: the shareable copy never replaces the book");
  const password = stringFlag(args, "password");
  if (password === "") throw new UsageError("--password must not be empty");
  await checkOutputPaths([{ file: resolve(out), flag: "--out" }], [{ file: resolve(book), flag: "the workbook" }]);
  const source = await openWorkbookFile(resolve(book), {
    mustExist: true,
    password: stringFlag(args, "book-password"),
  });
  const copy = XlsxHost.create();
  const summary = await shareWorkbook(source, copy, "zh-CN", { loadSegmenter: loadJiebaSegmenter });
  await saveWorkbookFile(copy, resolve(out), [], { password });
  const reports = summary.reports.length > 0 ? `, reports ${summary.reports.join(", ")}` : "";
  return `wrote ${resolve(out)}${password === undefined ? "" : " (encrypted)"} (${summary.maskedCells} cells masked${reports})`;
}
