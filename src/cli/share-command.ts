import { resolve } from "node:path";
import { checkOutputPaths, openWorkbookFile, saveWorkbookFile } from "../hosts/xlsx/workbook-file";
import { XlsxHost } from "../hosts/xlsx/xlsx-host";
import { shareWorkbook } from "../use-cases/share-workbook";
import type { ParsedArgs } from "./args";
import { stringFlag, UsageError } from "./args";

/** `share <book.xlsx> --out <copy.xlsx>`: writes the masked, shareable copy; the book itself is not changed. */
export async function runShare(args: ParsedArgs): Promise<string> {
  const book = args.positional[1];
  const out = stringFlag(args, "out");
  if (!book || !out) throw new UsageError("share needs a workbook and --out: share <book.xlsx> --out <copy.xlsx>");
  if (resolve(out) === resolve(book))
    throw new UsageError("--out must name a new file: the shareable copy never replaces the book");
  await checkOutputPaths([{ file: resolve(out), flag: "--out" }], [{ file: resolve(book), flag: "the workbook" }]);
  const source = await openWorkbookFile(resolve(book), { mustExist: true });
  const copy = XlsxHost.create();
  const { maskedCells } = await shareWorkbook(source, copy, "zh-CN");
  await saveWorkbookFile(copy, resolve(out));
  return `wrote ${resolve(out)} (${maskedCells} cells masked)`;
}
