import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { isEncryptedPackage } from "../hosts/xlsx/encrypted-package";
import { checkOutputPaths, openWorkbookFile, saveWorkbookFile, writeTarget } from "../hosts/xlsx/workbook-file";
import { withWorkbookLock } from "../hosts/xlsx/workbook-lock";
import type { RemovalSummary } from "../import/plan-remove";
import { removeImport } from "../use-cases/remove-import";
import type { ParsedArgs } from "./args";
import { stringFlag, UsageError } from "./args";
import { IMPORT_USAGE } from "./import-command";
import { sayWaiting } from "./messages";

export interface RemoveImportOptions {
  readonly book: string;
  readonly importId: string;
  readonly out?: string;
  readonly password?: string;
}

/** @throws UsageError when the workbook or the import id is missing. */
export function removeImportOptions(args: ParsedArgs): RemoveImportOptions {
  const book = args.positional[1];
  const importId = stringFlag(args, "remove");
  if (!book || !importId) throw new UsageError(`usage: ${IMPORT_USAGE}`);
  const out = stringFlag(args, "out");
  return {
    book: resolve(book),
    importId,
    out: out === undefined ? undefined : resolve(out),
    password: stringFlag(args, "password"),
  };
}

/**
 * Removes the rows of one import and saves the workbook, to --out or in place (issue 10 item 3), as an import
 * saves it: the output checked first, under the target's lock, through temporary files renamed over the target.
 */
export async function runRemoveImport(options: RemoveImportOptions): Promise<RemovalSummary> {
  const target = options.out ?? options.book;
  await checkOutputPaths(
    [{ file: target, flag: options.out ? "--out" : "the workbook" }],
    target === options.book ? [] : [{ file: options.book, flag: "the workbook" }],
  );
  return withWorkbookLock(
    await writeTarget(target),
    async () => {
      const encrypted = existsSync(options.book) && isEncryptedPackage(await readFile(options.book));
      const host = await openWorkbookFile(options.book, { mustExist: true, password: options.password });
      const summary = await removeImport(host, options.importId);
      await saveWorkbookFile(host, target, [], { password: encrypted ? options.password : undefined });
      return summary;
    },
    sayWaiting,
  );
}

export function formatRemoval(target: string, s: RemovalSummary): string {
  const tables = Object.entries(s.removed).map(([table, n]) => `${table} ${String(n)}`);
  return `removed import ${s.importId}: ${String(s.total)} rows${tables.length > 0 ? ` (${tables.join(", ")})` : ""}; wrote ${target}`;
}
