/**
 * The 导入待核查 (Import quarantine) sheet (issue 3 item 6): rows that could not enter their table, with the source
 * file, the source row number, the reasons, then the row's original values under the source's headers. One plain
 * table; each import appends to it, adding the columns of a new source after the existing ones.
 */
import type { CellValue, Lang } from "../domain/schema/types";
import { label } from "../domain/schema/types";
import type { TableGrid } from "../hosts/host";
import type { PlanOp } from "../workbook/plan-types";
import { tableBase } from "../workbook/read-records";
import { alreadyAppended } from "../workbook/resume-append";
import type { QuarantinedRow } from "./convert-rows";
import { reasonsText } from "./reasons";
import { uniqueHeader } from "./text-cells";

export const QUARANTINE_TABLE = "ImportQuarantine";
export const QUARANTINE_SHEET = { zh: "导入待核查", en: "Import quarantine" } as const;
export const QUARANTINE_HEADERS = [
  { zh: "来源文件", en: "Source file" },
  { zh: "来源行号", en: "Source row" },
  { zh: "原因", en: "Reason" },
] as const;

/** The quarantine sheet's name: the existing one in either language, else the label in `lang`. */
export function quarantineSheetName(existingSheets: readonly string[], lang: Lang): string {
  return (
    existingSheets.find((s) => s === QUARANTINE_SHEET.zh || s === QUARANTINE_SHEET.en) ?? label(QUARANTINE_SHEET, lang)
  );
}

export interface QuarantineInput {
  readonly sheet: string;
  readonly lang: Lang;
  /** The quarantine table as it is, if the workbook has one. */
  readonly existing: TableGrid | undefined;
  /** `survey.xlsx [Sheet1]` or `survey.csv`. */
  readonly source: string;
  /** The source's column headers, in the order of each row's values. */
  readonly headers: readonly string[];
  readonly rows: readonly QuarantinedRow[];
}

/**
 * Ops that append the new rows to the quarantine table (created when missing), new source columns at its right;
 * rows an interrupted run of the same import already appended are not appended again.
 */
export function quarantineOps(input: QuarantineInput): PlanOp[] {
  const fixed = QUARANTINE_HEADERS.map((h) => label(h, input.lang));
  const headers = input.existing ? [...input.existing.headers] : fixed;
  const lower = (h: string) => h.toLowerCase();
  const taken = new Set(headers.map(lower));
  const used = new Set<number>();
  const positions = input.headers.map((h) => {
    const at = headers.findIndex((e, i) => i >= fixed.length && lower(e) === lower(h) && !used.has(i));
    if (at >= 0) {
      used.add(at);
      return at;
    }
    headers.push(uniqueHeader(h, (c) => taken.has(lower(c))));
    taken.add(lower(headers[headers.length - 1] ?? ""));
    used.add(headers.length - 1);
    return headers.length - 1;
  });
  const pad = (row: readonly CellValue[]) => headers.map((_, i) => row[i]);
  const added = input.rows.map((q) => {
    const row: CellValue[] = [input.source, q.sourceRow, reasonsText(q.reasons, input.lang)];
    positions.forEach((at, i) => (row[at] = q.values[i]));
    return pad(row);
  });
  const existing = input.existing;
  const same = (a: readonly CellValue[], b: readonly CellValue[]) =>
    headers.every((_, i) => (a[i] ?? "") === (b[i] ?? ""));
  const resumed = existing ? alreadyAppended(existing.rows, added, same) : 0;
  return [
    { kind: "sheet", name: input.sheet, freezeRows: 1 },
    {
      kind: "table",
      sheet: input.sheet,
      name: QUARANTINE_TABLE,
      origin: "A1",
      columns: headers.map((header, i) => ({ header, width: existing ? undefined : ([24, 9, 40][i] ?? 14) })),
      rows: added.slice(resumed),
      ...(existing ? { base: tableBase(existing) } : {}),
    },
  ];
}
