import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import { TABLE_KEYS } from "../domain/schema";
import type { ListKey, TableKey } from "../domain/schema/types";
import { isEncryptedPackage } from "../hosts/xlsx/encrypted-package";
import { decryptWorkbook } from "../hosts/xlsx/workbook-encryption";
import { checkOutputPaths, openWorkbookFile, saveWorkbookFile, writeTarget } from "../hosts/xlsx/workbook-file";
import { withWorkbookLock } from "../hosts/xlsx/workbook-lock";
import { sayWaiting } from "./messages";
import { ImportSourceError } from "../import/errors";
import type { ImportSummary } from "../import/import-types";
import { groupProblems } from "../import/problem-groups";
import { describeReason } from "../import/problem-reasons";
import { readSourceRows, type ImportSource } from "../import/read-source";
import { importRecords } from "../use-cases/import-records";
import { addListValues } from "../use-cases/add-list-values";
import { listAdditions } from "../import/list-additions";
import { workbookLang } from "../import/plan-import";
import type { ParsedArgs } from "./args";
import { stringFlag, UsageError } from "./args";

export const IMPORT_USAGE =
  "import <book.xlsx> --into issues|evaluations|followups|feedback|improvements --from <file.csv|file.xlsx> " +
  "[--sheet NAME] [--out <out.xlsx>] [--json <summary.json>] [--password PW] [--add-to-lists]\n" +
  "       import <book.xlsx> --remove <import id> [--out <out.xlsx>] [--password PW]";

export interface ImportCommandOptions {
  readonly book: string;
  readonly into: TableKey;
  readonly from: string;
  readonly sheet?: string;
  readonly out?: string;
  readonly json?: string;
  /** Opens an encrypted source or book; an encrypted book is saved encrypted with it again. */
  readonly password?: string;
  /** Adds the values found outside a list to that list on the Lists sheet (the one-click fix of the pane). */
  readonly addToLists?: boolean;
}

/** @throws UsageError when a word is missing or --into names no table. */
export function importOptions(args: ParsedArgs): ImportCommandOptions {
  const book = args.positional[1];
  const into = stringFlag(args, "into");
  const from = stringFlag(args, "from");
  if (!book || !into || !from) throw new UsageError(`usage: ${IMPORT_USAGE}`);
  if (!(TABLE_KEYS as readonly string[]).includes(into)) {
    throw new UsageError(`--into must be one of ${TABLE_KEYS.join(", ")}, not "${into}"`);
  }
  const optional = (name: string) => {
    const v = stringFlag(args, name);
    return v === undefined ? undefined : resolve(v);
  };
  return {
    book: resolve(book),
    into: into as TableKey,
    from: resolve(from),
    sheet: stringFlag(args, "sheet"),
    out: optional("out"),
    json: optional("json"),
    password: stringFlag(args, "password"),
    addToLists: args.flags.get("add-to-lists") === true,
  };
}

/**
 * Reads the source file as a CSV or XLSX source by its extension.
 * @throws ImportSourceError when the file is missing or is not .csv/.txt/.tsv/.xlsx/.xlsm.
 * @throws WorkbookPasswordError when an .xlsx source is encrypted and the password is missing or wrong.
 */
export async function readSourceFile(
  file: string,
  sheet: string | undefined,
  password?: string,
): Promise<ImportSource> {
  const fileName = basename(file);
  if (!existsSync(file)) {
    throw new ImportSourceError({ file }, "no such file", "an existing .csv or .xlsx file", {
      reason: { kind: "noSuchFile" },
    });
  }
  const ext = extname(file).toLowerCase();
  if ([".csv", ".txt", ".tsv"].includes(ext)) {
    if (sheet !== undefined) throw new UsageError("--sheet applies to an .xlsx source only");
    return { fileName, kind: "csv", bytes: await readFile(file) };
  }
  if ([".xlsx", ".xlsm"].includes(ext)) {
    return { fileName, kind: "xlsx", bytes: await decryptWorkbook(await readFile(file), password, file), sheet };
  }
  const hint = ext === ".xls" ? " (save the .xls as .xlsx or CSV in Excel first)" : "";
  throw new ImportSourceError({ file }, `not a CSV or XLSX file${hint}`, "a .csv or .xlsx file", {
    reason: { kind: "notCsvOrXlsx" },
  });
}

/**
 * Imports into the workbook and saves it, to --out or in place, with the --json summary beside it. Every output path
 * is checked first; the target's lock keeps a second writer out until this one has saved. The save writes temporary
 * files and renames them over the targets, so a failed import or save leaves the original workbook as it was.
 */
export async function runImport(options: ImportCommandOptions): Promise<ImportSummary> {
  const target = options.out ?? options.book;
  await checkOutputPaths(
    [
      { file: target, flag: options.out ? "--out" : "the workbook" },
      ...(options.json ? [{ file: options.json, flag: "--json" }] : []),
    ],
    [
      { file: options.from, flag: "--from" },
      ...(target === options.book ? [] : [{ file: options.book, flag: "the workbook" }]),
    ],
  );
  // Read through here, the source's bytes (hundreds of megabytes for a large CSV) are not held during the import.
  const source = await readSourceRows(await readSourceFile(options.from, options.sheet, options.password));
  return withWorkbookLock(
    await writeTarget(target),
    async () => {
      const encrypted = existsSync(options.book) && isEncryptedPackage(await readFile(options.book));
      const host = await openWorkbookFile(options.book, { mustExist: true, password: options.password });
      const imported = await importRecords(host, options.into, source);
      const additions = options.addToLists ? listAdditions(imported.problems) : new Map<ListKey, string[]>();
      if (additions.size > 0) {
        const update = await addListValues(host, additions, workbookLang((await host.sheetNames()) ?? []));
        if (!update.written)
          throw new UsageError(`--add-to-lists: ${update.problems.map((p) => p.message).join("; ")}`);
      }
      const summary: ImportSummary =
        additions.size > 0 ? { ...imported, addedToLists: Object.fromEntries(additions) } : imported;
      await saveWorkbookFile(host, target, options.json ? [{ file: options.json, data: toJson(summary) }] : [], {
        password: encrypted ? options.password : undefined,
      });
      return summary;
    },
    sayWaiting,
  );
}

/** JSON with "no data" as null (a rate that could not be computed), never a dropped key. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (v === undefined ? null : v), 2)}\n`;
}

const SHOWN_PROBLEMS = 20;

export function formatImportSummary(target: string, s: ImportSummary): string {
  const rate = s.validityRate === undefined ? "" : `; validity rate ${(s.validityRate * 100).toFixed(1)}%`;
  const lines = [
    `imported ${s.file}${s.sheet === undefined ? "" : ` [${s.sheet}]`} into ${s.table} as ${s.importId}: wrote ${target}`,
    `rows read ${s.rowsRead} = imported ${s.imported} + quarantined ${s.quarantined} + already imported ${s.alreadyImported}`,
    `invalid evaluations ${s.invalidEvaluations}${rate}; issue ids generated ${s.idsGenerated}`,
    `unmapped columns kept: ${s.unmappedColumns.length > 0 ? s.unmappedColumns.join(", ") : "none"}`,
  ];
  if (s.alreadyImported > 0) {
    lines.push(
      `${s.alreadyImported} ${s.alreadyImported === 1 ? "row was" : "rows were"} already imported (not added again)`,
    );
  }
  if (s.calculatedColumnsIgnored.length > 0) {
    lines.push(`calculated columns not imported (the sheet computes them): ${s.calculatedColumnsIgnored.join(", ")}`);
  }
  for (const f of s.unfedFields) {
    const effect =
      f.consequence === "allIncomplete"
        ? "every imported evaluation is incomplete (信息不全) and invalid"
        : "every imported row is flagged as missing it";
    lines.push(`warning: no column feeds ${f.zh}/${f.en}: ${effect}`);
  }
  for (const [list, values] of Object.entries(s.addedToLists ?? {})) {
    lines.push(`added to the ${list} list: ${(values ?? []).join(", ")}`);
  }
  const groups = groupProblems(s.problems);
  lines.push(`problems: ${s.problems.length} in ${groups.length} ${groups.length === 1 ? "group" : "groups"}`);
  for (const g of groups.slice(0, SHOWN_PROBLEMS)) {
    const rows = `${g.count} ${g.count === 1 ? "row" : "rows"} (first: ${g.rows.join(", ")})`;
    lines.push(
      `  ${g.column || "—"}: ${rows}: ${JSON.stringify(g.value ?? null)}; expected ${describeReason(g.reason)}`,
    );
  }
  if (groups.length > SHOWN_PROBLEMS) lines.push(`  … ${groups.length - SHOWN_PROBLEMS} more groups`);
  return lines.join("\n");
}
